import { Decimal, liquidationPrice, type PricePath, type ReplayResult } from '@liqlab/core';
import { engineInputsOf } from '@liqlab/scenario/engine-inputs-from-scenario';
import { suggestedStopPrice } from '@liqlab/scenario/position-warnings';
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
      // No trigger named: the replay uses the venue's default trigger price, as a new order in the form.
      return { ...a, stopLoss: { price: change.price } };
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

/** A liquidation distance this much larger or smaller (relative) counts as a difference that matters. */
export const MATERIAL_DISTANCE_CHANGE = new Decimal('0.25');

/** The draft's entry and liquidation price (null: none), or null when the draft does not compute. */
function entryAndLiquidation(position: PositionDraft): { entry: Decimal; liq: Decimal | null } | null {
  const parsed = parsePosition(position);
  if (!parsed.ok) return null;
  try {
    const { spec, feeOptions } = engineInputsOf(parsed.value);
    return { entry: new Decimal(parsed.value.entryPrice), liq: liquidationPrice(spec, feeOptions) };
  } catch {
    return null;
  }
}

/** |entry − liquidation| / entry, or null without a liquidation price. */
function liquidationDistance(position: PositionDraft): Decimal | null {
  const prices = entryAndLiquidation(position);
  return prices?.liq ? prices.entry.minus(prices.liq).abs().div(prices.entry) : null;
}

/**
 * The variant B the Compare tab opens with: one that matters. The first of these that ends differently
 * from A on this path wins — A without its stop (or with a stop that fires before the liquidation),
 * half the leverage, the other margin mode; if none does, half the leverage (2× from 1×), whose
 * liquidation price moves by far more than MATERIAL_DISTANCE_CHANGE even when both survive.
 */
export function defaultVariantChange(a: PositionDraft, path: PricePath, marginAsset: string): VariantChange {
  const leverage = Number(a.leverage);
  const lower: VariantChange = {
    kind: 'leverage',
    leverage: leverage > 1 ? String(Math.max(1, Math.floor(leverage / 2))) : '2',
  };
  const prices = entryAndLiquidation(a);
  const candidates: VariantChange[] = [
    ...(a.stopLoss ? [{ kind: 'stop-loss', price: a.stopLoss.price } as const] : []),
    ...(!a.stopLoss && prices
      ? [
          {
            kind: 'stop-loss',
            price: suggestedStopPrice(prices.entry, a.side, prices.liq).toFixed(),
          } as const,
        ]
      : []),
    lower,
    { kind: 'margin-mode', walletBalance: '10000' },
  ];
  const outcomeA = replayVariant(a, path, marginAsset);
  if (!outcomeA.ok) return lower;
  for (const change of candidates) {
    const b = replayVariant(variantOf(a, change), path, marginAsset);
    if (b.ok && b.replay.outcome !== outcomeA.replay.outcome) return change;
  }
  return lower;
}

/** Whether B's liquidation distance differs from A's by at least MATERIAL_DISTANCE_CHANGE (relative). */
export function materiallyDifferentDistance(a: PositionDraft, b: PositionDraft): boolean {
  const da = liquidationDistance(a);
  const db = liquidationDistance(b);
  if (da === null || db === null) return da !== db;
  return da.minus(db).abs().div(da).gte(MATERIAL_DISTANCE_CHANGE);
}
