'use client';

import { isRules } from '@liqlab/core';
import { useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { FigureList } from '~/components/ui/figure-list';
import { errorFor, unownedError } from '~/lib/engine-result';
import { useNumberFormat } from '~/lib/use-number-format';
import { sizerFigures } from './position-sizer-figures';
import { WidgetFrame } from './widget-frame';

export function PositionSizer(props: {
  defaultBalance: string;
  defaultRiskPercent: string;
  defaultEntry: string;
  defaultStop: string;
  side: string;
  rules: string;
  defaultLeverage: string;
  maintenanceMarginRate: string;
  feeRate?: string;
}) {
  const { formatDecimal } = useNumberFormat();
  const usdt = (value: Parameters<typeof formatDecimal>[0]) => formatDecimal(value, { unit: 'USDT' });
  const side = props.side === 'short' ? 'short' : 'long';
  const rules = isRules(props.rules) ? props.rules : 'binance-usdm';
  const [balance, setBalance] = useState(props.defaultBalance);
  const [riskPercent, setRisk] = useState(props.defaultRiskPercent);
  const [entry, setEntry] = useState(props.defaultEntry);
  const [stop, setStop] = useState(props.defaultStop);
  const [leverage, setLeverage] = useState(props.defaultLeverage);
  const [quantityStep, setStep] = useState('0.001');
  const result = sizerFigures({
    balance,
    riskPercent,
    entry,
    stop,
    side,
    rules,
    leverage,
    maintenanceMarginRate: props.maintenanceMarginRate,
    feeRate: props.feeRate ?? '',
    quantityStep,
  });
  const f = result.ok ? result.value : null;
  return (
    <WidgetFrame
      title="Position sizer"
      error={unownedError(result, [
        'balance',
        'riskPercent',
        'entryPrice',
        'stopPrice',
        'leverage',
        'quantityStep',
      ])}
      note="The size comes from the loss you accept at the stop; leverage only decides how much margin you lock up — and where the exchange would liquidate you."
    >
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <DecimalField
          label="Account balance"
          unit="USDT"
          value={balance}
          onChange={setBalance}
          error={errorFor(result, 'balance')}
        />
        <DecimalField
          label="Risk per trade"
          unit="%"
          value={riskPercent}
          onChange={setRisk}
          error={errorFor(result, 'riskPercent')}
        />
        <DecimalField
          label="Entry price"
          unit="USDT"
          value={entry}
          onChange={setEntry}
          error={errorFor(result, 'entryPrice')}
        />
        <DecimalField
          label={`Stop price (${side})`}
          unit="USDT"
          value={stop}
          onChange={setStop}
          error={errorFor(result, 'stopPrice')}
        />
        <DecimalField
          label="Leverage"
          unit="×"
          value={leverage}
          onChange={setLeverage}
          error={errorFor(result, 'leverage')}
        />
        <DecimalField
          label="Quantity step"
          unit="BTC"
          value={quantityStep}
          onChange={setStep}
          error={errorFor(result, 'quantityStep')}
        />
      </div>
      {f?.liquidatedBeforeStop ? (
        <p
          role="alert"
          className="rounded-md border-l-4 border-danger bg-danger/10 p-3 text-sm font-semibold"
        >
          ⚠ The exchange would liquidate you before your stop: the liquidation price {usdt(f.liquidation)}{' '}
          lies at or beyond the stop at {usdt(stop)}. Lower the leverage.
        </p>
      ) : null}
      <FigureList
        figures={[
          { label: 'Risk amount', value: usdt(f?.riskAmount) },
          { label: 'Loss per unit at the stop (incl. fees)', value: usdt(f?.lossPerUnit) },
          {
            label: 'Quantity',
            value: f ? formatDecimal(f.quantity, { digits: 8, trim: true, unit: 'BTC' }) : '—',
            testId: 'sizer-quantity',
          },
          { label: 'Notional value', value: usdt(f?.notional) },
          {
            label: 'Effective leverage on the account',
            value: f ? formatDecimal(f.accountLeverage, { digits: 2, unit: '×' }) : '—',
          },
          { label: `Isolated margin at ${leverage}×`, value: usdt(f?.isolatedMargin) },
          {
            label: 'Liquidation price',
            value: f ? (f.liquidation ? usdt(f.liquidation) : 'none') : '—',
            tone: f?.liquidatedBeforeStop ? 'danger' : 'safe',
          },
          {
            label: 'Highest leverage with liquidation beyond the stop',
            value: f?.maxSafeLeverage ? `${f.maxSafeLeverage}×` : '—',
          },
        ]}
      />
    </WidgetFrame>
  );
}
