import { type Decimal, type Num, toDecimal, toNonNegativeDecimal, toOptionalDecimal } from '../decimal';
import { describeInput } from '../describe-input';
import { LiquidationError } from '../errors';
import type { MaintenanceTier } from '../types';

/** A validated bracket, parsed once into Decimals; `includes` says which of floor and cap is its own. */
export interface NormalizedTier {
  readonly index: number;
  readonly floor: Decimal;
  /** null: the last tier is open-ended (the venue publishes no upper bound). */
  readonly cap: Decimal | null;
  readonly boundsIn: 'notional' | 'quantity';
  readonly includes: 'floor' | 'cap';
  readonly last: boolean;
  readonly rate: Decimal;
  readonly amount: Decimal;
  readonly maxLeverage: Decimal | undefined;
  readonly source: MaintenanceTier;
  /** 1 − rate and −1 − rate: the slopes of margin balance − requirement in the notional (solver). */
  readonly risingSlope: Decimal;
  readonly fallingSlope: Decimal;
}

interface CacheEntry {
  readonly snapshot: readonly unknown[];
  readonly tiers: readonly NormalizedTier[];
}

/**
 * Bracket tables are long-lived values (a preset, or one fetched per symbol) passed on every call, and
 * parsing ~50 decimals per call would dominate the cost of a liquidation price. The parsed table is
 * cached per array, and the cache is only reused while every raw field is still identical (===), so a
 * table mutated in place is re-validated rather than served stale.
 */
const cache = new WeakMap<readonly MaintenanceTier[], CacheEntry>();

const FIELDS_PER_TIER = 8;

function snapshotOf(tiers: readonly MaintenanceTier[]): unknown[] {
  const snapshot: unknown[] = [];
  // A null entry is refused by the validation that follows; the snapshot must not trip on it first.
  for (const tier of tiers as readonly (MaintenanceTier | null | undefined)[]) {
    snapshot.push(
      tier,
      tier?.notionalFloor,
      tier?.notionalCap,
      tier?.maintenanceMarginRate,
      tier?.maintenanceAmount,
      tier?.maxLeverage,
      tier?.boundsIn,
      tier?.includes,
    );
  }
  return snapshot;
}

/** Compares without allocating: this runs on every call that passes a table. */
function matchesSnapshot(tiers: readonly MaintenanceTier[], snapshot: readonly unknown[]): boolean {
  if (snapshot.length !== tiers.length * FIELDS_PER_TIER) return false;
  let k = 0;
  for (const tier of tiers) {
    if (
      snapshot[k] !== tier ||
      snapshot[k + 1] !== tier.notionalFloor ||
      snapshot[k + 2] !== tier.notionalCap ||
      snapshot[k + 3] !== tier.maintenanceMarginRate ||
      snapshot[k + 4] !== tier.maintenanceAmount ||
      snapshot[k + 5] !== tier.maxLeverage ||
      snapshot[k + 6] !== tier.boundsIn ||
      snapshot[k + 7] !== tier.includes
    ) {
      return false;
    }
    k += FIELDS_PER_TIER;
  }
  return true;
}

const BOUNDS_IN = ['notional', 'quantity'] as const;
const INCLUDES = ['floor', 'cap'] as const;

/** A table-wide setting: absent means the default, and every row must agree with the first. */
function tableSetting<T extends string>(
  tiers: readonly MaintenanceTier[],
  key: 'boundsIn' | 'includes',
  allowed: readonly T[],
  field: string,
): T {
  const first = (tiers[0]?.[key] ?? allowed[0]) as T;
  tiers.forEach((tier, index) => {
    const value = (tier?.[key] ?? allowed[0]) as T;
    const at = `${field}[${index}].${key}`;
    if (!allowed.includes(value)) {
      throw new LiquidationError(
        'INVALID_TIERS',
        `${at} must be ${allowed.map((a) => `"${a}"`).join(' or ')}, got ${describeInput(value)}.`,
        at,
      );
    }
    if (value !== first) {
      throw new LiquidationError(
        'INVALID_TIERS',
        `${at} is "${value}" but ${field}[0] has "${first}": a table uses one convention for every row.`,
        at,
      );
    }
  });
  return first;
}

/** A cap left out (absent, null or an empty string): allowed on the last tier only. */
function isOpenCap(cap: MaintenanceTier['notionalCap']): boolean {
  return cap === undefined || cap === null || (typeof cap === 'string' && cap.trim() === '');
}

/**
 * Validates a bracket table: non-empty, first floor 0, each floor below its cap, each floor equal to
 * the previous cap (no gap, no overlap), only the last cap may be left out (open-ended), rates in
 * [0, 1), amounts ≥ 0, max leverage > 0, and one `boundsIn` / `includes` convention for the whole table.
 */
export function normalizeTiers(
  tiers: readonly MaintenanceTier[] | undefined,
  field = 'tiers',
): readonly NormalizedTier[] {
  if (!Array.isArray(tiers) || tiers.length === 0) {
    throw new LiquidationError('INVALID_TIERS', `${field} must list at least one bracket.`, field);
  }
  const cached = cache.get(tiers);
  if (cached && matchesSnapshot(tiers, cached.snapshot)) {
    return cached.tiers;
  }
  const snapshot = snapshotOf(tiers);
  const parsed: NormalizedTier[] = [];
  const objects = tiers.every((tier) => tier !== null && typeof tier === 'object');
  const boundsIn = objects ? tableSetting(tiers, 'boundsIn', BOUNDS_IN, field) : 'notional';
  const includes = objects ? tableSetting(tiers, 'includes', INCLUDES, field) : 'floor';
  tiers.forEach((tier, index) => {
    const at = `${field}[${index}]`;
    if (tier === null || typeof tier !== 'object') {
      throw new LiquidationError('INVALID_TIERS', `${at} must be a bracket object.`, at);
    }
    const floor = toNonNegativeDecimal(tier.notionalFloor, `${at}.notionalFloor`);
    const last = index === tiers.length - 1;
    if (!last && isOpenCap(tier.notionalCap)) {
      throw new LiquidationError(
        'INVALID_TIERS',
        `${at}.notionalCap is missing: only the last bracket may be open-ended (no cap).`,
        `${at}.notionalCap`,
      );
    }
    const cap = isOpenCap(tier.notionalCap) ? null : toDecimal(tier.notionalCap, `${at}.notionalCap`);
    const rate = toDecimal(tier.maintenanceMarginRate, `${at}.maintenanceMarginRate`);
    const amount = toNonNegativeDecimal(tier.maintenanceAmount, `${at}.maintenanceAmount`);
    const maxLeverage = toOptionalDecimal(tier.maxLeverage, `${at}.maxLeverage`);
    if (cap?.lte(floor)) {
      throw new LiquidationError(
        'INVALID_TIERS',
        `${at}.notionalCap (${cap}) must be above its notionalFloor (${floor}).`,
        `${at}.notionalCap`,
      );
    }
    if (rate.lt(0) || rate.gte(1)) {
      throw new LiquidationError(
        'INVALID_RATE',
        `${at}.maintenanceMarginRate must be in [0, 1), got ${rate}.`,
        `${at}.maintenanceMarginRate`,
      );
    }
    if (maxLeverage?.lte(0)) {
      throw new LiquidationError(
        'INVALID_TIERS',
        `${at}.maxLeverage must be greater than zero, got ${maxLeverage}.`,
        `${at}.maxLeverage`,
      );
    }
    const previous = parsed[index - 1];
    // Every bracket but the last has a cap (checked above).
    const expectedFloor = previous ? previous.cap! : undefined;
    if (expectedFloor === undefined ? !floor.isZero() : !floor.eq(expectedFloor)) {
      const problem =
        expectedFloor === undefined
          ? 'the first bracket must start at 0'
          : floor.lt(expectedFloor)
            ? `it overlaps the previous bracket (cap ${expectedFloor}); brackets must be sorted and contiguous`
            : `it leaves a gap after the previous bracket (cap ${expectedFloor})`;
      throw new LiquidationError(
        'INVALID_TIERS',
        `${at}.notionalFloor is ${floor}: ${problem}.`,
        `${at}.notionalFloor`,
      );
    }
    parsed.push({
      index,
      floor,
      cap,
      boundsIn,
      includes,
      last,
      rate,
      amount,
      maxLeverage,
      source: tier,
      risingSlope: rate.negated().plus(1),
      fallingSlope: rate.negated().minus(1),
    });
  });
  cache.set(tiers, { snapshot, tiers: parsed });
  return parsed;
}

/** Whether `size` is below the bracket's end by the table's convention (a missing cap has no end). */
function belowCap(tier: NormalizedTier, size: Decimal): boolean {
  if (tier.cap === null) return true;
  return tier.includes === 'floor' ? size.lt(tier.cap) : size.lte(tier.cap);
}

/**
 * The bracket holding `size` (the notional, or the quantity for a table bounded in quantity) by the
 * table's convention: [floor, cap) when floors are included, (floor, cap] when caps are; the last
 * cap is included either way — null above it, unless the last bracket is published without a cap.
 * `openEnded` treats the last bracket as unbounded: a position's notional can drift above the table
 * as the price moves even though no such position could be opened.
 */
export function findTier(
  tiers: readonly NormalizedTier[],
  size: Decimal,
  openEnded = false,
): NormalizedTier | null {
  for (const tier of tiers) {
    if (belowCap(tier, size)) return tier;
  }
  const last = tiers[tiers.length - 1]!;
  return openEnded || last.cap === null || size.lte(last.cap) ? last : null;
}

/** Whether `size` belongs to `tier` by the table's convention (`openEnded`: nothing is above the last). */
export function tierHolds(tier: NormalizedTier, size: Decimal, openEnded = false): boolean {
  const fromFloor =
    tier.includes === 'floor' || tier.index === 0 ? size.gte(tier.floor) : size.gt(tier.floor);
  if (!fromFloor) return false;
  if (tier.last) return openEnded || tier.cap === null || size.lte(tier.cap);
  return belowCap(tier, size);
}

/**
 * The bracket an exchange applies to a position of `notional` (or quantity, for a table bounded in
 * quantity), by the table's boundary convention (see `findTier`).
 */
export function maintenanceTierFor(tiers: MaintenanceTier[], notional: Num): MaintenanceTier {
  const parsed = normalizeTiers(tiers);
  const value = toNonNegativeDecimal(notional, 'notional');
  const tier = findTier(parsed, value);
  if (tier === null) {
    const last = parsed[parsed.length - 1]!;
    throw new LiquidationError(
      'POSITION_TOO_LARGE_FOR_TIER',
      `notional ${value} is above the last bracket's cap (${last.cap}).`,
      'notional',
    );
  }
  return tier.source;
}

const continuity = new WeakMap<readonly NormalizedTier[], LiquidationError | null>();

/**
 * Binance defines each bracket's maintenance amount so the requirement is continuous across brackets:
 * "Maintenance Amount on Level n = Floor of Level n × (MMR n − MMR n−1) + Maintenance Amount on Level n−1"
 * (COIN-M liquidation-price FAQ). Solving for the bracket at the liquidation price relies on it — with
 * a jump there may be no price, or two, at which the margin ratio is exactly 1 — so rule sets that pick
 * the bracket at the liquidation price reject tables that break it.
 */
export function assertContinuousAmounts(tiers: readonly NormalizedTier[], field = 'tiers'): void {
  let result = continuity.get(tiers);
  if (result === undefined) {
    result = null;
    for (let i = 1; i < tiers.length; i++) {
      const tier = tiers[i]!;
      const previous = tiers[i - 1]!;
      const expected = previous.amount.plus(tier.floor.times(tier.rate.minus(previous.rate)));
      const tolerance = expected.abs().plus(1).times('1e-9');
      if (tier.amount.minus(expected).abs().gt(tolerance)) {
        const at = `${field}[${i}].maintenanceAmount`;
        result = new LiquidationError(
          'INVALID_TIERS',
          `${at} is ${tier.amount}; a continuous table needs ${expected} (floor × rate step + the previous amount).`,
          at,
        );
        break;
      }
    }
    continuity.set(tiers, result);
  }
  if (result !== null) throw result;
}
