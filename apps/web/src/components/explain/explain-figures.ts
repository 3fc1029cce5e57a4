import {
  type Decimal,
  distanceToLiquidation,
  explainLiquidation,
  type LiquidationExplanation,
  type SurvivingAMove,
  survivingAMove,
  toDecimal,
  volatilityBand,
} from '@liqlab/core';
import { engineInputsOf } from '@liqlab/scenario/engine-inputs-from-scenario';
import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import { type TierTableFacts, tierTableOf } from '@liqlab/scenario/tier-table-facts';
import { engineFieldErrors, type FieldErrors } from '~/components/sandbox/field-errors';

/** What the learner's exchange showed beside the position, and the move to test (all optional text). */
export interface MarketInputs {
  markPrice: string;
  lastPrice: string;
  /** The venue's own liquidation price, to set against the engine's. */
  venueLiquidationPrice: string;
  /** An adverse move in percent ("8" = 8% against the position); empty: the volatility band's edge. */
  movePercent: string;
  annualVolatility: string;
  horizonDays: string;
}

export const DEFAULT_MARKET: MarketInputs = {
  markPrice: '',
  lastPrice: '',
  venueLiquidationPrice: '',
  movePercent: '',
  annualVolatility: '0.6',
  horizonDays: '1',
};

export interface ExplainFigures {
  explanation: LiquidationExplanation;
  table: TierTableFacts | null;
  /** The price the page reasons from: the mark price if given, else the entry. */
  reference: { price: Decimal; isMark: boolean };
  mark: Decimal | null;
  last: Decimal | null;
  /** Engine minus venue, and that difference over the venue's figure. */
  venue: { price: Decimal; difference: Decimal; relative: Decimal } | null;
  band: {
    lower: Decimal;
    upper: Decimal;
    /** The edge on the losing side: lower for a long, upper for a short. */
    adverse: Decimal;
    /** Whether the liquidation price lies inside the band (ordinary noise can reach it). */
    reachesLiquidation: boolean;
    annualVolatility: number;
    horizonDays: number;
  } | null;
  distance: { percent: Decimal; sigmas: number } | null;
  move: { percent: Decimal; fromBand: boolean; outcome: SurvivingAMove } | null;
}

/** Market inputs that cannot be read leave their figures out (named in `marketErrors`), not the explanation. */
export type ExplainResult =
  | { ok: true; figures: ExplainFigures; marketErrors: FieldErrors }
  | { ok: false; errors: FieldErrors };

function optionalPrice(text: string, field: string, errors: FieldErrors): Decimal | null {
  if (text.trim() === '') return null;
  try {
    const value = toDecimal(text, field);
    if (value.gt(0)) return value;
    errors[field] =
      `${field === 'markPrice' ? 'The mark price' : field === 'lastPrice' ? 'The last price' : 'The price'} must be above zero.`;
  } catch {
    errors[field] = 'Write a decimal number such as 60000 or 0.5.';
  }
  return null;
}

function positiveNumber(text: string, field: string, what: string, errors: FieldErrors): number | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) {
    errors[field] = `${what} must be a number above zero.`;
    return null;
  }
  return value;
}

/**
 * Everything the explain page shows for a schema-valid position: the engine's explanation, the table's
 * provenance, mark against last, the venue's own figure against the engine's, the volatility band over
 * the chosen horizon and what would have survived a move to its edge (or to the move the learner gives).
 */
export function explainFigures(position: ScenarioPosition, market: MarketInputs): ExplainResult {
  const errors: FieldErrors = {};
  const { spec, feeOptions } = engineInputsOf(position);
  let explanation: LiquidationExplanation;
  try {
    explanation = explainLiquidation(spec, { liquidation: feeOptions });
  } catch (error) {
    return { ok: false, errors: engineFieldErrors(error) };
  }
  const mark = optionalPrice(market.markPrice, 'markPrice', errors);
  const last = optionalPrice(market.lastPrice, 'lastPrice', errors);
  const venuePrice = optionalPrice(market.venueLiquidationPrice, 'venueLiquidationPrice', errors);
  const sigma = positiveNumber(market.annualVolatility, 'annualVolatility', 'The volatility', errors);
  const days = positiveNumber(market.horizonDays, 'horizonDays', 'The horizon', errors);
  let movePercent: Decimal | null = null;
  if (market.movePercent.trim() !== '') {
    try {
      movePercent = toDecimal(market.movePercent, 'movePercent');
      if (movePercent.lte(0) || movePercent.gte(100)) throw new Error('out of range');
    } catch {
      errors.movePercent = 'The move is a percentage above 0 and below 100 (8 = 8% against you).';
      movePercent = null;
    }
  }

  const entry = toDecimal(position.entryPrice, 'entryPrice');
  const reference = mark ? { price: mark, isMark: true } : { price: entry, isMark: false };
  const long = position.side === 'long';
  const liquidation = explanation.liquidationPrice;
  let band: ExplainFigures['band'] = null;
  if (sigma !== null && days !== null) {
    const edges = volatilityBand({ price: reference.price, annualVolatility: sigma, horizonDays: days });
    const adverse = long ? edges.lower : edges.upper;
    band = {
      lower: edges.lower,
      upper: edges.upper,
      adverse,
      reachesLiquidation:
        liquidation !== null && (long ? liquidation.gte(adverse) : liquidation.lte(adverse)),
      annualVolatility: sigma,
      horizonDays: days,
    };
  }
  const distance =
    liquidation !== null && sigma !== null && days !== null
      ? distanceToLiquidation(reference.price, liquidation, sigma, days)
      : null;

  // The move is measured from the reference price, against the position.
  let move: ExplainFigures['move'] = null;
  const target = movePercent
    ? reference.price.times(
        movePercent
          .div(100)
          .times(long ? -1 : 1)
          .plus(1),
      )
    : band?.adverse;
  if (target?.gt(0)) {
    const percent = movePercent ?? target.minus(reference.price).abs().div(reference.price).times(100);
    try {
      move = { percent, fromBand: movePercent === null, outcome: survivingAMove(spec, target, feeOptions) };
    } catch (error) {
      return { ok: false, errors: engineFieldErrors(error) };
    }
  }

  const maintenance = position.maintenance;
  return {
    ok: true,
    marketErrors: errors,
    figures: {
      explanation,
      table:
        maintenance.kind === 'tiers' || maintenance.kind === 'custom-tiers' ? tierTableOf(maintenance) : null,
      reference,
      mark,
      last,
      venue:
        venuePrice && liquidation
          ? {
              price: venuePrice,
              difference: liquidation.minus(venuePrice),
              relative: liquidation.minus(venuePrice).div(venuePrice),
            }
          : null,
      band,
      distance,
      move,
    },
  };
}
