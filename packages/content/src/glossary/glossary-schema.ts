import { z } from 'zod';
import { slugSchema } from '../lessons/lesson-schema';

export const glossaryTermSchema = z.strictObject({
  /** Stable kebab-case id, used by `<Term id>` in lessons and by `related`. */
  id: slugSchema,
  term: z.string().min(2),
  /** The hover/tap definition: one sentence. */
  short: z
    .string()
    .max(160)
    .regex(/^[^.!?]*(?:\.\d[^.!?]*)*[.!?]$/, 'one sentence ending with a full stop'),
  /** The glossary page paragraph. */
  long: z.string().min(120),
  related: z.array(slugSchema).min(1),
  /** Lessons that teach or use the term (lesson slugs). */
  lessons: z.array(slugSchema).min(1),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z
  .array(glossaryTermSchema)
  .min(45)
  .superRefine((terms, ctx) => {
    const ids = new Set<string>();
    for (const term of terms) {
      if (ids.has(term.id)) ctx.addIssue({ code: 'custom', message: `duplicate glossary id ${term.id}` });
      ids.add(term.id);
    }
    for (const term of terms) {
      for (const related of term.related) {
        if (!ids.has(related)) {
          ctx.addIssue({ code: 'custom', message: `${term.id}: related id ${related} does not exist` });
        }
        if (related === term.id) ctx.addIssue({ code: 'custom', message: `${term.id} relates to itself` });
      }
    }
  });
