import { ALL_RULES, isInverse, requiresInput } from '@liqlab/core';
import { z } from 'zod';
import { slugSchema } from '../lessons/lesson-schema';

/** Decimal strings, as everywhere across the wire (STYLE.md, "Exact money"). */
export const decimalString = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'a non-negative decimal string such as "60000" or "0.005"');
const positiveDecimal = decimalString.refine((s) => Number(s) > 0, 'must be greater than zero');
/** A fraction strictly between 0 and 1, e.g. "0.12" for 12%. */
const fraction = decimalString.refine((s) => Number(s) > 0 && Number(s) < 1, 'must be between 0 and 1');

/** Core's rule-set catalog: a rule set added there is accepted here without an edit. */
export const rulesSchema = z.enum(ALL_RULES);

/** The sandbox's subset of core's PositionSpec, as decimal strings. */
export const presetPositionSchema = z
  .strictObject({
    rules: rulesSchema,
    side: z.enum(['long', 'short']),
    marginMode: z.enum(['isolated', 'cross']),
    entryPrice: positiveDecimal,
    quantity: positiveDecimal,
    leverage: positiveDecimal,
    margin: positiveDecimal.optional(),
    walletBalance: positiveDecimal.optional(),
    contractSize: positiveDecimal.optional(),
    tiersPreset: z.enum(['binance-btcusdt']).optional(),
    maintenanceMarginRate: fraction.optional(),
    maintenanceAmount: decimalString.optional(),
    takerFeeRate: fraction.optional(),
    /**
     * The same switches as a scenario's (packages/scenario, scenario-position-schema.ts), stated on every
     * preset: with fees on, the replay charges the taker fee to open and to close and the liquidation
     * price includes each rule set's closing fee; with them off, neither does.
     */
    fees: z.strictObject({ enabled: z.boolean() }),
    /** Funding paid (positive rate: longs pay shorts) at the rate per interval; none when absent. */
    funding: z
      .strictObject({
        rate: z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal string such as "0.0001"'),
        intervalHours: z.number().int().min(1).max(24),
      })
      .optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.tiersPreset === undefined) === (p.maintenanceMarginRate === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of tiersPreset or maintenanceMarginRate' });
    }
    if (p.marginMode === 'cross' && p.walletBalance === undefined) {
      ctx.addIssue({ code: 'custom', message: 'cross margin needs walletBalance' });
    }
    if (p.marginMode === 'isolated' && p.walletBalance !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'walletBalance applies to cross margin only; use margin' });
    }
    if (p.fees.enabled && p.takerFeeRate === undefined) {
      ctx.addIssue({ code: 'custom', message: 'fees are on: give takerFeeRate' });
    }
    if (!isInverse(p.rules) && p.contractSize !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'contractSize applies to inverse rules only' });
    }
    if (requiresInput(p.rules, 'contractSize') && p.contractSize === undefined) {
      ctx.addIssue({ code: 'custom', message: `${p.rules} needs its contractSize` });
    }
  });

export const NAMED_PATHS = [
  'short-squeeze-after-new-high',
  'flash-crash-wick',
  'choppy-range',
  'slow-bleed',
] as const;

/**
 * A scripted path. The generator (in core, later) must hit the extremes exactly so that lessons and
 * scenario questions can state outcomes; the seed only shapes the wiggles in between:
 * - short-squeeze-after-new-high: breaks above its earlier high, peaks at startPrice × (1 + magnitude);
 * - flash-crash-wick: last price dips to startPrice × (1 − magnitude), mark price only to
 *   startPrice × (1 − markMagnitude) (default: magnitude), then both recover;
 * - choppy-range: oscillates and touches both startPrice × (1 ± magnitude);
 * - slow-bleed: drifts down to end at its low, startPrice × (1 − magnitude).
 */
export const namedPathSchema = z
  .strictObject({
    kind: z.literal('named'),
    name: z.enum(NAMED_PATHS),
    seed: z.string().min(1),
    startPrice: positiveDecimal,
    horizonHours: z.number().int().positive(),
    steps: z.number().int().min(10).max(10_000),
    magnitude: fraction,
    markMagnitude: fraction.optional(),
  })
  .refine((p) => p.markMagnitude === undefined || p.name === 'flash-crash-wick', {
    message: 'markMagnitude applies to flash-crash-wick only',
  })
  .refine((p) => p.markMagnitude === undefined || Number(p.markMagnitude) <= Number(p.magnitude), {
    message: 'the mark price cannot move further than the last price in a wick',
  });

/** Geometric Brownian motion with the given annualised volatility and drift. */
export const gbmPathSchema = z.strictObject({
  kind: z.literal('gbm'),
  seed: z.string().min(1),
  startPrice: positiveDecimal,
  annualVolatility: fraction,
  annualDrift: z.string().regex(/^-?\d+(\.\d+)?$/),
  horizonDays: z.number().positive().max(365),
  steps: z.number().int().min(10).max(10_000),
});

export const pricePathSchema = z.discriminatedUnion('kind', [namedPathSchema, gbmPathSchema]);

export const sandboxPresetSchema = z
  .strictObject({
    id: slugSchema,
    title: z.string().min(3),
    description: z.string().min(20),
    /** The lesson that links to this preset. */
    lesson: slugSchema,
    position: presetPositionSchema,
    stopLoss: positiveDecimal.optional(),
    takeProfit: positiveDecimal.optional(),
    path: pricePathSchema,
  })
  .superRefine((preset, ctx) => {
    const entry = Number(preset.position.entryPrice);
    const long = preset.position.side === 'long';
    if (preset.stopLoss !== undefined && Number(preset.stopLoss) < entry !== long) {
      ctx.addIssue({
        code: 'custom',
        message: `${preset.id}: the stop-loss must be on the losing side of the entry`,
      });
    }
    if (preset.takeProfit !== undefined && Number(preset.takeProfit) > entry !== long) {
      ctx.addIssue({
        code: 'custom',
        message: `${preset.id}: the take-profit must be on the winning side of the entry`,
      });
    }
    if (preset.path.startPrice !== preset.position.entryPrice) {
      ctx.addIssue({ code: 'custom', message: `${preset.id}: the path must start at the entry price` });
    }
  });
export type SandboxPreset = z.infer<typeof sandboxPresetSchema>;
export type PricePath = z.infer<typeof pricePathSchema>;
