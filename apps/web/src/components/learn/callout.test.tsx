import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Callout, type CalloutKind } from './callout';

function render(kind: string): string {
  return renderToStaticMarkup(<Callout kind={kind as CalloutKind}>Body text</Callout>);
}

describe('Callout', () => {
  it.each([
    ['tip', 'Tip'],
    ['warning', 'Warning'],
    ['note', 'Note'],
    ['example', 'Worked example'],
  ])('labels a %s callout "%s" and draws its icon, hidden from screen readers', (kind, label) => {
    const html = render(kind);
    expect(html).toContain(`aria-label="${label}"`);
    expect(html).toMatch(/<svg aria-hidden="true"[^>]*>(<path d="[^"]+"><\/path>)+<\/svg>/);
    expect(html).toContain('Body text');
  });

  it('uses no emoji (their rendering depends on the reader’s fonts)', () => {
    for (const kind of ['tip', 'warning', 'note', 'example']) {
      expect(render(kind)).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });

  it('reads an unknown kind from a lesson as a note instead of failing', () => {
    expect(render('aside')).toBe(render('note'));
  });

  it('gives each kind its own icon', () => {
    const icons = ['tip', 'warning', 'note', 'example'].map(
      (kind) => render(kind).match(/<svg.*<\/svg>/)?.[0],
    );
    expect(new Set(icons).size).toBe(4);
  });
});
