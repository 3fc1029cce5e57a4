import { describe, expect, it } from 'vitest';
import { firstTermUses, termUses } from '../glossary/first-term-uses';
import { glossary } from '../glossary/terms';
import { readLessonFiles } from './read-lesson-files';

/**
 * The rule: in every lesson, the first use of a glossary term in the prose is a `<Term>` link to it.
 *
 * Per lesson, not once per course: learners arrive at a lesson from search, from the glossary or
 * from a review card, not only from the lesson before it, so "it was linked in lesson 1" does not
 * help the reader of lesson 7. Later uses in the same lesson stay plain text. Headings, code,
 * component props, `<SandboxLink>` texts and markdown link texts are not prose the rule applies to
 * (none of them can hold a `<Term>`). A term is found by its headword and its `aliases`
 * (`glossary/first-term-uses.ts` says how names are matched). `pnpm --filter @liqlab/content
 * link-terms` wraps the first unlinked uses for you.
 */
const lessons = readLessonFiles();

describe('glossary terms at first use', () => {
  it.each(lessons.map((l) => [l.fileName, l] as const))(
    '%s links every term at its first use',
    (_, lesson) => {
      const unlinked = [...firstTermUses(lesson.body, glossary).values()]
        .filter((use) => !use.linked)
        .map((use) => {
          const line = lesson.body.slice(0, use.start).split('\n').length;
          return `line ${line}: "${use.text}" is the first use of ${use.id} and is not inside <Term id="${use.id}">`;
        });
      expect(unlinked).toEqual([]);
    },
  );

  it('finds uses the way the rule says (checked on a made-up lesson)', () => {
    const body = [
      '## Mark price and index price',
      '',
      'The `mark price` is code. A <Term id="maintenance-margin-rate">maintenance margin rate</Term> of',
      '0.5%; then the maintenance margin, then a stop-market order and the mark price.',
      'Go [long](/learn/x) or read the <SandboxLink preset="p">index price</SandboxLink> and 60,000 usdt.',
    ].join('\n');
    const uses = termUses(body, glossary).map((u) => [u.id, u.linked]);
    expect(uses).toEqual([
      ['maintenance-margin-rate', true],
      ['maintenance-margin', false],
      ['stop-market-order', false],
      ['mark-price', false],
    ]);
    // "USDT" has no lower-case letter, so "usdt" is not a use; "stop-market order" is not a "market order".
    expect(firstTermUses(body, glossary).has('usdt')).toBe(false);
    expect(firstTermUses(body, glossary).has('market-order')).toBe(false);
  });
});
