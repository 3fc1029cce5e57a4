import { z } from 'zod';
import { decimalString, positiveAmount } from './decimal-string-schema';
import { isStorableText, unstorableTextMessage } from './storable-text';

/** Uploaded paths and generated ones alike stay within this many ticks (a generated path has steps + 1). */
export const MAX_TICKS = 100_000;
export const MAX_STEPS = MAX_TICKS - 1;
/** Latest instant a JavaScript Date can hold. */
const MAX_TIMESTAMP_MS = 8_640_000_000_000_000;

const seed = z
  .string()
  .min(1)
  .max(100)
  .refine(isStorableText, { error: () => unstorableTextMessage('path seed') });
const steps = z.number().int().min(1).max(MAX_STEPS);
const horizonHours = z
  .number()
  .positive()
  .max(24 * 3650);
const horizonDays = z.number().positive().max(3650);
/** Percentages of a move, e.g. "25" for 25%. */
const percentBelow100 = decimalString({ min: '0', gtMin: true, max: '100', ltMax: true });

// Parameter names and meanings follow core's generators (packages/core/src/paths/): the stored JSON is
// what `namedPath` / `gbmPath` receive, with decimal strings where core takes numbers.
const namedCommon = { kind: z.literal('named'), seed, startPrice: positiveAmount, steps: steps.optional() };

export const namedPathSchema = z.discriminatedUnion('name', [
  z.strictObject({
    ...namedCommon,
    name: z.literal('short-squeeze-after-new-high'),
    horizonHours: horizonHours.optional(),
    newHighPercent: decimalString({ min: '0', gtMin: true, max: '100' }).optional(),
    squeezePercent: decimalString({ min: '0', gtMin: true, max: '500' }).optional(),
  }),
  z.strictObject({
    ...namedCommon,
    name: z.literal('flash-crash-wick'),
    horizonHours: horizonHours.optional(),
    wickPercent: percentBelow100.optional(),
    markDipPercent: percentBelow100.optional(),
  }),
  z.strictObject({
    ...namedCommon,
    name: z.literal('choppy-range'),
    horizonHours: horizonHours.optional(),
    rangePercent: percentBelow100.optional(),
    cycles: z.number().int().min(1).max(10_000).optional(),
  }),
  z.strictObject({
    ...namedCommon,
    name: z.literal('slow-bleed'),
    horizonDays: horizonDays.optional(),
    declinePercent: percentBelow100.optional(),
  }),
]);
export type NamedPathInput = z.infer<typeof namedPathSchema>;
export type NamedPathName = NamedPathInput['name'];

export const gbmPathSchema = z.strictObject({
  kind: z.literal('gbm'),
  seed,
  startPrice: positiveAmount,
  /** σ per year, e.g. "0.8" for 80%. */
  annualVolatility: decimalString({ min: '0', max: '10' }),
  /** μ per year. */
  annualDrift: decimalString({ signed: true, min: '-10', max: '10' }).default('0'),
  horizonDays,
  steps,
});
export type GbmPathInput = z.infer<typeof gbmPathSchema>;

/** One tick: [epoch ms, mark price, last price (when it differs from the mark)]. */
const tickSchema = z.tuple([
  z.number().int().min(0).max(MAX_TIMESTAMP_MS),
  positiveAmount,
  positiveAmount.optional(),
]);

export const ticksPathSchema = z.strictObject({
  kind: z.literal('ticks'),
  ticks: z
    .array(tickSchema)
    .min(2, 'a price path needs at least two ticks')
    // A function, so Intl (ICU set-up: tens of ms in a browser tab) runs only when the check fails.
    .max(MAX_TICKS, { error: () => `a price path holds at most ${MAX_TICKS.toLocaleString('en-US')} ticks` })
    .superRefine((ticks, ctx) => {
      for (let i = 1; i < ticks.length; i++) {
        if (!(ticks[i]![0] > ticks[i - 1]![0])) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 0],
            message: `timestamps must increase strictly (tick ${i})`,
          });
          return;
        }
      }
    }),
});
export type TicksPathInput = z.infer<typeof ticksPathSchema>;

export const scenarioPathSchema = z.discriminatedUnion('kind', [
  gbmPathSchema,
  namedPathSchema,
  ticksPathSchema,
]);
export type ScenarioPath = z.infer<typeof scenarioPathSchema>;
