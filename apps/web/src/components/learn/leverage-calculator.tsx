'use client';

import { useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { FigureList } from '~/components/ui/figure-list';
import { RangeField } from '~/components/ui/range-field';
import { errorFor, unownedError } from '~/lib/engine-result';
import { useNumberFormat } from '~/lib/use-number-format';
import { leverageFigures } from './leverage-figures';
import { WidgetFrame } from './widget-frame';

export function LeverageCalculator({
  defaultEntry,
  defaultQuantity,
  defaultLeverage,
}: {
  defaultEntry: string;
  defaultQuantity: string;
  defaultLeverage: string;
}) {
  const { formatDecimal, formatPercent } = useNumberFormat();
  const [entry, setEntry] = useState(defaultEntry);
  const [quantity, setQuantity] = useState(defaultQuantity);
  const [leverage, setLeverage] = useState(defaultLeverage);
  const result = leverageFigures({ entry, quantity, leverage });
  const f = result.ok ? result.value : null;
  return (
    <WidgetFrame
      title="Leverage calculator"
      error={unownedError(result, ['entryPrice', 'quantity', 'leverage'])}
      note="Move the leverage slider: the notional value and the profit or loss per 1% move do not change — only the margin, and with it the cushion."
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <DecimalField
          label="Entry price"
          unit="USDT"
          value={entry}
          onChange={setEntry}
          error={errorFor(result, 'entryPrice')}
        />
        <DecimalField
          label="Quantity"
          unit="BTC"
          value={quantity}
          onChange={setQuantity}
          error={errorFor(result, 'quantity')}
        />
        <DecimalField
          label="Leverage"
          unit="×"
          value={leverage}
          onChange={setLeverage}
          error={errorFor(result, 'leverage')}
        />
      </div>
      <RangeField
        label="Leverage slider"
        value={leverage}
        min={1}
        max={125}
        step={1}
        onChange={setLeverage}
        valueText={`${leverage}×`}
      />
      <FigureList
        figures={[
          {
            label: 'Notional value',
            value: formatDecimal(f?.notional, { unit: 'USDT' }),
            testId: 'notional',
          },
          {
            label: 'Initial margin',
            value: formatDecimal(f?.initialMargin, { unit: 'USDT' }),
            testId: 'initial-margin',
          },
          { label: 'Profit or loss per 1% move', value: formatDecimal(f?.pnlPerPercent, { unit: 'USDT' }) },
          { label: 'Return on margin per 1% move', value: formatPercent(f?.roePerPercent) },
          {
            label: 'Adverse move that consumes the margin',
            value: f ? (f.moveToWipeOut ? formatPercent(f.moveToWipeOut) : 'none (1× or less)') : '—',
            tone: 'danger',
          },
        ]}
      />
    </WidgetFrame>
  );
}
