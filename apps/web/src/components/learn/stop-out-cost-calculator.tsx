'use client';

import { useState } from 'react';
import { domainOf, scale } from '~/components/ui/chart-geometry';
import { DecimalField } from '~/components/ui/decimal-field';
import { FigureList } from '~/components/ui/figure-list';
import { errorFor, unownedError } from '~/lib/engine-result';
import { useNumberFormat } from '~/lib/use-number-format';
import { stopOutFigures } from './stop-out-figures';
import { WidgetFrame } from './widget-frame';

export function StopOutCostCalculator(props: {
  defaultBalance: string;
  defaultRiskPercent: string;
  defaultStopOuts: string;
  defaultNotional: string;
  defaultFeeRate: string;
}) {
  const { formatDecimal, formatPercent } = useNumberFormat();
  const [balance, setBalance] = useState(props.defaultBalance);
  const [riskPercent, setRisk] = useState(props.defaultRiskPercent);
  const [stopOuts, setStopOuts] = useState(props.defaultStopOuts);
  const [notional, setNotional] = useState(props.defaultNotional);
  const [feeRate, setFeeRate] = useState(props.defaultFeeRate);
  const result = stopOutFigures({ balance, riskPercent, stopOuts, notional, feeRate });
  const f = result.ok ? result.value : null;
  const values = f?.balances.map((b) => b.toNumber()) ?? [];
  const W = 600;
  const H = 160;
  const d = domainOf(values, 0.1);
  const bar = values.length > 0 ? (W - 8) / values.length : 0;
  return (
    <WidgetFrame
      title="The cost of consecutive stop-outs"
      error={unownedError(result, ['balance', 'riskPercent', 'stopOuts', 'notional', 'feeRate'])}
      note="Each stop-out risks the stated percent of the balance at that moment; fees are paid to open and to close every trade."
    >
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <DecimalField
          label="Starting balance"
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
          label="Stop-outs in a row"
          value={stopOuts}
          onChange={setStopOuts}
          error={errorFor(result, 'stopOuts')}
        />
        <DecimalField
          label="Notional per trade"
          unit="USDT"
          value={notional}
          onChange={setNotional}
          error={errorFor(result, 'notional')}
        />
        <DecimalField
          label="Taker fee per side"
          value={feeRate}
          onChange={setFeeRate}
          error={errorFor(result, 'feeRate', 'feeRate')}
        />
      </div>
      {f ? (
        <svg
          viewBox={`0 0 ${W} ${H}`}
          className="h-auto w-full"
          role="img"
          aria-label={`Balance after each of ${f.balances.length - 1} stop-outs, from ${formatDecimal(f.balances[0])} down to ${formatDecimal(f.balances.at(-1))} USDT`}
        >
          {values.map((v, i) => (
            <rect
              key={i}
              x={4 + i * bar + 1}
              width={Math.max(1, bar - 2)}
              y={scale(v, d, H - 4, 4)}
              height={H - 4 - scale(v, d, H - 4, 4)}
              className={i === 0 ? 'fill-safe' : 'fill-danger/70'}
            >
              <title>{`${i === 0 ? 'Start' : `After stop-out ${i}`}: ${formatDecimal(f.balances[i], { unit: 'USDT' })}`}</title>
            </rect>
          ))}
        </svg>
      ) : null}
      <FigureList
        figures={[
          { label: 'Total loss without fees', value: formatDecimal(f?.lossWithoutFees, { unit: 'USDT' }) },
          {
            label: 'Total loss with fees',
            value: formatDecimal(f?.lossWithFees, { unit: 'USDT' }),
            tone: 'danger',
          },
          { label: 'Drawdown', value: formatPercent(f?.drawdown), tone: 'danger' },
          {
            label: 'Gain needed to recover',
            value: f?.recoveryGain ? formatPercent(f.recoveryGain) : '—',
            tone: 'caution',
          },
        ]}
      />
    </WidgetFrame>
  );
}
