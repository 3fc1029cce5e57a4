import { Decimal, liquidationPrice, marginRatio, typicalMove } from '@liqlab/core';
import { engineInputsOf } from './engine-inputs-from-scenario';
import type { ScenarioPosition } from './scenario-position-schema';

/**
 * Inputs the engine accepts but that almost certainly do not do what the learner meant. Each names the
 * form field it belongs beside and carries exact figures; the words are the UI's (formatting is its job).
 */
export type PositionWarning =
  | { kind: 'liquidated-at-entry'; field: 'margin' | 'walletBalance'; marginRatio: Decimal }
  | { kind: 'stop-beyond-liquidation'; field: 'stopLoss'; stop: Decimal; liquidationPrice: Decimal }
  | {
      kind: 'stop-inside-noise';
      field: 'stopLoss';
      stopDistance: Decimal;
      typicalMove: Decimal;
      horizonDays: number;
    };

/** σ and horizon of the volatility figures (floats: model parameters, not money). */
export interface NoiseModel {
  annualVolatility: number;
  horizonDays: number;
}

/**
 * The warnings for a schema-valid position, computed by core at the entry price:
 * - a margin ratio at or above 1 at entry: liquidated the moment it opens;
 * - a stop-loss at or beyond the liquidation price: both trigger on the mark, and the liquidation comes
 *   first, so the stop can never fire;
 * - a stop closer to the entry than one typical move over the horizon (core's typicalMove, price × σ ×
 *   √T): ordinary noise is likely to reach it.
 * A position the engine refuses (a leverage above its bracket's maximum, a size beyond the last
 * bracket) has no warnings: its error is shown beside the field instead.
 */
export function positionWarnings(position: ScenarioPosition, noise?: NoiseModel): PositionWarning[] {
  const { spec, feeOptions } = engineInputsOf(position);
  const entry = new Decimal(position.entryPrice);
  let liq: Decimal | null;
  let ratio: Decimal;
  try {
    liq = liquidationPrice(spec, feeOptions);
    ratio = marginRatio(spec, entry, feeOptions);
  } catch {
    return [];
  }
  const warnings: PositionWarning[] = [];
  if (ratio.gte(1)) {
    warnings.push({
      kind: 'liquidated-at-entry',
      field: position.marginMode === 'cross' ? 'walletBalance' : 'margin',
      marginRatio: ratio,
    });
  }
  const stop = position.stopLoss ? new Decimal(position.stopLoss.price) : null;
  const long = position.side === 'long';
  // A stop on the winning side of the entry is an error (the panel says so), not a warning.
  if (stop === null || (long ? stop.gte(entry) : stop.lte(entry))) return warnings;
  if (liq !== null && (long ? stop.lte(liq) : stop.gte(liq))) {
    warnings.push({ kind: 'stop-beyond-liquidation', field: 'stopLoss', stop, liquidationPrice: liq });
    return warnings;
  }
  if (noise) {
    const move = typicalMove({
      price: entry,
      annualVolatility: noise.annualVolatility,
      horizonDays: noise.horizonDays,
    });
    const distance = entry.minus(stop).abs();
    if (distance.lt(move)) {
      warnings.push({
        kind: 'stop-inside-noise',
        field: 'stopLoss',
        stopDistance: distance,
        typicalMove: move,
        horizonDays: noise.horizonDays,
      });
    }
  }
  return warnings;
}

/**
 * A first stop-loss for a position that has none: 5% against the entry, but never past half-way to
 * the liquidation price, so the stop it suggests can always fire before the liquidation. Rounded to a
 * whole price unit towards the entry (for prices of 100 and more) or to 4 significant digits.
 */
export function suggestedStopPrice(
  entryPrice: Decimal,
  side: 'long' | 'short',
  liquidation: Decimal | null,
): Decimal {
  const sign = side === 'long' ? -1 : 1;
  let distance = entryPrice.times('0.05');
  if (liquidation !== null) distance = Decimal.min(distance, entryPrice.minus(liquidation).abs().div(2));
  const raw = entryPrice.plus(distance.times(sign));
  const towardsEntry = side === 'long' ? Decimal.ROUND_UP : Decimal.ROUND_DOWN;
  const rounded = raw.gte(100)
    ? raw.toDecimalPlaces(0, towardsEntry)
    : raw.toSignificantDigits(4, towardsEntry);
  // Rounding must not land on the entry itself (a liquidation within a price unit of it).
  return rounded.eq(entryPrice) ? raw : rounded;
}
