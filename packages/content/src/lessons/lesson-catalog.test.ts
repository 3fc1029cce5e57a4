import { describe, expect, it } from 'vitest';
import { lessonCatalog } from './lesson-catalog';
import { lessonMetaSchema } from './lesson-schema';
import { readLessonFiles } from './read-lesson-files';

// The catalog is generated (`pnpm generate`, scripts/generate-lesson-catalog.ts) and committed; this
// test is what fails when a lesson's frontmatter or headings changed and the catalog was not regenerated.
describe('lesson catalog', () => {
  it('matches the MDX frontmatter and headings exactly', () => {
    expect(lessonCatalog).toEqual(readLessonFiles().map((file) => file.meta));
  });

  it('is valid lesson metadata', () => {
    for (const lesson of lessonCatalog) expect(() => lessonMetaSchema.parse(lesson)).not.toThrow();
  });
});
