import { z } from 'zod';
import { slugSchema } from '../lessons/lesson-schema';
import { sandboxPresetSchema } from './preset-schema';

/**
 * What the replay must show for a guided preset's goal to count as reached:
 * - survive: the position is not liquidated (a stop-loss that closes it first counts as surviving);
 * - no-margin-call: not liquidated, and the margin ratio never reaches `ratio` (the replay's warning at
 *   that level is the exchange's margin call).
 */
export const goalCheckSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('survive') }),
  z.strictObject({ kind: z.literal('no-margin-call'), ratio: z.enum(['0.5', '0.8']) }),
]);
export type GoalCheck = z.infer<typeof goalCheckSchema>;

/** Inputs a goal keeps as the preset has them: changing them would dodge the lesson, not learn it. */
export const KEPT_INPUTS = ['path', 'side', 'rules'] as const;
export type KeptInput = (typeof KEPT_INPUTS)[number];

export const guidedPresetSchema = z.strictObject({
  id: slugSchema,
  /** The short name on the start panel ("Survive the wick"). */
  name: z.string().min(3).max(40),
  goal: z.strictObject({
    /** The task in one sentence, addressed to the learner. */
    text: z.string().min(20),
    /** Which inputs can reach it, without giving the answer away. */
    hint: z.string().min(20),
    check: goalCheckSchema,
    keep: z.array(z.enum(KEPT_INPUTS)).min(1),
  }),
  preset: sandboxPresetSchema,
});
export type GuidedPreset = z.infer<typeof guidedPresetSchema>;
