'use client';

import { useState } from 'react';
import { scale } from '~/components/ui/chart-geometry';
import { DecimalField } from '~/components/ui/decimal-field';
import { FigureList } from '~/components/ui/figure-list';
import { RangeField } from '~/components/ui/range-field';
import { errorFor, unownedError } from '~/lib/engine-result';
import { useNumberFormat } from '~/lib/use-number-format';
import { accruedInterest, marginLevelFigures } from './margin-level-figures';
import { WidgetFrame } from './widget-frame';

const ZONE_TEXT = {
  safe: '✓ Above the margin-call level',
  'margin-call': '! Margin call: add collateral or repay',
  liquidation: '✕ At or below the liquidation level',
} as const;

export function MarginLevelGauge(props: {
  baseAsset: string;
  quoteAsset: string;
  baseLiability: string;
  quoteLiability: string;
  interest: string;
  price: string;
  marginCallLevel: string;
  liquidationLevel: string;
}) {
  const { formatDecimal } = useNumberFormat();
  const account = {
    baseAsset: props.baseAsset,
    quoteAsset: props.quoteAsset,
    baseLiability: props.baseLiability,
    quoteLiability: props.quoteLiability,
  };
  const [price, setPrice] = useState(props.price);
  const [interest, setInterest] = useState(props.interest);
  const [dailyRate, setDailyRate] = useState('0.0005');
  const [days, setDays] = useState('30');
  const result = marginLevelFigures({
    account,
    interest,
    price,
    marginCallLevel: props.marginCallLevel,
    liquidationLevel: props.liquidationLevel,
  });
  const accrued = accruedInterest(account, price, dailyRate, days);
  const f = result.ok ? result.value : null;
  const start = Number(props.price) || 1;

  // Gauge scale: level 1.0 (debt equals assets) to comfortably above the margin call.
  const call = Number(props.marginCallLevel);
  const liq = Number(props.liquidationLevel);
  const top = Math.max(2, call * 1.5);
  const W = 600;
  const x = (v: number) => scale(Math.min(top, Math.max(1, v)), { min: 1, max: top }, 0, W);
  const level = f?.level.isFinite() ? f.level.toNumber() : top;

  return (
    <WidgetFrame
      title="Margin level gauge"
      error={unownedError(result, ['price', 'interest'])}
      note="Margin level = total assets ÷ (debt + accrued interest), valued at the current price (Binance Margin)."
    >
      <RangeField
        label="Price of the base asset"
        value={price}
        min={Math.round(start * 0.5)}
        max={Math.round(start * 1.3)}
        step={Math.max(1, 10 ** (Math.floor(Math.log10(start)) - 3))}
        onChange={setPrice}
        valueText={formatDecimal(Number(price) > 0 ? price : null, { unit: 'USDT' })}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <DecimalField
          label="Price"
          unit="USDT"
          value={price}
          onChange={setPrice}
          error={errorFor(result, 'price')}
        />
        <DecimalField
          label="Accrued interest"
          unit="USDT"
          value={interest}
          onChange={setInterest}
          error={errorFor(result, 'interest')}
        />
      </div>
      <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
        <legend className="px-1 text-xs font-normal">Interest helper: days at a daily rate</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <DecimalField
            label="Daily rate (0.0005 = 0.05%)"
            value={dailyRate}
            onChange={setDailyRate}
            error={errorFor(accrued, 'ratePerPeriod')}
          />
          <DecimalField label="Days" value={days} onChange={setDays} error={errorFor(accrued, 'periods')} />
          <button
            type="button"
            disabled={!accrued.ok}
            onClick={() => accrued.ok && setInterest(accrued.value.toDecimalPlaces(2).toString())}
            className="self-end rounded-md border border-safe px-3 py-1.5 text-sm font-normal text-safe disabled:opacity-50"
          >
            Use {accrued.ok ? formatDecimal(accrued.value, { unit: 'USDT' }) : '—'}
          </button>
        </div>
      </fieldset>
      <div>
        <svg
          viewBox={`0 0 ${W} 44`}
          className="h-auto w-full"
          role="img"
          aria-label={`Margin level ${f ? formatDecimal(f.level, { digits: 3 }) : 'unknown'}; margin call at ${props.marginCallLevel}, liquidation at ${props.liquidationLevel}`}
        >
          <rect x={0} y={8} width={x(liq)} height={20} className="fill-danger/70" />
          <rect x={x(liq)} y={8} width={x(call) - x(liq)} height={20} className="fill-caution/70" />
          <rect x={x(call)} y={8} width={W - x(call)} height={20} className="fill-safe/60" />
          <polygon
            points={`${x(level) - 7},0 ${x(level) + 7},0 ${x(level)},12`}
            className="fill-slate-900 dark:fill-white"
          />
          <line
            x1={x(level)}
            x2={x(level)}
            y1={8}
            y2={32}
            className="stroke-slate-900 dark:stroke-white"
            strokeWidth={3}
          />
          <text x={x(liq)} y={42} textAnchor="middle" className="fill-slate-700 text-xs dark:fill-slate-300">
            {props.liquidationLevel}
          </text>
          <text x={x(call)} y={42} textAnchor="middle" className="fill-slate-700 text-xs dark:fill-slate-300">
            {props.marginCallLevel}
          </text>
        </svg>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Zones: <span className="font-semibold text-danger">■ liquidation</span> ·{' '}
          <span className="font-semibold text-caution-ink">■ margin call</span> ·{' '}
          <span className="font-semibold text-safe">■ safe</span>
        </p>
      </div>
      <FigureList
        figures={[
          {
            label: 'Margin level',
            value: f ? (f.level.isFinite() ? formatDecimal(f.level, { digits: 3 }) : '∞ (no debt)') : '—',
            testId: 'margin-level',
          },
          {
            label: 'Status',
            value: f ? ZONE_TEXT[f.zone] : '—',
            tone: f
              ? f.zone === 'safe'
                ? 'safe'
                : f.zone === 'margin-call'
                  ? 'caution'
                  : 'danger'
              : undefined,
          },
          {
            label: `Margin call (level ${props.marginCallLevel}) at`,
            value: f?.marginCallPrice ? formatDecimal(f.marginCallPrice, { unit: 'USDT' }) : 'never',
            tone: 'caution',
          },
          {
            label: `Liquidation (level ${props.liquidationLevel}) at`,
            value: f?.liquidationPrice ? formatDecimal(f.liquidationPrice, { unit: 'USDT' }) : 'never',
            tone: 'danger',
          },
          {
            label: 'Current leverage',
            value: f?.leverage ? formatDecimal(f.leverage, { digits: 2, unit: '×' }) : '—',
          },
        ]}
      />
    </WidgetFrame>
  );
}
