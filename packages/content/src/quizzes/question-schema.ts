import { tierSnapshotNamed } from '@liqlab/core';
import { z } from 'zod';
import { slugSchema } from '../lessons/lesson-schema';
import { NUMERIC_GENERATORS, numericGeneratorIds } from './numeric-generators';

const text = z.string().min(1);

const base = {
  /** Stable forever: attempts and progress are stored against it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  lesson: slugSchema,
  /** The heading id (rehype-slug) of the lesson section that teaches the answer. */
  section: slugSchema,
  prompt: z.string().min(10),
  /** Revealed one per click; the first nudges, it never gives the answer away. */
  hints: z.array(z.string().min(10)).min(2).max(4),
  difficulty: z.enum(['easy', 'medium', 'hard']),
};

const optionSchema = z.strictObject({ id: slugSchema, text, explanation: z.string().min(10) });

function uniqueOptionIds(options: { id: string }[]): boolean {
  return new Set(options.map((o) => o.id)).size === options.length;
}

export const singleQuestionSchema = z
  .strictObject({
    ...base,
    kind: z.literal('single'),
    options: z.array(optionSchema).min(3).max(6),
    correct: slugSchema,
  })
  .refine((q) => uniqueOptionIds(q.options), 'option ids must be unique')
  .refine((q) => q.options.some((o) => o.id === q.correct), 'correct must name one of the options');

export const multipleQuestionSchema = z
  .strictObject({
    ...base,
    kind: z.literal('multiple'),
    options: z.array(optionSchema).min(4).max(7),
    correct: z.array(slugSchema).min(2),
  })
  .refine((q) => uniqueOptionIds(q.options), 'option ids must be unique')
  .refine((q) => new Set(q.correct).size === q.correct.length, 'correct ids must be unique')
  .refine((q) => q.correct.every((id) => q.options.some((o) => o.id === id)), 'correct must name options')
  .refine((q) => q.correct.length < q.options.length, 'at least one option must be wrong');

export const trueFalseQuestionSchema = z.strictObject({
  ...base,
  kind: z.literal('true-false'),
  correct: z.boolean(),
  /** Shown after answering: why "true" is right or wrong, and why "false" is right or wrong. */
  explanations: z.strictObject({ true: z.string().min(10), false: z.string().min(10) }),
});

export const orderingQuestionSchema = z
  .strictObject({
    ...base,
    kind: z.literal('ordering'),
    items: z
      .array(z.strictObject({ id: slugSchema, text }))
      .min(3)
      .max(7),
    correctOrder: z.array(slugSchema),
    explanation: z.string().min(10),
  })
  .refine((q) => uniqueOptionIds(q.items), 'item ids must be unique')
  .refine(
    (q) =>
      q.correctOrder.length === q.items.length &&
      new Set(q.correctOrder).size === q.items.length &&
      q.correctOrder.every((id) => q.items.some((i) => i.id === id)),
    'correctOrder must be a permutation of the item ids',
  );

const toleranceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('absolute'), value: z.string().regex(/^\d+(\.\d+)?$/) }),
  z.strictObject({ kind: z.literal('relative'), value: z.string().regex(/^0\.\d+$/) }),
]);

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

export const numericQuestionSchema = z
  .strictObject({
    ...base,
    kind: z.literal('numeric'),
    generator: z.enum(numericGeneratorIds),
    /** Parameters pinned for this question instead of drawn (decimal strings or enum values). */
    fixed: z.record(z.string(), z.string()).optional(),
    tolerance: toleranceSchema,
    unit: z.string().min(1),
    /** The method, shown after answering; the numbers come from the attempt. */
    explanation: z.string().min(10),
    /**
     * A bundled tier table (a `tiersPreset` name, as the lesson's <TierTable> takes) printed under the
     * prompt, so the learner answers from the table the lesson prints and the generator grades with.
     */
    tiersPreset: z
      .string()
      .refine((name) => tierSnapshotNamed(name) !== undefined, 'not a bundled tier table')
      .optional(),
  })
  .superRefine((q, ctx) => {
    const params: readonly string[] = NUMERIC_GENERATORS[q.generator];
    for (const key of Object.keys(q.fixed ?? {})) {
      if (!params.includes(key))
        ctx.addIssue({ code: 'custom', message: `${q.id}: ${key} is not a parameter` });
    }
    for (const match of q.prompt.matchAll(PLACEHOLDER)) {
      if (!params.includes(match[1]!)) {
        ctx.addIssue({ code: 'custom', message: `${q.id}: placeholder {{${match[1]}}} is not a parameter` });
      }
    }
  });

/**
 * How a scenario's position ends along its path, in the engine's own terms (core's ReplayOutcome):
 * still open at the end, closed by its stop-loss, or forcibly liquidated. Three outcomes, not a yes/no,
 * so guessing gets a third right, not half.
 */
export const SCENARIO_OUTCOMES = ['open', 'stopped-out', 'liquidated'] as const;
export type ScenarioOutcome = (typeof SCENARIO_OUTCOMES)[number];

export const scenarioQuestionSchema = z.strictObject({
  ...base,
  kind: z.literal('scenario'),
  /** The sandbox preset whose position and price path the learner watches. */
  preset: slugSchema,
  /** What the engine's replay of the preset ends in; a test replays every preset to check it. */
  outcome: z.enum(SCENARIO_OUTCOMES),
  explanation: z.string().min(10),
});

export const questionSchema = z.discriminatedUnion('kind', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  orderingQuestionSchema,
  numericQuestionSchema,
  scenarioQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type NumericQuestion = Extract<Question, { kind: 'numeric' }>;
export type QuestionKind = Question['kind'];

export const lessonQuizSchema = z
  .strictObject({ lesson: slugSchema, questions: z.array(questionSchema).min(5).max(8) })
  .superRefine((quiz, ctx) => {
    for (const q of quiz.questions) {
      if (q.lesson !== quiz.lesson)
        ctx.addIssue({ code: 'custom', message: `${q.id} belongs to ${q.lesson}` });
    }
    if (new Set(quiz.questions.map((q) => q.kind)).size < 3) {
      ctx.addIssue({ code: 'custom', message: `${quiz.lesson}: mix at least three question kinds` });
    }
  });
export type LessonQuiz = z.infer<typeof lessonQuizSchema>;
