import { LiquidationError } from '../errors';

/**
 * A price path as the replay and the charts consume it: parallel typed arrays, one entry per tick.
 * Prices are floats on purpose — a path is a statistical object (simulated or sampled) and the replay
 * only compares ticks against precomputed thresholds; every figure of money derived from a tick is
 * recomputed exactly with Decimal from the tick's shortest round-trip decimal string.
 */
export interface PricePath {
  /** Epoch milliseconds, strictly increasing. */
  t: Float64Array;
  /** Mark price: what liquidation, margin ratio and funding use. */
  mark: Float64Array;
  /** Last traded price, when it differs from the mark (wicks); absent means last = mark. */
  last?: Float64Array;
}

/** 365-day year: crypto trades every day, so annualised volatility is quoted on calendar days. */
export const MS_PER_YEAR = 365 * 24 * 60 * 60 * 1000;
export const MS_PER_DAY = 24 * 60 * 60 * 1000;
export const MS_PER_HOUR = 60 * 60 * 1000;

/** A deterministic default start so that seeded paths (and their timestamps) are fully reproducible. */
export const DEFAULT_START_TIME = Date.UTC(2024, 0, 1);

/** Checks the invariants the replay relies on; throws INVALID_PRICE_PATH naming the first bad tick. */
export function assertPricePath(path: PricePath, field = 'path'): void {
  const { t, mark, last } = path;
  if (!(t instanceof Float64Array) || !(mark instanceof Float64Array)) {
    throw new LiquidationError('INVALID_PRICE_PATH', `${field} must hold Float64Array t and mark.`, field);
  }
  if (t.length === 0) {
    throw new LiquidationError('INVALID_PRICE_PATH', `${field} has no ticks.`, field);
  }
  if (mark.length !== t.length || (last !== undefined && last.length !== t.length)) {
    throw new LiquidationError(
      'INVALID_PRICE_PATH',
      `${field}: t, mark and last must have the same length.`,
      field,
    );
  }
  for (let i = 0; i < t.length; i++) {
    const ti = t[i]!;
    const m = mark[i]!;
    const l = last === undefined ? m : last[i]!;
    if (!Number.isFinite(ti) || (i > 0 && !(ti > t[i - 1]!))) {
      throw new LiquidationError(
        'INVALID_PRICE_PATH',
        `${field}: time must increase strictly (tick ${i}).`,
        `${field}.t[${i}]`,
      );
    }
    if (!(m > 0 && Number.isFinite(m)) || !(l > 0 && Number.isFinite(l))) {
      throw new LiquidationError(
        'INVALID_PRICE_PATH',
        `${field}: prices must be positive and finite (tick ${i}).`,
        `${field}.mark[${i}]`,
      );
    }
  }
}
