import type { CaseStudy } from '@liqlab/content/case-studies/case-study-schema';
import { Decimal, formatPercent, markedMoney, type ReplayResult } from '@liqlab/core';
import {
  CASE_STUDY_MARGIN,
  caseStudyOutcome,
  caseStudyScenario,
  caseStudyTicks,
  highestSurvivingLeverage,
  reconstructionPrices,
} from '@liqlab/scenario/case-study-scenario';
import { replayScenario } from '@liqlab/scenario/replay-scenario';
import { encodeScenarioState } from '@liqlab/scenario/scenario-state-codec';

/** The leverages every case study's table shows, plus its highest surviving one. */
export const SHOWN_LEVERAGES = [2, 3, 5, 10, 20] as const;
/** The stop example: a 10× long with a stop-market 5% below the entry and 1% slippage. */
export const STOP_EXAMPLE = { leverage: 10, stopPercentBelowEntry: '5', stopSlippageBps: '100' } as const;

const OUTCOME_WORDS: Record<ReplayResult['outcome'], string> = {
  open: 'survived',
  'stopped-out': 'stopped out',
  'took-profit': 'took profit',
  liquidated: 'liquidated',
};

export interface LeverageRow {
  leverage: number;
  liquidationPrice: string;
  /** For drawing only. */
  liquidationPriceOnChart: number;
  outcome: string;
  liquidated: boolean;
  marginLeft: string;
}

export interface CaseStudyFigures {
  entryPrice: string;
  /** The isolated margin every replayed long opens with. */
  margin: string;
  lowPrice: string;
  /** The fall from the entry to the low, as a percentage. */
  fall: string;
  highestSurvivingLeverage: number | null;
  rows: LeverageRow[];
  stop: {
    trigger: string;
    triggeredAt: string;
    fill: string;
    marginLeft: string;
    plannedLoss: string;
    actualLoss: string;
  };
  /** Chart data (display geometry only: the figures above stay exact). */
  chart: { prices: number[]; lowIndex: number };
  /** Opens the highest surviving leverage's trade in the sandbox. */
  sandboxHref: string;
}

// The engine's figures, marked (core's figure marks) so the page shows each at the reader's decimal
// places (ReaderText); the sourced historical prices the page also prints stay as their sources give them.
const usdt = (value: Decimal) => `${markedMoney(value)}\u2009USDT`;

/** Every figure a case study page prints, each from the engine's replay of the reconstruction. */
export function caseStudyFigures(study: CaseStudy): CaseStudyFigures {
  const prices = reconstructionPrices(study).map((p) => p.price);
  const entry = prices[0]!;
  const low = Decimal.min(...prices);
  const highest = highestSurvivingLeverage(study);
  const leverages = [...new Set([...SHOWN_LEVERAGES, ...(highest === null ? [] : [highest])])].sort(
    (a, b) => a - b,
  );
  const rows = leverages.map((leverage) => {
    const outcome = caseStudyOutcome(study, { leverage });
    return {
      leverage,
      liquidationPrice: usdt(outcome.liquidationPrice ?? new Decimal(0)),
      liquidationPriceOnChart: (outcome.liquidationPrice ?? new Decimal(0)).toNumber(),
      outcome: OUTCOME_WORDS[outcome.outcome],
      liquidated: outcome.outcome === 'liquidated',
      marginLeft: usdt(outcome.marginLeft),
    };
  });
  const stopScenario = caseStudyScenario(study, STOP_EXAMPLE);
  const stopped = replayScenario(stopScenario).result;
  const stopEvent = stopped.events.find((event) => event.type === 'stop-loss');
  const margin = new Decimal(CASE_STUDY_MARGIN);
  const trigger = new Decimal(stopScenario.position.stopLoss?.price ?? 0);
  const quantity = margin.times(STOP_EXAMPLE.leverage).div(entry);
  const ticks = caseStudyTicks(study);
  const chartPrices = ticks.map(([, price]) => Number(price));
  return {
    entryPrice: usdt(entry),
    margin: usdt(margin),
    lowPrice: usdt(low),
    fall: formatPercent(entry.minus(low).div(entry), 1),
    highestSurvivingLeverage: highest,
    rows,
    stop: {
      trigger: usdt(trigger),
      triggeredAt: stopEvent ? usdt(stopEvent.mark) : '—',
      fill: stopEvent ? usdt(stopEvent.price) : '—',
      marginLeft: usdt(stopped.residual),
      plannedLoss: usdt(quantity.times(entry.minus(trigger))),
      actualLoss: usdt(margin.minus(stopped.residual)),
    },
    chart: { prices: chartPrices, lowIndex: ticks.findIndex(([, price]) => new Decimal(price).eq(low)) },
    sandboxHref: `/sandbox?state=${encodeScenarioState(caseStudyScenario(study, { leverage: highest ?? 1 }))}`,
  };
}
