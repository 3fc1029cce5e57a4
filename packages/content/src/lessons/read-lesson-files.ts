import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, splitFrontmatter } from './frontmatter';
import { createSlugger } from './heading-slug';
import { type LessonMeta, type LessonSection, lessonFrontmatterSchema } from './lesson-schema';

/**
 * The lesson MDX files live beside this module. Build-time and test-time only (node:fs): the app
 * imports each file through the package's `./lessons/*.mdx` export and reads metadata from the
 * generated lesson-catalog.ts.
 */
export const LESSONS_DIR = new URL('./', import.meta.url).pathname;

export interface LessonFile {
  fileName: string;
  meta: LessonMeta;
  body: string;
  /** Every heading id in the document (all levels), as rehype-slug will assign them. */
  headingIds: string[];
}

const HEADING = /^(#{1,6}) (.+)$/;

/** Headings must be plain text: markup would change the rendered text, hence the id. */
function assertPlainHeading(text: string): void {
  if (/[<>`*_[\]{}]/.test(text)) throw new Error(`heading "${text}" must be plain text (no markup)`);
}

export function headingsOf(body: string): { level: number; text: string; id: string }[] {
  const slug = createSlugger();
  const headings: { level: number; text: string; id: string }[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence) continue;
    const match = HEADING.exec(line);
    if (match) {
      const text = match[2]!.trim();
      assertPlainHeading(text);
      headings.push({ level: match[1]!.length, text, id: slug(text) });
    }
  }
  return headings;
}

export function parseLessonFile(fileName: string, source: string): LessonFile {
  const { frontmatter, body } = splitFrontmatter(source);
  const front = lessonFrontmatterSchema.parse(parseFrontmatter(frontmatter));
  const headings = headingsOf(body);
  const sections: LessonSection[] = headings
    .filter((h) => h.level === 2)
    .map((h) => ({ id: h.id, title: h.text }));
  return {
    fileName,
    meta: { ...front, sections },
    body,
    headingIds: headings.map((h) => h.id),
  };
}

export function readLessonFiles(dir: string = LESSONS_DIR): LessonFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => parseLessonFile(name, readFileSync(join(dir, name), 'utf8')));
}
