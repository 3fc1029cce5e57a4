'use client';

import type { MarginMode, Side } from '@liqlab/core';
import { RULE_SET_CATALOG } from '@liqlab/core';
import { useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { FigureList } from '~/components/ui/figure-list';
import { PriceAxis } from '~/components/ui/price-axis';
import { RangeField } from '~/components/ui/range-field';
import { SelectField } from '~/components/ui/select-field';
import { errorFor, unownedError } from '~/lib/engine-result';
import { formatDecimal, formatPercent, priceDigits } from '~/lib/format-decimal';
import {
  type ExplorerInputs,
  explorerFigures,
  explorerInputsFromProps,
  type LiquidationPriceExplorerProps,
} from './liquidation-explorer-figures';

const FIELDS = [
  'entryPrice',
  'quantity',
  'leverage',
  'margin',
  'walletBalance',
  'maintenanceMarginRate',
  'markPrice',
];

export function LiquidationPriceExplorer(props: LiquidationPriceExplorerProps) {
  const [inputs, setInputs] = useState<ExplorerInputs>(() => explorerInputsFromProps(props));
  const set =
    <K extends keyof ExplorerInputs>(key: K) =>
    (value: ExplorerInputs[K]) =>
      setInputs((current) => ({ ...current, [key]: value }));
  const result = explorerFigures(inputs);
  const f = result.ok ? result.value : null;
  const digits = priceDigits(Number(inputs.entryPrice) > 0 ? inputs.entryPrice : '1');
  const price = (value: Parameters<typeof formatDecimal>[0]) =>
    formatDecimal(value, { digits, unit: 'USDT' });

  // Slider range: from a little beyond the bankruptcy price to a little past entry on the winning side.
  const entry = Number(inputs.entryPrice) || 1;
  const long = inputs.side === 'long';
  const liq = f?.liquidation?.toNumber();
  const bk = f?.bankruptcy?.toNumber();
  const far = [liq, bk].filter((v): v is number => v !== undefined);
  const min = long ? Math.min(entry * 0.7, ...far.map((v) => v * 0.97)) : entry * 0.9;
  const max = long ? entry * 1.1 : Math.max(entry * 1.3, ...far.map((v) => v * 1.03));
  const step = 10 ** (Math.floor(Math.log10(entry)) - 4);
  const beyond = f?.marginRatioAtMark.gte(1) ?? false;

  return (
    <section
      aria-label="Liquidation price explorer"
      className="my-8 rounded-xl border border-slate-200 bg-slate-50 p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900/60"
    >
      <h3 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
        Liquidation price explorer
      </h3>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          label="Rules"
          value={inputs.rules}
          onChange={set('rules')}
          options={RULE_SET_CATALOG.map((info) => ({ value: info.id, label: info.name }))}
        />
        <SelectField<Side>
          label="Side"
          value={inputs.side}
          onChange={set('side')}
          options={[
            { value: 'long', label: 'Long' },
            { value: 'short', label: 'Short' },
          ]}
        />
        <SelectField<MarginMode>
          label="Margin mode"
          value={inputs.marginMode}
          onChange={set('marginMode')}
          options={[
            { value: 'isolated', label: 'Isolated' },
            { value: 'cross', label: 'Cross' },
          ]}
        />
        <DecimalField
          label="Entry price"
          unit="USDT"
          value={inputs.entryPrice}
          onChange={set('entryPrice')}
          error={errorFor(result, 'entryPrice')}
        />
        <DecimalField
          label="Quantity"
          value={inputs.quantity}
          onChange={set('quantity')}
          error={errorFor(result, 'quantity')}
        />
        <DecimalField
          label="Leverage"
          unit="×"
          value={inputs.leverage}
          onChange={set('leverage')}
          error={errorFor(result, 'leverage')}
        />
        {inputs.marginMode === 'isolated' ? (
          <DecimalField
            label="Isolated margin (empty: notional ÷ leverage)"
            unit="USDT"
            value={inputs.margin}
            onChange={set('margin')}
            error={errorFor(result, 'margin')}
          />
        ) : (
          <DecimalField
            label="Wallet balance"
            unit="USDT"
            value={inputs.walletBalance}
            onChange={set('walletBalance')}
            error={errorFor(result, 'walletBalance')}
          />
        )}
        {inputs.useTiers ? (
          <p className="text-xs text-slate-600 dark:text-slate-400 sm:col-span-1">
            Maintenance from Binance’s BTCUSDT tier table.
          </p>
        ) : (
          <DecimalField
            label="Maintenance margin rate (0.005 = 0.5%)"
            value={inputs.maintenanceMarginRate}
            onChange={set('maintenanceMarginRate')}
            error={errorFor(result, 'maintenanceMarginRate')}
          />
        )}
        <label className="flex items-center gap-2 self-end text-sm">
          <input
            type="checkbox"
            checked={inputs.useTiers}
            onChange={(event) => set('useTiers')(event.target.checked)}
            className="h-4 w-4 accent-safe"
          />
          Use Binance’s BTCUSDT tier table
        </label>
      </div>
      <div className="mt-4">
        <FigureList
          figures={[
            {
              label: 'Liquidation price',
              value: f ? (f.liquidation ? price(f.liquidation) : 'none') : '—',
              tone: 'danger',
              testId: 'liquidation-price',
            },
            {
              label: 'Distance from entry',
              value: f?.distancePercent ? formatDecimal(f.distancePercent, { unit: '%' }) : '—',
            },
            { label: 'Bankruptcy price', value: f ? (f.bankruptcy ? price(f.bankruptcy) : 'none') : '—' },
            {
              label: 'Maintenance margin at liquidation',
              value: formatDecimal(f?.maintenanceAtLiquidation, { unit: 'USDT' }),
            },
            ...(f?.tier
              ? [
                  {
                    label: 'Tier at liquidation',
                    value: `MMR ${formatPercent(f.tier.maintenanceMarginRate)}, amount ${formatDecimal(f.tier.maintenanceAmount, { trim: true })}`,
                  },
                ]
              : []),
            {
              label: inputs.marginMode === 'cross' ? 'Wallet balance' : 'Position margin',
              value: formatDecimal(f?.collateral, { unit: 'USDT' }),
            },
          ]}
        />
      </div>
      <div className="mt-4 space-y-2">
        <RangeField
          label="Mark price"
          value={inputs.markPrice}
          min={min}
          max={max}
          step={step}
          onChange={set('markPrice')}
          valueText={price(Number(inputs.markPrice) > 0 ? inputs.markPrice : null)}
        />
        {f ? (
          <PriceAxis
            min={min}
            max={max}
            description={`Price axis: entry ${price(inputs.entryPrice)}, liquidation ${f.liquidation ? price(f.liquidation) : 'none'}, mark ${price(inputs.markPrice)}`}
            marks={[
              {
                value: entry,
                label: 'entry',
                className: 'stroke-slate-500 fill-slate-600 dark:fill-slate-300',
              },
              { value: Number(inputs.markPrice), label: 'mark', className: 'stroke-caution fill-caution' },
              ...(liq !== undefined
                ? [{ value: liq, label: 'liquidation', className: 'stroke-danger fill-danger' }]
                : []),
              ...(bk !== undefined
                ? [
                    {
                      value: bk,
                      label: 'bankruptcy',
                      className: 'stroke-slate-700 fill-slate-700 dark:fill-slate-300',
                    },
                  ]
                : []),
            ]}
            zone={
              liq !== undefined
                ? {
                    from: liq,
                    to: long ? min : max,
                    className: 'fill-danger/25 bg-danger/25',
                    label: 'Liquidation zone: the mark price reaches it and the exchange takes over',
                  }
                : undefined
            }
          />
        ) : null}
        <FigureList
          figures={[
            {
              label: 'Equity at this mark (margin + unrealized PnL)',
              value: formatDecimal(f?.equityAtMark, { unit: 'USDT' }),
              tone: beyond ? 'danger' : 'safe',
              testId: 'equity-at-mark',
            },
            {
              label: 'Maintenance margin at this mark',
              value: formatDecimal(f?.maintenanceAtMark, { unit: 'USDT' }),
            },
            {
              label: 'Status',
              value: f
                ? beyond
                  ? '✕ liquidated (equity ≤ maintenance)'
                  : '✓ open (equity above maintenance)'
                : '—',
              tone: beyond ? 'danger' : 'safe',
            },
          ]}
        />
      </div>
      {unownedError(result, FIELDS) ? (
        <p role="alert" className="mt-3 text-sm font-medium text-danger">
          {unownedError(result, FIELDS)}
        </p>
      ) : null}
    </section>
  );
}
