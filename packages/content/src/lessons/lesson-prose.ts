/**
 * The words a learner reads in a lesson body, located in the MDX source.
 *
 * `proseMask` returns a string of the same length as the body in which everything that is not
 * running prose is blanked with spaces — so an offset in the mask is an offset in the source, which
 * lets a check point at (or a script wrap) the exact characters it found. Blanked: fenced and inline
 * code, heading lines (they must stay plain text, so no `<Term>` can go there), component tags and
 * their props (a `<Term>`'s or `<Callout>`'s children stay), the children of `<SandboxLink>`, and
 * markdown link targets. Link texts and table rows are blanked on request.
 */
export interface ProseOptions {
  /** Keep the text of `[text](url)` links (it is read; it cannot hold a `<Term>`). */
  linkText: boolean;
  /** Keep table rows (cells are read as labels, not as sentences). */
  tables: boolean;
}

export interface TermLink {
  id: string;
  /** Offsets of the whole `<Term id="…">…</Term>` element in the body. */
  start: number;
  end: number;
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

function blankMatches(text: string, re: RegExp, keepGroup?: number): string {
  return text.replace(re, (...args: unknown[]) => {
    const match = args[0] as string;
    if (keepGroup === undefined) return blank(match);
    const kept = args[keepGroup] as string;
    const at = match.indexOf(kept);
    return blank(match.slice(0, at)) + kept + blank(match.slice(at + kept.length));
  });
}

export function proseMask(body: string, options: ProseOptions): string {
  let text = body;
  text = blankMatches(text, /```[\s\S]*?```/g);
  text = blankMatches(text, /`[^`\n]*`/g);
  text = blankMatches(text, /^#{1,6} .*$/gm);
  if (!options.tables) text = blankMatches(text, /^\|.*\|$/gm);
  text = blankMatches(text, /<SandboxLink\b[^>]*>[\s\S]*?<\/SandboxLink>/g);
  text = blankMatches(text, /<\/?[A-Z][A-Za-z]*(?:\s+[a-zA-Z]+="[^"]*")*\s*\/?>/g);
  text = options.linkText
    ? blankMatches(text, /\[([^\]\n]*)\]\([^)\n]*\)/g, 1)
    : blankMatches(text, /\[[^\]\n]*\]\([^)\n]*\)/g);
  return text;
}

/** Every `<Term id="…">…</Term>` in the body, with its offsets. */
export function termLinks(body: string): TermLink[] {
  return [...body.matchAll(/<Term id="([^"]+)">[\s\S]*?<\/Term>/g)].map((m) => ({
    id: m[1]!,
    start: m.index,
    end: m.index + m[0].length,
  }));
}
