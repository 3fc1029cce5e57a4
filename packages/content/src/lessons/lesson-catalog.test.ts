import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonCatalog } from './lesson-catalog';
import { lessonMetaSchema } from './lesson-schema';
import { readLessonFiles } from './read-lesson-files';

// Regenerate after editing lesson frontmatter or headings:
//   UPDATE_LESSON_CATALOG=1 npx vitest run src/lessons/lesson-catalog.test.ts && npx biome check --write src
describe('lesson catalog', () => {
  const fromFiles = readLessonFiles().map((file) => file.meta);

  if (process.env.UPDATE_LESSON_CATALOG === '1') {
    writeFileSync(
      new URL('./lesson-catalog.ts', import.meta.url),
      [
        '// GENERATED from apps/web/content/lessons/*.mdx by lesson-catalog.test.ts; do not edit by hand.',
        "import type { LessonMeta } from './lesson-schema';",
        '',
        `export const lessonCatalog: readonly LessonMeta[] = ${JSON.stringify(fromFiles, null, 2)};`,
        '',
      ].join('\n'),
    );
  }

  it('matches the MDX frontmatter and headings exactly', () => {
    expect(lessonCatalog).toEqual(fromFiles);
  });

  it('is valid lesson metadata', () => {
    for (const lesson of lessonCatalog) expect(() => lessonMetaSchema.parse(lesson)).not.toThrow();
  });
});
