export interface SearchableTerm {
  id: string;
  term: string;
  short: string;
  long: string;
}

/** Case- and accent-insensitive match of every word of the query against the headword and definitions. */
export function filterTerms<T extends SearchableTerm>(terms: readonly T[], query: string): T[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...terms];
  const matches = terms.filter((t) => {
    const haystack = normalise(`${t.term} ${t.id.replace(/-/g, ' ')} ${t.short} ${t.long}`);
    return words.every((w) => haystack.includes(w));
  });
  // Headword hits first: someone typing "mark" wants "Mark price" before terms that mention it.
  const inHeadword = (t: T) => words.every((w) => normalise(t.term).includes(w));
  return [...matches.filter(inHeadword), ...matches.filter((t) => !inHeadword(t))];
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase();
}
