import { z } from 'zod';

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case');

/** The frontmatter every lesson MDX file must carry. */
export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().min(3),
  slug: slugSchema,
  order: z.number().int().min(1),
  summary: z.string().min(20).max(240),
  minutes: z.number().int().min(5).max(10),
  prerequisites: z.array(slugSchema),
  objectives: z.array(z.string().min(10)).min(2).max(6),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export const lessonSectionSchema = z.strictObject({ id: slugSchema, title: z.string().min(1) });
export type LessonSection = z.infer<typeof lessonSectionSchema>;

/** What the server needs about a lesson without parsing MDX at runtime. */
export const lessonMetaSchema = lessonFrontmatterSchema.extend({
  sections: z.array(lessonSectionSchema).min(3),
});
export type LessonMeta = z.infer<typeof lessonMetaSchema>;
