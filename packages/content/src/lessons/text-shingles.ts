import { createHash } from 'node:crypto';

/** Words as the plagiarism check sees them: NFKC, lower-case, runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export const SHINGLE_WORDS = 8;

/**
 * Hashes of every run of SHINGLE_WORDS consecutive words. The seed article is stored only as these
 * hashes (src/__fixtures__/seed-article-shingles.json), so the repository never redistributes its text.
 */
export function shingleHashes(text: string, size = SHINGLE_WORDS): Set<string> {
  const words = wordsOf(text);
  const hashes = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) {
    hashes.add(
      createHash('sha256')
        .update(words.slice(i, i + size).join(' '))
        .digest('hex')
        .slice(0, 16),
    );
  }
  return hashes;
}

/** The first run of `size` words in `text` whose hash is in `forbidden`, for a readable failure. */
export function firstCopiedRun(
  text: string,
  forbidden: ReadonlySet<string>,
  size = SHINGLE_WORDS,
): string | undefined {
  const words = wordsOf(text);
  for (let i = 0; i + size <= words.length; i++) {
    const run = words.slice(i, i + size).join(' ');
    if (forbidden.has(createHash('sha256').update(run).digest('hex').slice(0, 16))) return run;
  }
  return undefined;
}
