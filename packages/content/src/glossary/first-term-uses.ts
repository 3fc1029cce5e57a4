import { proseMask, termLinks } from '../lessons/lesson-prose';
import { type GlossaryTerm, termNames } from './glossary-schema';

/**
 * Where a lesson first uses each glossary term, and whether that first use is a `<Term>` link.
 *
 * A term is recognised by its headword — split at a parenthesis, so "Maintenance margin rate
 * (MMR)" gives "maintenance margin rate" and "MMR" — and by its `aliases`. Matching is whole-word
 * (a hyphen joins words, so "stop-market order" is not a use of "market order"), case-insensitive
 * unless the name has no lower-case letter ("USDT", "ROE" must be written so), and accepts a plural
 * "s"/"es" on the last word. Where names overlap, the leftmost and then longest wins: "maintenance
 * margin rate" is one use of that term, not also a use of "maintenance margin" or "margin". Text
 * inside a `<Term>` counts only as a use of that `<Term>`'s id.
 */
export interface TermUse {
  id: string;
  start: number;
  end: number;
  /** The matched text (or the whole `<Term>` element when linked). */
  text: string;
  linked: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}_-]/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namePattern(name: string): RegExp {
  const before = WORD_CHAR.test(name[0]!) ? '(?<![\\p{L}\\p{N}_-])' : '';
  const plural = /\p{L}$/u.test(name) ? '(?:s|es)?' : '';
  const after = WORD_CHAR.test(name.at(-1)!) ? '(?![\\p{L}\\p{N}_-])' : '';
  const words = escapeRegExp(name).replace(/ /g, '\\s+');
  const flags = /\p{Ll}/u.test(name) ? 'giu' : 'gu';
  return new RegExp(`${before}${words}${plural}${after}`, flags);
}

const patternCache = new Map<string, RegExp>();
function cachedPattern(name: string): RegExp {
  let pattern = patternCache.get(name);
  if (!pattern) {
    pattern = namePattern(name);
    patternCache.set(name, pattern);
  }
  return pattern;
}

/** Every use of every term in the body, overlaps resolved; links first where they start earlier. */
export function termUses(body: string, terms: readonly GlossaryTerm[]): TermUse[] {
  const links = termLinks(body);
  // The site's name is not a use of the word "liquidation".
  const mask = proseMask(body, { linkText: false, tables: true }).replace(/Liquidation Lab/g, (name) =>
    ' '.repeat(name.length),
  );
  const insideLink = (start: number, end: number) => links.some((l) => start < l.end && end > l.start);

  const candidates: TermUse[] = [];
  for (const term of terms) {
    for (const name of termNames(term)) {
      for (const m of mask.matchAll(cachedPattern(name))) {
        const start = m.index;
        const end = start + m[0].length;
        if (!insideLink(start, end)) candidates.push({ id: term.id, start, end, text: m[0], linked: false });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const uses: TermUse[] = links.map((l) => ({ ...l, text: body.slice(l.start, l.end), linked: true }));
  let reachedEnd = 0;
  for (const candidate of candidates) {
    if (candidate.start < reachedEnd) continue;
    uses.push(candidate);
    reachedEnd = candidate.end;
  }
  return uses.sort((a, b) => a.start - b.start);
}

/** The first use of each term the body uses, by term id. */
export function firstTermUses(body: string, terms: readonly GlossaryTerm[]): Map<string, TermUse> {
  const first = new Map<string, TermUse>();
  for (const use of termUses(body, terms)) if (!first.has(use.id)) first.set(use.id, use);
  return first;
}
