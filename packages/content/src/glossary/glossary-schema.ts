import { z } from 'zod';
import { slugSchema } from '../lessons/lesson-schema';

export const glossaryTermSchema = z.strictObject({
  /** Stable kebab-case id, used by `<Term id>` in lessons and by `related`. */
  id: slugSchema,
  /** The headword; "Name (ABBR)" gives two names a lesson may use, "Name" and "ABBR". */
  term: z.string().min(2),
  /**
   * Other forms a lesson may use for the term ("longs", "going long"). Only forms that always mean
   * the term: everyday senses ("as long as", "short on purpose") must not match. The
   * first-use test (`lessons/glossary-first-use.test.ts`) looks for the headword and these.
   */
  aliases: z.array(z.string().min(1)).default([]),
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
export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;

/** The names a lesson may use for a term: the headword split at its parenthesis, then the aliases. */
export function termNames(term: Pick<GlossaryTerm, 'term' | 'aliases'>): string[] {
  const headword = /^(.*?)\s*\((.*)\)$/.exec(term.term);
  const names = headword ? [headword[1]!, headword[2]!] : [term.term];
  return [...names, ...term.aliases];
}

export const glossarySchema = z
  .array(glossaryTermSchema)
  .min(45)
  .superRefine((terms, ctx) => {
    const ids = new Set<string>();
    const nameOwners = new Map<string, string>();
    for (const term of terms) {
      if (ids.has(term.id)) ctx.addIssue({ code: 'custom', message: `duplicate glossary id ${term.id}` });
      ids.add(term.id);
      // A name shared by two terms would make "the first use of a term" ambiguous.
      for (const name of termNames(term)) {
        const key = name.toLowerCase();
        const owner = nameOwners.get(key);
        if (owner && owner !== term.id) {
          ctx.addIssue({ code: 'custom', message: `${term.id} and ${owner} share the name "${name}"` });
        }
        nameOwners.set(key, term.id);
      }
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
