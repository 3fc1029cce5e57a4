import {
  Decimal,
  distanceToLiquidation,
  gbmPath,
  LiquidationError,
  liquidationProbability,
  type PricePath,
  toDecimal,
  typicalMove,
} from '@liqlab/core';
import { type EngineResult, runEngine } from '~/lib/engine-result';

export interface BandInputs {
  entryPrice: string;
  annualVolatility: string;
  horizonHours: string;
  sigmas: readonly string[];
  side: 'long' | 'short';
  stopPrice: string;
}

export interface BandFigures {
  /** One standard deviation of the move over the horizon (core's typicalMove). */
  typicalMove: Decimal;
  bands: { sigmas: string; lower: Decimal; upper: Decimal }[];
  /** The stop's distance from entry in standard deviations of the horizon (log terms). */
  stopSigmas: number;
  /** Probability that a driftless random walk touches the stop within the horizon. */
  touchProbability: number;
  /** The stop is on the wrong side of the entry for the side. */
  stopOnWrongSide: boolean;
}

export function bandFigures(inputs: BandInputs): EngineResult<BandFigures> {
  return runEngine(() => {
    const entry = toDecimal(inputs.entryPrice, 'entryPrice');
    const vol = toDecimal(inputs.annualVolatility, 'annualVolatility');
    const hours = toDecimal(inputs.horizonHours, 'horizonHours');
    if (hours.lte(0))
      throw new LiquidationError('NOT_POSITIVE', 'horizonHours must be greater than zero.', 'horizonHours');
    if (vol.lte(0))
      throw new LiquidationError(
        'NOT_POSITIVE',
        'annualVolatility must be greater than zero.',
        'annualVolatility',
      );
    const stop = toDecimal(inputs.stopPrice, 'stopPrice');
    const days = hours.div(24);
    const move = typicalMove({ price: entry, annualVolatility: vol, horizonDays: days });
    const horizonDays = days.toNumber();
    const distance = distanceToLiquidation(entry, stop, vol.toNumber(), horizonDays);
    return {
      typicalMove: move,
      bands: inputs.sigmas.map((k) => {
        const width = move.times(toDecimal(k, 'sigmas'));
        return { sigmas: k, lower: Decimal.max(0, entry.minus(width)), upper: entry.plus(width) };
      }),
      stopSigmas: distance.sigmas,
      // A walk without drift in log price (μ = σ²/2 cancels GBM's −σ²/2), so a stop k standard
      // deviations away is touched with 2 × (1 − Φ(k)): the walk the volatility-band lesson's table and its quiz use.
      touchProbability: liquidationProbability({
        spot: entry,
        barrier: stop,
        annualVolatility: vol.toNumber(),
        horizonDays,
        annualDrift: vol.toNumber() ** 2 / 2,
      }),
      stopOnWrongSide: inputs.side === 'long' ? stop.gte(entry) : stop.lte(entry),
    };
  });
}

/** A few seeded GBM sample paths over the horizon (the same seeds give the same paths on every render). */
export function samplePaths(
  entryPrice: string,
  annualVolatility: string,
  horizonHours: string,
  count = 4,
): PricePath[] {
  const start = Number(entryPrice);
  const vol = Number(annualVolatility);
  const days = Number(horizonHours) / 24;
  if (!(start > 0 && vol > 0 && days > 0)) return [];
  return Array.from({ length: count }, (_, i) =>
    gbmPath({
      seed: `volatility-band-${i}`,
      startPrice: start,
      annualVolatility: vol,
      horizonDays: days,
      steps: 96,
    }),
  );
}
