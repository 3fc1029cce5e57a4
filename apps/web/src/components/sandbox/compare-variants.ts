import type { PricePath, ReplayResult } from '@liqlab/core';
import { engineInputsOf } from '@liqlab/scenario/engine-inputs-from-scenario';
import { replayEngineInputs } from '@liqlab/scenario/replay-scenario';
import { engineFieldErrors, type FieldErrors } from './field-errors';
import type { PositionDraft } from './sandbox-state';
import { parsePosition } from './scenario-schema-validator';

/** What variant B changes relative to A, so the comparison isolates one decision. */
export type VariantChange =
  | { kind: 'leverage'; leverage: string }
  | { kind: 'margin-mode'; walletBalance: string }
  | { kind: 'stop-loss'; price: string };

export function variantOf(a: PositionDraft, change: VariantChange): PositionDraft {
  switch (change.kind) {
    case 'leverage': {
      const { margin: _margin, ...rest } = a;
      return { ...rest, leverage: change.leverage };
    }
    case 'margin-mode': {
      if (a.marginMode === 'cross') {
        const { walletBalance: _wallet, otherPositions: _others, ...rest } = a;
        return { ...rest, marginMode: 'isolated' };
      }
      const { margin: _margin, ...rest } = a;
      return { ...rest, marginMode: 'cross', walletBalance: change.walletBalance };
    }
    case 'stop-loss': {
      if (a.stopLoss) {
        const { stopLoss: _stop, ...rest } = a;
        return rest;
      }
      return { ...a, stopLoss: { price: change.price, trigger: 'mark' } };
    }
  }
}

export type VariantOutcome =
  | { ok: true; replay: ReplayResult; marginAsset: string }
  | { ok: false; errors: FieldErrors };

export function replayVariant(position: PositionDraft, path: PricePath, marginAsset: string): VariantOutcome {
  const parsed = parsePosition(position);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, replay: replayEngineInputs(engineInputsOf(parsed.value), path), marginAsset };
  } catch (error) {
    return { ok: false, errors: engineFieldErrors(error) };
  }
}

/** A plain-words verdict for one variant's replay. */
export function verdictOf(replay: ReplayResult): string {
  switch (replay.outcome) {
    case 'liquidated':
      return 'Liquidated';
    case 'stopped-out':
      return 'Stopped out — survived';
    case 'took-profit':
      return 'Took profit — survived';
    case 'open':
      return 'Survived to the end';
  }
}
