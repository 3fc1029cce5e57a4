import type { CaseStudy } from '@liqlab/content/case-studies/case-study-schema';
import { Decimal, type ReplayResult } from '@liqlab/core';
import { replayScenario } from './replay-scenario';
import { type ScenarioInput, type ScenarioInputDraft, scenarioInputSchema } from './scenario-schema';

/** Every case study replays the same trade so the events compare: 1,000 USDT of isolated margin. */
export const CASE_STUDY_MARGIN = '1000';
/** One tick every 15 minutes between published points (and one at each point). */
const TICK_MS = 15 * 60_000;
/** Whole leverages the engine accepts for the bundled Binance BTCUSDT table at this margin. */
export const CASE_STUDY_MAX_LEVERAGE = 125;

/** The price each reconstruction point draws: the cited fact's. */
export function reconstructionPrices(study: CaseStudy): { time: number; price: Decimal }[] {
  return study.reconstruction.map((point) => {
    const fact = study.facts.find((f) => f.id === point.fact);
    if (fact?.price === undefined) throw new Error(`${study.id}: point ${point.at} draws no price fact`);
    return { time: Date.parse(point.at.replace('Z', ':00Z')), price: new Decimal(fact.price) };
  });
}

/**
 * The reconstructed path as ticks: straight lines between the published points, rounded to the cent.
 * Mark and last are the same price here: the reports give one price per moment, not each venue's mark.
 */
export function caseStudyTicks(study: CaseStudy): [number, string][] {
  const points = reconstructionPrices(study);
  const ticks: [number, string][] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    for (let t = from.time; t < to.time; t += TICK_MS) {
      const share = new Decimal(t - from.time).div(to.time - from.time);
      ticks.push([t, from.price.plus(to.price.minus(from.price).times(share)).toDecimalPlaces(2).toFixed()]);
    }
  }
  const last = points[points.length - 1]!;
  ticks.push([last.time, last.price.toFixed()]);
  return ticks;
}

export interface CaseStudyTrade {
  leverage: number;
  /** A stop-market this many percent below the entry, triggered by the mark price. */
  stopPercentBelowEntry?: string;
  /** The stop's assumed slippage, in basis points of its trigger price. */
  stopSlippageBps?: string;
}

/**
 * A long opened at the reconstruction's first price on Binance USDS-M (isolated, the bundled BTCUSDT
 * maintenance table, fees off so that only the price decides), replayed along the reconstruction.
 */
export function caseStudyScenario(study: CaseStudy, trade: CaseStudyTrade): ScenarioInput {
  const entry = reconstructionPrices(study)[0]!.price;
  const stopPrice =
    trade.stopPercentBelowEntry === undefined
      ? undefined
      : entry
          .times(new Decimal(1).minus(new Decimal(trade.stopPercentBelowEntry).div(100)))
          .toDecimalPlaces(2);
  const draft: ScenarioInputDraft = {
    title: `${study.title}: ${trade.leverage}× long`,
    notes: `Reconstructed from published prices (straight lines between them); see the case study "${study.id}".`,
    position: {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: entry.toFixed(),
      size: { unit: 'quote', notional: new Decimal(CASE_STUDY_MARGIN).times(trade.leverage).toFixed() },
      leverage: String(trade.leverage),
      margin: CASE_STUDY_MARGIN,
      maintenance: { kind: 'tiers', preset: 'binance-btcusdt' },
      fees: { enabled: false },
      ...(stopPrice === undefined
        ? {}
        : { stopLoss: { price: stopPrice.toFixed(), trigger: 'mark' as const } }),
      ...(trade.stopSlippageBps === undefined ? {} : { slippageBps: trade.stopSlippageBps }),
    },
    path: { kind: 'ticks', ticks: caseStudyTicks(study) },
  };
  return scenarioInputSchema.parse(draft);
}

export interface CaseStudyOutcome {
  leverage: number;
  /** Liquidation price at the open. */
  liquidationPrice: Decimal | null;
  outcome: ReplayResult['outcome'];
  /** What is left of the 1,000 USDT margin at the close, or at the end of the path if still open. */
  marginLeft: Decimal;
}

/** The trade replayed by the engine at one leverage. */
export function caseStudyOutcome(study: CaseStudy, trade: CaseStudyTrade): CaseStudyOutcome {
  const replay = replayScenario(caseStudyScenario(study, trade));
  return {
    leverage: trade.leverage,
    liquidationPrice: replay.liquidation,
    outcome: replay.result.outcome,
    marginLeft: replay.result.residual,
  };
}

/**
 * The highest whole leverage whose long survives the reconstruction (null when even 1× does not).
 * Scans upwards and stops at the first liquidation: a higher leverage puts a long's liquidation price
 * higher, so nothing above the first liquidated leverage can survive (the tests check the neighbour).
 */
export function highestSurvivingLeverage(study: CaseStudy): number | null {
  let survivor: number | null = null;
  for (let leverage = 1; leverage <= CASE_STUDY_MAX_LEVERAGE; leverage++) {
    if (caseStudyOutcome(study, { leverage }).outcome === 'liquidated') break;
    survivor = leverage;
  }
  return survivor;
}
