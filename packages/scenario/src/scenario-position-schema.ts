import {
  ALL_RULES,
  isInverse,
  requiresInput,
  ruleSetInfo,
  supportsCross,
  TIER_TABLE_NAMES,
} from '@liqlab/core';
import { z } from 'zod';
import { decimalString, nonNegativeAmount, positiveAmount, rateBelowOne } from './decimal-string-schema';
import { customTierTableSchema } from './scenario-tier-table';

export const MAX_LEVERAGE = '200';
export const MAX_OTHER_POSITIONS = 50;

const leverage = decimalString({ min: '1', max: MAX_LEVERAGE });

/**
 * The position size: the quantity itself (base units for linear rules, contracts for inverse ones), or
 * a size in quote currency that `positionQuantity` converts explicitly.
 */
export const positionSizeSchema = z.discriminatedUnion('unit', [
  z.strictObject({ unit: z.literal('quantity'), quantity: positiveAmount }),
  z.strictObject({ unit: z.literal('quote'), notional: positiveAmount }),
]);
export type PositionSize = z.infer<typeof positionSizeSchema>;

export const maintenanceSchema = z.discriminatedUnion('kind', [
  /** A bundled, dated snapshot: the table itself comes from core, never from the client. */
  z.strictObject({
    kind: z.literal('tiers'),
    preset: z.enum(TIER_TABLE_NAMES, { error: 'choose one of the bundled tier tables' }),
  }),
  /** A table the learner pasted or uploaded (converted from the venue's shape), with its date. */
  z.strictObject({ kind: z.literal('custom-tiers'), table: customTierTableSchema }),
  z.strictObject({ kind: z.literal('fixed'), rate: rateBelowOne, amount: nonNegativeAmount.default('0') }),
  /** Hyperliquid: half the initial margin at the asset's maximum leverage. */
  z.strictObject({ kind: z.literal('max-leverage') }),
]);
export type MaintenanceInput = z.infer<typeof maintenanceSchema>;

/** Without a trigger, the order follows its venue's default trigger price (core's rule-set catalog). */
const triggerOrderSchema = z.strictObject({
  price: positiveAmount,
  trigger: z.enum(['mark', 'last']).optional(),
});

export const otherPositionSchema = z.strictObject({
  side: z.enum(['long', 'short']),
  quantity: positiveAmount,
  entryPrice: positiveAmount,
  markPrice: positiveAmount,
  maintenanceMarginRate: rateBelowOne,
  maintenanceAmount: nonNegativeAmount.optional(),
});

/** Engine inputs of a scenario: the position, its margin and maintenance, and the replay settings. */
export const scenarioPositionSchema = z
  .strictObject({
    rules: z.enum(ALL_RULES),
    side: z.enum(['long', 'short']),
    marginMode: z.enum(['isolated', 'cross']),
    entryPrice: positiveAmount,
    size: positionSizeSchema,
    leverage,
    /** Isolated: collateral (quote for linear, coin for inverse); default: the initial margin. */
    margin: nonNegativeAmount.optional(),
    /** Cross: the account's wallet balance. */
    walletBalance: nonNegativeAmount.optional(),
    /** Inverse: quote value of one contract. */
    contractSize: positiveAmount.optional(),
    maintenance: maintenanceSchema,
    /** The asset's maximum leverage (Hyperliquid's maintenance derives from it). */
    maxLeverage: leverage.optional(),
    takerFeeRate: rateBelowOne.optional(),
    fees: z.strictObject({ enabled: z.boolean() }).default({ enabled: false }),
    funding: z
      .strictObject({
        /** Per interval; positive means longs pay shorts. ±5% is far beyond any exchange's cap. */
        rate: decimalString({ signed: true, min: '-0.05', max: '0.05' }),
        intervalHours: z.number().int().min(1).max(24),
      })
      .optional(),
    stopLoss: triggerOrderSchema.optional(),
    takeProfit: triggerOrderSchema.optional(),
    /** Market-order slippage on stop / take-profit fills, in basis points (max 10%). */
    slippageBps: decimalString({ min: '0', max: '1000' }).default('0'),
    otherPositions: z.array(otherPositionSchema).max(MAX_OTHER_POSITIONS).optional(),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.marginMode === 'cross' && !supportsCross(p.rules)) {
      issue('marginMode', `${ruleSetInfo(p.rules).name} publishes an isolated-margin formula only`);
    }
    if (p.marginMode === 'cross' && p.walletBalance === undefined) {
      issue('walletBalance', 'a cross-margin position needs the wallet balance');
    }
    if (p.marginMode === 'cross' && p.margin !== undefined) {
      issue('margin', 'margin applies to isolated positions; cross margin uses the wallet balance');
    }
    if (p.marginMode === 'isolated' && p.walletBalance !== undefined) {
      issue('walletBalance', 'the wallet balance applies to cross margin only; use margin');
    }
    if (p.marginMode === 'isolated' && p.otherPositions !== undefined && p.otherPositions.length > 0) {
      issue('otherPositions', 'other positions only apply to cross margin');
    }
    const inverse = isInverse(p.rules);
    if (!inverse && p.contractSize !== undefined) {
      issue('contractSize', 'contractSize applies to inverse contracts only');
    }
    if (p.contractSize === undefined && requiresInput(p.rules, 'contractSize')) {
      issue('contractSize', 'an inverse contract needs its contract size (e.g. 100 USD for BTC)');
    }
    if (p.maintenance.kind === 'max-leverage' && p.maxLeverage === undefined) {
      issue('maxLeverage', 'maintenance from the maximum leverage needs maxLeverage');
    }
    if (p.fees.enabled && p.takerFeeRate === undefined) {
      issue('takerFeeRate', 'fees are on: give the taker fee rate');
    }
  });
export type ScenarioPosition = z.infer<typeof scenarioPositionSchema>;
