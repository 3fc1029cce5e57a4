'use client';

import type { PricePath } from '@liqlab/core';
import { closingEvent, ruleSetInfo } from '@liqlab/core';
import { useMemo, useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { SelectField } from '~/components/ui/select-field';
import { returnedText } from '~/components/ui/settlement-note';
import { useNumberFormat } from '~/lib/use-number-format';
import {
  defaultVariantChange,
  replayVariant,
  type VariantChange,
  type VariantOutcome,
  variantOf,
  verdictOf,
} from './compare-variants';
import type { PositionDraft } from './sandbox-state';

type ChangeKind = VariantChange['kind'];

function Outcome({ title, outcome, testId }: { title: string; outcome: VariantOutcome; testId: string }) {
  const { formatDecimal, priceDigits, amountDigits } = useNumberFormat();
  if (!outcome.ok) {
    return (
      <div className="rounded-lg border border-danger/50 p-3" data-testid={testId}>
        <h3 className="font-semibold">{title}</h3>
        <p className="text-sm text-danger">{Object.values(outcome.errors)[0]}</p>
      </div>
    );
  }
  const { replay, marginAsset } = outcome;
  const liquidated = replay.outcome === 'liquidated';
  const close = closingEvent(replay);
  return (
    <div
      className={`rounded-lg border-2 p-3 ${liquidated ? 'border-danger' : 'border-safe'}`}
      data-testid={testId}
    >
      <h3 className="font-semibold">{title}</h3>
      <p className={`text-sm font-semibold ${liquidated ? 'text-danger' : 'text-safe'}`}>
        {liquidated ? '✖ ' : '✔ '}
        {verdictOf(replay)}
      </p>
      <dl className="mt-1 grid grid-cols-2 gap-x-2 text-sm">
        <dt>Final equity</dt>
        <dd className="text-right tabular-nums" data-testid={`${testId}-equity`}>
          {returnedText(replay.liquidationRemainder, replay.residual, (value) =>
            formatDecimal(value, { digits: amountDigits(marginAsset), unit: marginAsset }),
          )}
        </dd>
        <dt>Net PnL</dt>
        <dd className="text-right tabular-nums">
          {formatDecimal(replay.netPnl, {
            digits: amountDigits(marginAsset),
            unit: marginAsset,
            signed: true,
          })}
        </dd>
        {close ? (
          <>
            <dt>Closed at</dt>
            <dd className="text-right tabular-nums">
              {formatDecimal(close.price, { digits: priceDigits(close.price) })}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

/** Two variants on the same path, differing in one decision: which survives, and with how much. */
export function CompareView({ position, path }: { position: PositionDraft; path: PricePath }) {
  const asset = ruleSetInfo(position.rules).marginAsset;
  // B starts as a change that matters on this path (a different outcome, or a far different liquidation
  // price); the learner can pick another. Computed once, when the tab opens.
  const [initial] = useState(() => defaultVariantChange(position, path, asset));
  const [kind, setKind] = useState<ChangeKind>(initial.kind);
  const [leverage, setLeverage] = useState(initial.kind === 'leverage' ? initial.leverage : '5');
  const [wallet, setWallet] = useState(initial.kind === 'margin-mode' ? initial.walletBalance : '10000');
  const [stop, setStop] = useState(() =>
    initial.kind === 'stop-loss' && !position.stopLoss
      ? initial.price
      : String(Math.round(Number(position.entryPrice) * (position.side === 'long' ? 0.97 : 1.03))),
  );
  const change: VariantChange =
    kind === 'leverage'
      ? { kind, leverage }
      : kind === 'margin-mode'
        ? { kind, walletBalance: wallet }
        : { kind, price: stop };
  const b = variantOf(position, change);
  const outcomes = useMemo(
    () => [replayVariant(position, path, asset), replayVariant(b, path, asset)] as const,
    [position, b, path, asset],
  );
  const describe = (p: PositionDraft) =>
    `${p.leverage}× ${p.marginMode}${p.stopLoss ? `, stop ${p.stopLoss.price}` : ', no stop'}`;
  return (
    <section aria-labelledby="compare-title" className="flex flex-col gap-3">
      <h2 id="compare-title" className="text-sm font-semibold">
        Compare two variants on the same path
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField<ChangeKind>
          label="Variant B changes"
          value={kind}
          options={[
            { value: 'leverage', label: 'The leverage' },
            {
              value: 'margin-mode',
              label: position.marginMode === 'cross' ? 'Cross → isolated' : 'Isolated → cross',
            },
            { value: 'stop-loss', label: position.stopLoss ? 'Without the stop-loss' : 'With a stop-loss' },
          ]}
          onChange={setKind}
        />
        {kind === 'leverage' ? (
          <DecimalField label="Variant B leverage" unit="×" value={leverage} onChange={setLeverage} />
        ) : null}
        {kind === 'margin-mode' && position.marginMode === 'isolated' ? (
          <DecimalField label="Variant B wallet balance" unit={asset} value={wallet} onChange={setWallet} />
        ) : null}
        {kind === 'stop-loss' && !position.stopLoss ? (
          <DecimalField
            label="Variant B stop price"
            unit={ruleSetInfo(position.rules).quoteAsset}
            value={stop}
            onChange={setStop}
          />
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Outcome title={`A: ${describe(position)}`} outcome={outcomes[0]} testId="compare-a" />
        <Outcome title={`B: ${describe(b)}`} outcome={outcomes[1]} testId="compare-b" />
      </div>
    </section>
  );
}
