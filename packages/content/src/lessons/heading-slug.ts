/**
 * Heading ids exactly as rehype-slug assigns them (it delegates to github-slugger): lower-case,
 * drop everything that is not a letter, mark, number, connector punctuation, space or hyphen,
 * turn each space into a hyphen (no trimming, no collapsing), and suffix repeats with -1, -2, ….
 * github-slugger's own regex is a generated Unicode table; this property-escape form gives the same
 * result for the Latin-script headings the course uses, and the content test pins known cases.
 */
const STRIP = /[^\p{L}\p{M}\p{N}\p{Pc} -]/gu;

export function slugifyHeading(text: string): string {
  return text.toLowerCase().replace(STRIP, '').replace(/ /g, '-');
}

/** One slugger per document, as rehype-slug does: repeated headings get numbered suffixes. */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slugifyHeading(text);
    let slug = base;
    let count = seen.get(base) ?? 0;
    while (seen.has(slug)) {
      count += 1;
      slug = `${base}-${count}`;
    }
    seen.set(base, count);
    seen.set(slug, 0);
    return slug;
  };
}
