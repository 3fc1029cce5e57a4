import { describe, expect, it } from 'vitest';
import { FrontmatterError, parseFrontmatter, splitFrontmatter } from './frontmatter';
import { createSlugger, slugifyHeading } from './heading-slug';

describe('parseFrontmatter', () => {
  it('reads scalars, integers, quoted strings and lists', () => {
    const parsed = parseFrontmatter(
      [
        'title: "Contract margin: futures"',
        'order: 4',
        'minutes: 9',
        'prerequisites: []',
        'objectives:',
        '  - First',
        '  - "Second: quoted"',
      ].join('\n'),
    );
    expect(parsed).toEqual({
      title: 'Contract margin: futures',
      order: 4,
      minutes: 9,
      prerequisites: [],
      objectives: ['First', 'Second: quoted'],
    });
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2'],
    ['a nested map', 'a:\n  b: 1'],
    ['an unquoted colon', 'title: Contract margin: futures'],
    ['a single-quoted string', "title: 'x'"],
    ['a blank line', 'a: 1\n\nb: 2'],
    ['a list key without items', 'objectives:\norder: 1'],
    ['a list item without a key', '  - orphan'],
    ['a tab', 'a:\t1'],
  ])('rejects %s', (_, text) => {
    expect(() => parseFrontmatter(text)).toThrow(FrontmatterError);
  });

  it('requires the opening and closing fences', () => {
    expect(() => splitFrontmatter('title: x\n---\nbody')).toThrow(FrontmatterError);
    expect(() => splitFrontmatter('---\ntitle: x\nbody')).toThrow(FrontmatterError);
    expect(splitFrontmatter('---\ntitle: x\n---\nbody').body).toBe('body');
  });
});

describe('heading ids (github-slugger behaviour)', () => {
  it.each([
    ['Mark price, last price and index price', 'mark-price-last-price-and-index-price'],
    ['Why a short’s loss has no ceiling', 'why-a-shorts-loss-has-no-ceiling'],
    ["The gambler's mindset", 'the-gamblers-mindset'],
    ['OKX: the closing fee inside the formula', 'okx-the-closing-fee-inside-the-formula'],
    ['Step 1 — read the screen', 'step-1--read-the-screen'],
    ['Trade-off: wider stops', 'trade-off-wider-stops'],
  ])('%s → %s', (text, id) => {
    expect(slugifyHeading(text)).toBe(id);
  });

  it('numbers repeated headings like rehype-slug', () => {
    const slug = createSlugger();
    expect([slug('Key takeaways'), slug('Key takeaways'), slug('Key takeaways-1')]).toEqual([
      'key-takeaways',
      'key-takeaways-1',
      'key-takeaways-1-1',
    ]);
  });
});
