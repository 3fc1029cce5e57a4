'use client';

import type { VenuePosition } from '@liqlab/core';
import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import { useMemo, useState } from 'react';
import { OtherPositionsForm } from '~/components/sandbox/other-positions-form';
import { FALLBACK_MAX_LEVERAGE } from '~/components/sandbox/panel-figures';
import { withOptional } from '~/components/sandbox/position-edits';
import { PositionForm } from '~/components/sandbox/position-form';
import type { PositionDraft } from '~/components/sandbox/sandbox-state';
import { parsePosition } from '~/components/sandbox/scenario-schema-validator';
import { DecimalField } from '~/components/ui/decimal-field';
import { ToggleField } from '~/components/ui/toggle-field';
import { explainFigures, type MarketInputs } from './explain-figures';
import { ExplainResults } from './explain-results';
import { ExplainShareBar } from './explain-share-bar';
import { PositionPaste } from './position-paste';
import { withVenuePosition } from './venue-position-edits';

export interface ExplainViewProps {
  initialPosition: ScenarioPosition;
  initialMarket: MarketInputs;
  title: string;
  notice?: string;
}

/** "Explain my liquidation": the position as the exchange shows it in, the venue's prices explained out. */
export function ExplainView({ initialPosition, initialMarket, title, notice }: ExplainViewProps) {
  const [position, setPosition] = useState<PositionDraft>(initialPosition);
  const [market, setMarket] = useState<MarketInputs>(initialMarket);
  const parsed = useMemo(() => parsePosition(position), [position]);
  const result = useMemo(() => (parsed.ok ? explainFigures(parsed.value, market) : null), [parsed, market]);
  const errors = !parsed.ok
    ? parsed.errors
    : result && !result.ok
      ? result.errors
      : (result?.marketErrors ?? {});
  const onMarket = (patch: Partial<MarketInputs>) => setMarket((current) => ({ ...current, ...patch }));
  const onPasted = (pasted: VenuePosition) => {
    setPosition((current) => withVenuePosition(current, pasted));
    onMarket({
      markPrice: pasted.markPrice ?? '',
      lastPrice: pasted.lastPrice ?? '',
      venueLiquidationPrice: pasted.venueLiquidationPrice ?? '',
    });
  };
  const figures = result?.ok ? result.figures : null;
  const maxLeverage = figures?.explanation.tier?.maxLeverage ?? FALLBACK_MAX_LEVERAGE;

  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Explain my liquidation</h1>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            Enter your position as your exchange shows it, or paste it from the exchange's API. The page
            reproduces the exchange's liquidation and bankruptcy price with its own published formula, line by
            line.
          </p>
          {notice ? (
            <p role="status" className="mt-2 rounded-md border border-caution p-2 text-sm">
              {notice}
            </p>
          ) : null}
        </div>
        <PositionPaste onPosition={onPasted} />
        <PositionForm position={position} onChange={setPosition} errors={errors} maxLeverage={maxLeverage} />
        {position.marginMode === 'cross' ? (
          <OtherPositionsForm position={position} onChange={setPosition} errors={errors} />
        ) : null}
        <fieldset className="grid grid-cols-2 gap-3">
          <legend className="col-span-2 mb-1 text-sm font-semibold">What your exchange shows</legend>
          <ToggleField
            className="col-span-2"
            label="Count the taker fee to close (OKX's and Gate's formulas do)"
            checked={position.fees?.enabled ?? false}
            onChange={(enabled) => setPosition({ ...position, fees: { enabled } })}
          />
          <DecimalField
            className="col-span-2"
            label="Taker fee rate"
            hint="0.0005 = 0.05%"
            value={position.takerFeeRate ?? ''}
            error={errors.takerFeeRate}
            onChange={(value) => setPosition(withOptional(position, 'takerFeeRate', value))}
          />
          <DecimalField
            label="Mark price"
            value={market.markPrice}
            error={errors.markPrice}
            onChange={(markPrice) => onMarket({ markPrice })}
          />
          <DecimalField
            label="Last price"
            value={market.lastPrice}
            error={errors.lastPrice}
            onChange={(lastPrice) => onMarket({ lastPrice })}
          />
          <DecimalField
            className="col-span-2"
            label="Liquidation price your exchange shows"
            value={market.venueLiquidationPrice}
            error={errors.venueLiquidationPrice}
            onChange={(venueLiquidationPrice) => onMarket({ venueLiquidationPrice })}
          />
        </fieldset>
      </div>
      <div className="flex min-w-0 flex-col gap-6">
        {figures && parsed.ok ? (
          <>
            <ExplainResults
              figures={figures}
              position={parsed.value}
              market={market}
              errors={errors}
              onMarket={onMarket}
            />
            <ExplainShareBar position={parsed.value} market={market} defaultTitle={title} />
          </>
        ) : (
          <div
            role="alert"
            className="rounded-md border border-danger p-3 text-sm"
            data-testid="explain-errors"
          >
            <p className="font-semibold">The position cannot be priced yet:</p>
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(errors).map(([field, message]) => (
                <li key={field}>{message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
