import { readLessonFiles } from '@liqlab/content/lessons/read-lesson-files';

/**
 * Test helpers for the lesson diagrams: the props each lesson gives a diagram (read from the MDX, so
 * a test checks the picture the reader gets) and the text an SVG prints.
 */
const lessons = readLessonFiles();

export interface DiagramUse {
  lesson: string;
  props: Record<string, string>;
}

export function diagramUses(tag: string): DiagramUse[] {
  return lessons.flatMap((lesson) =>
    [...lesson.body.matchAll(new RegExp(`<${tag}\\b([^>]*?)/>`, 'g'))].map((m) => ({
      lesson: lesson.meta.slug,
      props: Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    })),
  );
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
};
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#x27);/g, (e) => ENTITIES[e]!);

/** Every <text> an SVG prints, in document order (the diagrams use no nested tspans). */
export function svgTexts(html: string): string[] {
  return [...html.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!));
}

/** The printed labels that carry a figure: every one must be recomputed by the diagram's test. */
export function figureLabels(html: string): string[] {
  return svgTexts(html).filter((t) => /\d/.test(t));
}

/** The SVG's accessible description. */
export function svgDescription(html: string): string {
  const match = /<desc\b[^>]*>([^<]*)<\/desc>/.exec(html);
  if (!match) throw new Error('the diagram has no <desc>');
  return decode(match[1]!);
}
