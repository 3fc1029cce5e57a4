import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import { Decimal } from '@liqlab/core';
import { DEFAULT_ANALYSIS, type PathDraft, type PositionDraft, type SandboxState } from './sandbox-state';

const percent = (fraction: string) => new Decimal(fraction).times(100).toFixed();

/**
 * A content preset states its path as the move it must show ("magnitude" as a fraction); core's
 * generators take percentages of their own shape. This converts one into the other.
 */
export function pathOfPreset(path: SandboxPreset['path']): PathDraft {
  if (path.kind === 'gbm') {
    return {
      kind: 'gbm',
      seed: path.seed,
      startPrice: path.startPrice,
      annualVolatility: path.annualVolatility,
      annualDrift: path.annualDrift,
      horizonDays: path.horizonDays,
      steps: path.steps,
    };
  }
  const common = { kind: 'named' as const, seed: path.seed, startPrice: path.startPrice, steps: path.steps };
  switch (path.name) {
    case 'flash-crash-wick':
      return {
        ...common,
        name: path.name,
        horizonHours: path.horizonHours,
        wickPercent: percent(path.magnitude),
        markDipPercent: percent(path.markMagnitude ?? path.magnitude),
      };
    case 'slow-bleed':
      return {
        ...common,
        name: path.name,
        horizonDays: path.horizonHours / 24,
        declinePercent: percent(path.magnitude),
      };
    case 'choppy-range':
      return {
        ...common,
        name: path.name,
        horizonHours: path.horizonHours,
        rangePercent: percent(path.magnitude),
      };
    case 'short-squeeze-after-new-high': {
      // Core peaks at pullback × (1 + squeeze), the pullback sitting halfway up the default 8 % new high.
      const pullback = new Decimal('1.04');
      const squeeze = new Decimal(1).plus(path.magnitude).div(pullback).minus(1).times(100);
      return {
        ...common,
        name: path.name,
        horizonHours: path.horizonHours,
        newHighPercent: '8',
        squeezePercent: squeeze.toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN).toFixed(),
      };
    }
  }
}

export function positionOfPreset(preset: SandboxPreset): PositionDraft {
  const p = preset.position;
  return {
    rules: p.rules,
    side: p.side,
    marginMode: p.marginMode,
    entryPrice: p.entryPrice,
    size: { unit: 'quantity', quantity: p.quantity },
    leverage: p.leverage,
    ...(p.margin === undefined ? {} : { margin: p.margin }),
    ...(p.walletBalance === undefined ? {} : { walletBalance: p.walletBalance }),
    ...(p.contractSize === undefined ? {} : { contractSize: p.contractSize }),
    maintenance:
      p.tiersPreset !== undefined
        ? { kind: 'tiers', preset: p.tiersPreset }
        : { kind: 'fixed', rate: p.maintenanceMarginRate ?? '0.005', amount: p.maintenanceAmount ?? '0' },
    ...(p.takerFeeRate === undefined ? {} : { takerFeeRate: p.takerFeeRate }),
    fees: { enabled: false },
    slippageBps: '0',
    ...(preset.stopLoss === undefined ? {} : { stopLoss: { price: preset.stopLoss, trigger: 'mark' } }),
    ...(preset.takeProfit === undefined ? {} : { takeProfit: { price: preset.takeProfit, trigger: 'mark' } }),
  };
}

export function stateOfPreset(preset: SandboxPreset): SandboxState {
  return {
    scenario: {
      title: preset.title,
      notes: preset.description,
      position: positionOfPreset(preset),
      path: pathOfPreset(preset.path),
    },
    analysis: DEFAULT_ANALYSIS,
  };
}
