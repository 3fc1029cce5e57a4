import { DEFAULT_CURRENCY_DIGITS } from '@liqlab/core/display-precision';
import { readerText } from '@liqlab/core/figure-marks';
import { z } from 'zod';
import { slugSchema } from '../lessons/lesson-schema';

/** Text of `min` to `max` characters as a reader reads it: a marked money amount counts as its shown text. */
const shownText = (min: number, max: number) =>
  z.string().refine((text) => {
    const { length } = readerText(text, DEFAULT_CURRENCY_DIGITS);
    return length >= min && length <= max;
  }, `must read as ${min} to ${max} characters`);

const base = {
  /** Stable forever: answers are stored against it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  lesson: slugSchema,
  /** The heading id (rehype-slug) of the section the check sits in. */
  section: slugSchema,
  prompt: shownText(10, 240),
  /** One line shown after answering, right or wrong: why the answer is what it is. */
  why: shownText(10, 240),
};

export const choiceCheckSchema = z
  .strictObject({
    ...base,
    kind: z.literal('choice'),
    options: z
      .array(z.strictObject({ id: slugSchema, text: shownText(1, 120) }))
      .min(2)
      .max(4),
    correct: slugSchema,
  })
  .refine((c) => new Set(c.options.map((o) => o.id)).size === c.options.length, 'option ids must be unique')
  .refine((c) => c.options.some((o) => o.id === c.correct), 'correct must name one of the options');

export const numericCheckSchema = z.strictObject({
  ...base,
  kind: z.literal('numeric'),
  unit: z.string().max(12),
  /** Exact decimal string, computed by the engine where the check is defined. */
  answer: z.string().regex(/^-?\d+(\.\d+)?$/),
  /** Largest accepted absolute difference (decimal string). */
  tolerance: z.string().regex(/^\d+(\.\d+)?$/),
});

export const inlineCheckSchema = z.union([choiceCheckSchema, numericCheckSchema]);
export type InlineCheck = z.infer<typeof inlineCheckSchema>;

/** What the page may contain before the learner answers: no correct option, no answer, no why. */
export type PublicInlineCheck =
  | { id: string; lesson: string; kind: 'choice'; prompt: string; options: { id: string; text: string }[] }
  | { id: string; lesson: string; kind: 'numeric'; prompt: string; unit: string };

export function publicInlineCheck(check: InlineCheck): PublicInlineCheck {
  return check.kind === 'choice'
    ? {
        id: check.id,
        lesson: check.lesson,
        kind: 'choice',
        prompt: check.prompt,
        options: check.options.map(({ id, text }) => ({ id, text })),
      }
    : { id: check.id, lesson: check.lesson, kind: 'numeric', prompt: check.prompt, unit: check.unit };
}
