import { Decimal, initialMargin, marginAssetValueOf, PATH_SHAPES, ruleSetInfo } from '@liqlab/core';
import { replayScenario } from '@liqlab/scenario/replay-scenario';
import type { ScenarioOutcome } from '@liqlab/scenario/scenario-outcome';
import type { ScenarioInput } from '@liqlab/scenario/scenario-schema';

export interface TriggerFact {
  price: Decimal;
  trigger: 'mark' | 'last';
}

/**
 * A scenario's setup as facts for a reader, every figure computed by the scenario model and core
 * (never copied from the form): what the shared page states before its chart.
 */
export interface ScenarioSetup {
  exchange: string;
  side: 'long' | 'short';
  /** Coins for a linear contract, contracts for an inverse one. */
  quantity: Decimal;
  quantityUnit: string;
  /** The position's value at entry, in the margin asset. */
  notional: Decimal;
  marginAsset: string;
  leverage: Decimal;
  marginMode: 'isolated' | 'cross';
  /** Cross only: the wallet that backs the position. */
  walletBalance: Decimal | null;
  initialMargin: Decimal;
  entryPrice: Decimal;
  /** At the open, as the sandbox shows it; null when the position cannot be liquidated. */
  liquidationPrice: Decimal | null;
  stopLoss: TriggerFact | null;
  takeProfit: TriggerFact | null;
  feesIncluded: boolean;
  path: {
    /** How the path is made: "Flash-crash wick", "Random walk (GBM)", "Uploaded price path". */
    kind: string;
    ticks: number;
    durationMs: number;
    start: Decimal;
    /** The lowest and highest mark price along the path (what liquidation follows). */
    lowestMark: Decimal;
    highestMark: Decimal;
    /** The lowest and highest last price, when the path has one apart from the mark (wicks). */
    lowestLast: Decimal | null;
    highestLast: Decimal | null;
  };
  outcome: ScenarioOutcome;
}

const extremes = (values: Float64Array) => {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return { low: new Decimal(low), high: new Decimal(high) };
};

function pathKind(path: ScenarioInput['path']): string {
  if (path.kind === 'ticks') return 'Uploaded price path';
  const name = path.kind === 'gbm' ? 'gbm' : path.name;
  return PATH_SHAPES.find((shape) => shape.name === name)?.title ?? name;
}

/** An order as the replay runs it (the venue's default trigger filled in by the scenario model; core's own default is the mark). */
const triggerFact = (order: { price: unknown; trigger?: 'mark' | 'last' } | undefined): TriggerFact | null =>
  order ? { price: new Decimal(String(order.price)), trigger: order.trigger ?? 'mark' } : null;

/** The setup of a schema-valid scenario, replayed exactly as the sandbox and the shared chart replay it. */
export function scenarioSetup(scenario: Pick<ScenarioInput, 'position' | 'path'>): ScenarioSetup {
  const { inputs, path, liquidation, result } = replayScenario(scenario);
  const { position } = inputs;
  const info = ruleSetInfo(position.rules);
  const quantity = new Decimal(inputs.spec.quantity as string);
  const entryPrice = new Decimal(position.entryPrice);
  const mark = extremes(path.mark);
  const last = path.last ? extremes(path.last) : null;
  const ticks = path.t.length;
  return {
    exchange: info.name,
    side: position.side,
    quantity,
    quantityUnit: info.contract === 'inverse' ? 'contracts' : 'BTC',
    notional: marginAssetValueOf(position.rules, quantity, entryPrice, position.contractSize),
    marginAsset: info.marginAsset,
    leverage: new Decimal(position.leverage),
    marginMode: position.marginMode,
    walletBalance: position.walletBalance === undefined ? null : new Decimal(position.walletBalance),
    initialMargin: initialMargin(inputs.spec),
    entryPrice,
    liquidationPrice: liquidation,
    stopLoss: triggerFact(inputs.replayOptions.stopLoss),
    takeProfit: triggerFact(inputs.replayOptions.takeProfit),
    feesIncluded: position.fees.enabled,
    path: {
      kind: pathKind(scenario.path),
      ticks,
      durationMs: ticks > 1 ? (path.t[ticks - 1] as number) - (path.t[0] as number) : 0,
      start: new Decimal(path.mark[0] as number),
      lowestMark: mark.low,
      highestMark: mark.high,
      lowestLast: last?.low ?? null,
      highestLast: last?.high ?? null,
    },
    outcome: result.outcome,
  };
}
