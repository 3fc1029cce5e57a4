import { SCENARIO_OUTCOMES } from '@liqlab/content/quizzes/question-schema';
import { z } from 'zod';

/** Ids of options and items are kebab-case slugs in content; anything longer is hostile input. */
const choiceId = z.string().min(1).max(100);

/**
 * A plain decimal as typed by a learner: optional sign (the typographic minus of the prompts too),
 * digits, optional fraction. Exponents, `NaN`, `Infinity`, thousands separators and hex are refused
 * here, before Decimal sees them.
 */
export const decimalAnswerSchema = z
  .string()
  .trim()
  .max(60, 'Enter at most 60 characters.')
  .regex(/^[+\-−]?(\d+(\.\d*)?|\.\d+)$/, 'Enter a plain number such as 1234.5 (no commas or units).');

/** One submitted answer; `kind` must match the question's kind or the answer is refused. */
export const answerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), optionId: choiceId }),
  z.strictObject({
    kind: z.literal('multiple'),
    optionIds: z
      .array(choiceId)
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, 'Each option may be chosen once.'),
  }),
  z.strictObject({ kind: z.literal('true-false'), value: z.boolean() }),
  z.strictObject({ kind: z.literal('ordering'), order: z.array(choiceId).min(1).max(20) }),
  z.strictObject({ kind: z.literal('numeric'), value: decimalAnswerSchema }),
  /** Scenario questions ask how the position ends along the path: open, stopped out or liquidated. */
  z.strictObject({ kind: z.literal('scenario'), outcome: z.enum(SCENARIO_OUTCOMES) }),
]);
export type Answer = z.infer<typeof answerSchema>;
