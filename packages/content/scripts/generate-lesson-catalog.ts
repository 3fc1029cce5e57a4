/**
 * Writes src/lessons/lesson-catalog.ts from the lesson MDX files (frontmatter and headings), so the
 * server reads lesson metadata without parsing MDX at run time. Run by `turbo run generate` (and
 * before every build); lesson-catalog.test.ts fails when the committed catalog is stale.
 *
 * Under CI it only checks: a generator that rewrote the file there would hide a stale commit from the
 * test that runs beside it.
 */
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { lessonCatalog } from '../src/lessons/lesson-catalog';
import { readLessonFiles } from '../src/lessons/read-lesson-files';

const CATALOG = new URL('../src/lessons/lesson-catalog.ts', import.meta.url);
const fromFiles = readLessonFiles().map((file) => file.meta);

if (isDeepStrictEqual(fromFiles, lessonCatalog)) {
  console.log('lesson-catalog.ts is up to date');
} else if (process.env.CI) {
  console.error('lesson-catalog.ts is stale: run `pnpm generate` and commit the result.');
  process.exit(1);
} else {
  writeFileSync(
    CATALOG,
    [
      '// GENERATED from src/lessons/*.mdx by scripts/generate-lesson-catalog.ts (`pnpm generate`); do not edit by hand.',
      "import type { LessonMeta } from './lesson-schema';",
      '',
      `export const lessonCatalog: readonly LessonMeta[] = ${JSON.stringify(fromFiles, null, 2)};`,
      '',
    ].join('\n'),
  );
  console.log(`lesson-catalog.ts written (${fromFiles.length} lessons)`);
}
