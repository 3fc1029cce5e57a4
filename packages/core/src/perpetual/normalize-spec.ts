import { Decimal, toNonNegativeDecimal, toOptionalDecimal, toPositiveDecimal } from '../decimal';
import { describeInput } from '../describe-input';
import { LiquidationError, type LiquidationErrorLimits } from '../errors';
import type { MarginMode, PositionSpec, Rules, Side } from '../types';
import { crossTotalsOf } from './cross-account';
import { type Maintenance, normalizeMaintenance, rateIn01 } from './normalize-maintenance';
import { ruleSetFor } from './rules/rule-registry';
import type { PricingInput, RuleSet } from './rules/rule-set';
import { requiresInput } from './rules/rule-set-catalog';

/** Fee switches shared by every figure that can be shown with or without the closing fee. */
export interface FeeOptions {
  /**
   * Add the taker fee to close next to the maintenance rate (OKX and Gate do this in their published
   * formulas, so it defaults to true there and false elsewhere). Needs `takerFeeRate`.
   */
  includeClosingFee?: boolean;
}

export type { Maintenance } from './normalize-maintenance';

/** The fields every figure needs (PnL, margin, notional), parsed without the maintenance inputs. */
export interface NormalizedPosition {
  readonly rules: Rules;
  readonly ruleSet: RuleSet;
  readonly side: Side;
  readonly sign: 1 | -1;
  readonly marginMode: MarginMode;
  readonly quantity: Decimal;
  readonly contractSize: Decimal;
  readonly entryPrice: Decimal;
  readonly leverage: Decimal | undefined;
  /** Position value at entry in the margin asset: quote (linear) or coin (inverse). */
  readonly entryNotional: Decimal;
}

/** A PositionSpec validated once and parsed into Decimals; every formula works from this. */
export interface NormalizedSpec extends NormalizedPosition, PricingInput {
  /** Isolated margin, or the cross wallet balance. */
  readonly collateral: Decimal;
  /** Cross only: the other positions' maintenance margin (TMM1) and unrealized PnL (UPNL1). */
  readonly otherMaintenance: Decimal;
  readonly otherUnrealizedPnl: Decimal;
  readonly maintenance: Maintenance;
  /** The closing-fee rate added to the maintenance rate (0 when fees are excluded). */
  readonly closingFeeRate: Decimal;
  readonly takerFeeRate: Decimal | undefined;
}

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

/** Parses the position itself (rules, side, mode, entry, size, leverage): enough for PnL and notional. */
export function normalizePosition(spec: PositionSpec): NormalizedPosition {
  if (spec === null || typeof spec !== 'object') {
    fail('MISSING_FIELD', 'spec', 'A position spec is required.');
  }
  const ruleSet = ruleSetFor(spec.rules);
  const { rules, inverse } = ruleSet;
  if (spec.side !== 'long' && spec.side !== 'short') {
    fail('INVALID_ARGUMENT', 'side', `side must be "long" or "short", got ${describeInput(spec.side)}.`);
  }
  if (spec.marginMode !== 'isolated' && spec.marginMode !== 'cross') {
    fail(
      'INVALID_ARGUMENT',
      'marginMode',
      `marginMode must be "isolated" or "cross", got ${describeInput(spec.marginMode)}.`,
    );
  }
  const sign = spec.side === 'long' ? 1 : -1;
  const entryPrice = toPositiveDecimal(spec.entryPrice, 'entryPrice');
  const quantity = toPositiveDecimal(spec.quantity, 'quantity');

  let contractSize = ONE;
  if (inverse) {
    if (spec.contractSize === undefined && requiresInput(rules, 'contractSize')) {
      fail(
        'MISSING_FIELD',
        'contractSize',
        `contractSize is required for ${rules} (100 USD for BTC, 10 USD for most others).`,
      );
    }
    contractSize =
      spec.contractSize === undefined ? ONE : toPositiveDecimal(spec.contractSize, 'contractSize');
  } else if (spec.contractSize !== undefined) {
    // Linear quantities are base units already; silently ignoring a multiplier would misprice by it.
    fail(
      'INVALID_ARGUMENT',
      'contractSize',
      `contractSize applies to inverse contracts only; ${rules} quantity is in base units.`,
    );
  }
  const entryNotional = inverse ? quantity.times(contractSize).div(entryPrice) : quantity.times(entryPrice);

  const leverage = toOptionalDecimal(spec.leverage, 'leverage');
  if (leverage?.lt(ONE)) {
    fail('INVALID_LEVERAGE', 'leverage', `leverage must be at least 1, got ${leverage}.`, { min: '1' });
  }
  return {
    rules,
    ruleSet,
    side: spec.side,
    sign,
    marginMode: spec.marginMode,
    quantity,
    contractSize,
    entryPrice,
    leverage,
    entryNotional,
  };
}

/**
 * The collateral backing the position: isolated margin (default: initial margin = notional / leverage)
 * or, for cross, the wallet balance.
 */
export function collateralOf(spec: PositionSpec, position: NormalizedPosition): Decimal {
  const { leverage, entryNotional } = position;
  if (position.marginMode === 'isolated') {
    if (spec.margin !== undefined) {
      return toNonNegativeDecimal(spec.margin, 'margin');
    }
    if (leverage === undefined) {
      fail(
        'MISSING_FIELD',
        'leverage',
        'An isolated position needs its margin or its leverage (margin = notional / leverage).',
      );
    }
    return entryNotional.div(leverage);
  }
  if (spec.walletBalance === undefined || spec.walletBalance === null || spec.walletBalance === '') {
    fail('MISSING_FIELD', 'walletBalance', 'walletBalance is required for a cross-margin position.');
  }
  if (spec.margin !== undefined) {
    fail(
      'INVALID_ARGUMENT',
      'margin',
      'margin applies to isolated positions; a cross position is backed by walletBalance.',
    );
  }
  return toNonNegativeDecimal(spec.walletBalance, 'walletBalance');
}

/** Validates a PositionSpec and parses it into Decimals, naming the offending field on any error. */
export function normalizeSpec(spec: PositionSpec, options: FeeOptions = {}): NormalizedSpec {
  const position = normalizePosition(spec);
  const { rules, ruleSet, leverage, entryNotional } = position;
  const inverse = ruleSet.inverse;

  const maintenance = normalizeMaintenance(spec, position);
  // Valued at entry, a fixed requirement never changes: an amount above notional × rate would make it
  // negative for the position's whole life. (Valued at the mark, a bracket's amount can exceed it at
  // entry and still price correctly where the bracket applies.)
  if (maintenance.kind === 'fixed' && ruleSet.maintenanceValuedAt === 'entry') {
    const atEntry = entryNotional.times(maintenance.rate);
    if (maintenance.amount.gt(atEntry)) {
      fail(
        'INVALID_ARGUMENT',
        'maintenanceAmount',
        `maintenanceAmount ${maintenance.amount} exceeds notional ${entryNotional} × rate ${maintenance.rate} = ${atEntry} at entry, which would make the ${rules} maintenance requirement negative.`,
      );
    }
  }

  const takerFeeRate = rateIn01(spec.takerFeeRate, 'takerFeeRate');
  const includeFee = options.includeClosingFee ?? ruleSet.closingFeeByDefault;
  if (includeFee && takerFeeRate === undefined) {
    fail(
      'MISSING_FIELD',
      'takerFeeRate',
      `takerFeeRate is required: the ${rules} figure includes the fee to close (pass includeClosingFee: false to leave it out).`,
    );
  }
  const closingFeeRate = includeFee ? takerFeeRate! : ZERO;
  const highestRate =
    maintenance.kind === 'fixed' ? maintenance.rate : maintenance.tiers[maintenance.tiers.length - 1]!.rate;
  // Rates alone are already below 1; only a fee can push their sum to 1.
  if (!closingFeeRate.isZero() && highestRate.plus(closingFeeRate).gte(ONE)) {
    fail('INVALID_RATE', 'takerFeeRate', 'takerFeeRate plus the highest maintenance rate must stay below 1.');
  }

  let otherMaintenance = ZERO;
  let otherUnrealizedPnl = ZERO;
  if (position.marginMode === 'isolated') {
    if (hasOtherPositions(spec)) {
      fail(
        'INVALID_ARGUMENT',
        'otherPositions',
        'otherPositions only apply to cross margin; an isolated position stands alone.',
      );
    }
  } else {
    if (!ruleSet.supportsCross) {
      fail(
        'NOT_SUPPORTED',
        'marginMode',
        `marginMode "cross" is not supported for ${rules}: its published formula is for isolated margin.`,
      );
    }
    if (hasOtherPositions(spec)) {
      if (inverse) {
        fail(
          'NOT_SUPPORTED',
          'otherPositions',
          'Other cross positions are supported for linear contracts only.',
        );
      }
      const totals = crossTotalsOf(spec.otherPositions, 'otherPositions');
      otherMaintenance = totals.maintenanceMargin;
      otherUnrealizedPnl = totals.unrealizedPnl;
    }
  }
  const collateral = collateralOf(spec, position);

  return {
    rules,
    ruleSet,
    side: position.side,
    sign: position.sign,
    marginMode: position.marginMode,
    quantity: position.quantity,
    contractSize: position.contractSize,
    entryPrice: position.entryPrice,
    leverage,
    entryNotional,
    available:
      otherUnrealizedPnl.isZero() && otherMaintenance.isZero()
        ? collateral
        : collateral.plus(otherUnrealizedPnl).minus(otherMaintenance),
    collateral,
    otherMaintenance,
    otherUnrealizedPnl,
    maintenance,
    closingFeeRate,
    takerFeeRate,
  };
}

/**
 * Whether the spec lists other positions. null counts as none (as for every optional field); anything
 * but an array counts as some, so that crossTotalsOf refuses it with its field named.
 */
function hasOtherPositions(
  spec: PositionSpec,
): spec is PositionSpec & { otherPositions: NonNullable<PositionSpec['otherPositions']> } {
  const others: unknown = spec.otherPositions;
  return others !== undefined && others !== null && (!Array.isArray(others) || others.length > 0);
}

/** The position's value in its margin asset at `price`: |qty| × price (linear), |qty| × size / price (inverse). */
export function notionalAt(n: NormalizedPosition, price: Decimal): Decimal {
  return n.ruleSet.inverse ? n.quantity.times(n.contractSize).div(price) : n.quantity.times(price);
}
