import { Decimal, toDecimal, toNonNegativeDecimal, toOptionalDecimal } from '../decimal';
import { LiquidationError, type LiquidationErrorLimits } from '../errors';
import type { PositionSpec } from '../types';
import { findTier, type NormalizedTier, normalizeTiers } from './maintenance-tiers';
import type { NormalizedPosition } from './normalize-spec';
import { ruleSetInfo } from './rules/rule-set-catalog';

export type Maintenance =
  | { readonly kind: 'fixed'; readonly rate: Decimal; readonly amount: Decimal }
  | {
      readonly kind: 'tiers';
      readonly tiers: readonly NormalizedTier[];
      /**
       * The bracket of the entry notional (or of the quantity, for a table bounded in quantity):
       * Bybit and OKX price with it, and it caps the leverage.
       */
      readonly entryTier: NormalizedTier;
    };

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

function fail(
  code: LiquidationError['code'],
  field: string,
  message: string,
  limits?: LiquidationErrorLimits,
): never {
  throw new LiquidationError(code, message, field, limits);
}

/** A rate in [0, 1): maintenance margin and fee rates are fractions (0.004 = 0.4%). */
export function rateIn01(value: PositionSpec['takerFeeRate'], field: string): Decimal | undefined {
  const rate = toOptionalDecimal(value, field);
  if (rate !== undefined && (rate.lt(ZERO) || rate.gte(ONE))) {
    fail('INVALID_RATE', field, `${field} must be in [0, 1), got ${rate}.`);
  }
  return rate;
}

function fromTiers(spec: PositionSpec, position: NormalizedPosition): Maintenance {
  const { leverage, entryNotional, quantity } = position;
  const tiers = normalizeTiers(spec.tiers, 'tiers');
  const byQuantity = tiers[0]!.boundsIn === 'quantity';
  const size = byQuantity ? quantity : entryNotional;
  const sizeName = byQuantity ? 'position size' : 'position notional';
  const entryTier = findTier(tiers, size);
  if (entryTier === null) {
    fail(
      'POSITION_TOO_LARGE_FOR_TIER',
      'quantity',
      `quantity too large: the ${sizeName} ${size} at entry is above the last bracket's cap (${tiers[tiers.length - 1]!.cap}).`,
    );
  }
  if (leverage !== undefined && entryTier.maxLeverage !== undefined && leverage.gt(entryTier.maxLeverage)) {
    fail(
      'INVALID_LEVERAGE',
      'leverage',
      `leverage ${leverage} exceeds the ${entryTier.maxLeverage}x maximum of the bracket for ${sizeName} ${size}.`,
      { max: entryTier.maxLeverage.toFixed() },
    );
  }
  return { kind: 'tiers', tiers, entryTier };
}

/**
 * The maintenance requirement of a spec: a bracket table (checked against the entry notional and the
 * leverage), a fixed rate and amount, or (Hyperliquid) half the initial margin at the asset's max
 * leverage. `maxLeverage`, when given, also caps the leverage for every rule set.
 */
export function normalizeMaintenance(spec: PositionSpec, position: NormalizedPosition): Maintenance {
  const { rules, leverage } = position;
  const maxLeverage = toOptionalDecimal(spec.maxLeverage, 'maxLeverage');
  if (maxLeverage?.lt(ONE)) {
    fail('INVALID_LEVERAGE', 'maxLeverage', `maxLeverage must be at least 1, got ${maxLeverage}.`, {
      min: '1',
    });
  }
  if (leverage !== undefined && maxLeverage !== undefined && leverage.gt(maxLeverage)) {
    fail(
      'INVALID_LEVERAGE',
      'leverage',
      `leverage ${leverage} exceeds the asset's ${maxLeverage}x maximum.`,
      {
        max: maxLeverage.toFixed(),
      },
    );
  }
  if (spec.tiers !== undefined && spec.maintenanceMarginRate !== undefined) {
    fail(
      'INVALID_ARGUMENT',
      'maintenanceMarginRate',
      'Give either tiers or maintenanceMarginRate, not both.',
    );
  }
  if (spec.tiers !== undefined) {
    return fromTiers(spec, position);
  }
  if (spec.maintenanceMarginRate !== undefined) {
    const rate = rateIn01(
      toDecimal(spec.maintenanceMarginRate, 'maintenanceMarginRate'),
      'maintenanceMarginRate',
    )!;
    const amount =
      spec.maintenanceAmount === undefined
        ? ZERO
        : toNonNegativeDecimal(spec.maintenanceAmount, 'maintenanceAmount');
    return { kind: 'fixed', rate, amount };
  }
  const fromMaxLeverage = ruleSetInfo(rules).maintenanceFromMaxLeverage;
  if (fromMaxLeverage && maxLeverage !== undefined) {
    // Hyperliquid: maintenance margin is half the initial margin at max leverage.
    return { kind: 'fixed', rate: ONE.div(maxLeverage.times(2)), amount: ZERO };
  }
  const field = fromMaxLeverage ? 'maxLeverage' : 'maintenanceMarginRate';
  fail(
    'MISSING_FIELD',
    field,
    `${field} is required (or a tiers table) to price ${rules} maintenance margin.`,
  );
}
