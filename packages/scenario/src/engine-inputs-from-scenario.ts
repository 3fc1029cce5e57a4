import { type PositionSpec, type ReplayOptions, ruleSetInfo, venueLiquidationFeeRate } from '@liqlab/core';
import { positionSpecOf } from './position-spec-from-scenario';
import type { ScenarioPosition } from './scenario-position-schema';

/** Margin-ratio levels that raise a warning during the replay (half-way and nearly there). */
export const WARNING_RATIOS = ['0.5', '0.8'] as const;

const MS_PER_HOUR = 60 * 60 * 1000;

/** Everything core needs for one position: the spec, the fee switch for the prices, the replay options. */
export interface EngineInputs {
  position: ScenarioPosition;
  spec: PositionSpec;
  /** Without fees no closing fee enters any formula; with fees, each rule set's own published default. */
  feeOptions: { includeClosingFee?: boolean };
  replayOptions: ReplayOptions;
}

/** Orders, slippage, funding and fees of a scenario as core's replay options (the switches decide). */
export function replayOptionsOf(position: ScenarioPosition): ReplayOptions {
  const slippage =
    Number(position.slippageBps) > 0 ? { kind: 'bps' as const, bps: position.slippageBps } : undefined;
  const trigger = ruleSetInfo(position.rules).stopTriggerDefault;
  return {
    warningRatios: WARNING_RATIOS,
    ...(position.stopLoss ? { stopLoss: { trigger, ...position.stopLoss } } : {}),
    ...(position.takeProfit ? { takeProfit: { trigger, ...position.takeProfit } } : {}),
    ...(slippage ? { slippage } : {}),
    ...(position.funding
      ? { funding: { rate: position.funding.rate, intervalMs: position.funding.intervalHours * MS_PER_HOUR } }
      : {}),
    ...(position.fees.enabled && position.takerFeeRate !== undefined
      ? { fees: feesOf(position, position.takerFeeRate) }
      : {}),
  };
}

/**
 * The trading fees, and the venue's own liquidation fee where it publishes one (venueLiquidationFeeRate:
 * OKX and Gate charge the taker rate, Bybit and Hyperliquid nothing; Binance's rate is unconfirmed, so none).
 */
function feesOf(position: ScenarioPosition, takerFeeRate: string): NonNullable<ReplayOptions['fees']> {
  const liquidationFeeRate = venueLiquidationFeeRate(position.rules, takerFeeRate);
  return liquidationFeeRate === null || liquidationFeeRate.isZero()
    ? { takerFeeRate }
    : { takerFeeRate, liquidationFeeRate: liquidationFeeRate.toString() };
}

/** Maps a valid scenario position onto core's inputs. Pure: the same position always gives the same inputs. */
export function engineInputsOf(position: ScenarioPosition): EngineInputs {
  return {
    position,
    spec: positionSpecOf(position),
    feeOptions: position.fees.enabled ? {} : { includeClosingFee: false },
    replayOptions: replayOptionsOf(position),
  };
}
