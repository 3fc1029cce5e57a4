// What every engine answer must satisfy (imported by the fuzz tests only). Checked through the engine's
// internal figures (margin balance and requirement at a price), not by re-deriving any formula.
import type { Decimal } from '../decimal';
import { LiquidationError, type LiquidationErrorCode } from '../errors';
import { maintenanceMarginAt } from '../perpetual/maintenance-margin';
import { marginBalanceAt } from '../perpetual/margin-ratio';
import { type NormalizedSpec, notionalAt } from '../perpetual/normalize-spec';

const CODES: Record<LiquidationErrorCode, true> = {
  MISSING_FIELD: true,
  INVALID_NUMBER: true,
  NOT_POSITIVE: true,
  NEGATIVE_VALUE: true,
  INVALID_LEVERAGE: true,
  INVALID_RATE: true,
  INVALID_TIERS: true,
  POSITION_TOO_LARGE_FOR_TIER: true,
  INSUFFICIENT_MARGIN: true,
  INVALID_PRICE_PATH: true,
  INVALID_ARGUMENT: true,
  NOT_SUPPORTED: true,
};

/** A refusal is only ever a LiquidationError with a known code and a message; anything else fails. */
export function assertTypedRefusal(error: unknown): void {
  if (!(error instanceof LiquidationError)) {
    throw new Error(`expected a LiquidationError, got ${describe(error)}`, { cause: error });
  }
  if (!Object.hasOwn(CODES, error.code)) throw new Error(`unknown LiquidationError code ${error.code}`);
  if (typeof error.message !== 'string' || error.message.length === 0) {
    throw new Error(`LiquidationError ${error.code} without a message`);
  }
}

/** Runs `call`; a throw must be a typed refusal. Returns the outcome for the law checks. */
export function outcomeOf<T>(call: () => T): { ok: true; value: T } | { ok: false; error: LiquidationError } {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    assertTypedRefusal(error);
    return { ok: false, error: error as LiquidationError };
  }
}

/** Margin balance minus the maintenance requirement at `price` (own + other cross positions). */
export function surplusAt(n: NormalizedSpec, price: Decimal): Decimal {
  return marginBalanceAt(n, price).minus(requirementAt(n, price));
}

/** The maintenance requirement at `price` (own + other cross positions). */
export function requirementAt(n: NormalizedSpec, price: Decimal): Decimal {
  return maintenanceMarginAt(n, price).plus(n.otherMaintenance);
}

/** The size of the figures that meet at `price`: the tolerance for "equal" scales with it. */
export function scaleAt(n: NormalizedSpec, price: Decimal): Decimal {
  return n.collateral
    .abs()
    .plus(n.otherUnrealizedPnl.abs())
    .plus(n.otherMaintenance.abs())
    .plus(n.entryNotional)
    .plus(notionalAt(n, price))
    .plus(n.maintenance.kind === 'fixed' ? n.maintenance.amount : n.maintenance.tiers.at(-1)!.amount);
}

/**
 * The liquidation-price laws. A price must be finite and positive, the margin balance must equal the
 * requirement there (40-digit arithmetic: 1e-30 of the figures involved is far below any rounding a
 * wrong formula could hide in), and it must lie on the losing side of entry when the position is
 * healthy at entry (below for a long, above for a short) and on the other side when it is not. No price
 * (null) must mean the surplus keeps one sign from a near-zero price to a huge one.
 */
export function assertLiquidationLaws(n: NormalizedSpec, price: Decimal | null): void {
  const atEntry = surplusAt(n, n.entryPrice);
  if (price === null) {
    const low = surplusAt(n, n.entryPrice.times('1e-24'));
    const high = surplusAt(n, n.entryPrice.times('1e24'));
    const tolerance = scaleAt(n, n.entryPrice.times('1e24')).times('1e-30');
    const crosses =
      (low.lt(tolerance.negated()) && high.gt(tolerance)) ||
      (low.gt(tolerance) && high.lt(tolerance.negated()));
    if (crosses) {
      throw new Error(`no liquidation price, yet the surplus goes from ${low} to ${high}`);
    }
    return;
  }
  if (!price.isFinite() || !price.isPositive() || price.isZero()) {
    throw new Error(`liquidation price ${price} is not a positive finite number`);
  }
  const surplus = surplusAt(n, price);
  const tolerance = scaleAt(n, price).times('1e-30');
  if (surplus.abs().gt(tolerance)) {
    throw new Error(`at the liquidation price ${price} balance − requirement is ${surplus}, not 0`);
  }
  const long = n.sign === 1;
  const entryTolerance = scaleAt(n, n.entryPrice).times('1e-30');
  if (atEntry.gt(entryTolerance) && (long ? price.gte(n.entryPrice) : price.lte(n.entryPrice))) {
    throw new Error(`healthy at entry ${n.entryPrice}, yet the ${n.side} is liquidated at ${price}`);
  }
  if (atEntry.lt(entryTolerance.negated()) && (long ? price.lte(n.entryPrice) : price.gte(n.entryPrice))) {
    throw new Error(`under water at entry ${n.entryPrice}, yet the ${n.side} survives until ${price}`);
  }
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}
