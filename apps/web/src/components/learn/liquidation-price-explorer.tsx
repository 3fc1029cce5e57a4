'use client';

import type { MarginMode, Rules, Side } from '@liqlab/core';
import { isInverse, RULE_SET_CATALOG, requiresInput, ruleSetInfo } from '@liqlab/core';
import { useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { FigureList } from '~/components/ui/figure-list';
import { PriceAxis } from '~/components/ui/price-axis';
import { RangeField } from '~/components/ui/range-field';
import { SelectField } from '~/components/ui/select-field';
import { errorFor, unownedError } from '~/lib/engine-result';
import { useNumberFormat } from '~/lib/use-number-format';
import {
  EXPLORER_CONTROLS,
  type ExplorerInputs,
  explorerControls,
  explorerFigures,
  explorerInputsFromProps,
  explorerOptions,
  explorerUnits,
  type LiquidationPriceExplorerProps,
  withExplorerRules,
} from './liquidation-explorer-figures';

const FIELDS = [
  'entryPrice',
  'quantity',
  'contractSize',
  'leverage',
  'margin',
  'walletBalance',
  'maintenanceMarginRate',
  'takerFeeRate',
  'markPrice',
];

const MODE_LABELS: Record<MarginMode, string> = { isolated: 'Isolated', cross: 'Cross' };

export function LiquidationPriceExplorer(props: LiquidationPriceExplorerProps) {
  const { formatDecimal, formatPercent, priceDigits } = useNumberFormat();
  const [inputs, setInputs] = useState<ExplorerInputs>(() => explorerInputsFromProps(props));
  const opening = explorerControls(props.controls);
  const [allControls, setAllControls] = useState(opening.length === EXPLORER_CONTROLS.length);
  const shows = (control: (typeof EXPLORER_CONTROLS)[number]) => allControls || opening.includes(control);
  const set =
    <K extends keyof ExplorerInputs>(key: K) =>
    (value: ExplorerInputs[K]) =>
      setInputs((current) => ({ ...current, [key]: value }));
  const result = explorerFigures(inputs);
  const f = result.ok ? result.value : null;
  const options = explorerOptions(inputs);
  const units = explorerUnits(inputs.rules);
  const inverse = isInverse(inputs.rules);
  const fromMaxLeverage = ruleSetInfo(inputs.rules).maintenanceFromMaxLeverage;
  const digits = priceDigits(Number(inputs.entryPrice) > 0 ? inputs.entryPrice : '1');
  const price = (value: Parameters<typeof formatDecimal>[0]) =>
    formatDecimal(value, { digits, unit: units.price });
  const amount = (value: Parameters<typeof formatDecimal>[0]) =>
    formatDecimal(value, { digits: units.marginDigits, unit: units.margin });
  // Before a lesson has taught the mark price, the slider is just "the price".
  const priceWord = shows('markPrice') ? 'mark' : 'price';

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
        {shows('rules') ? (
          <SelectField<Rules>
            label="Rules"
            value={inputs.rules}
            onChange={(rules) => setInputs((current) => withExplorerRules(current, rules))}
            options={RULE_SET_CATALOG.map((info) => ({ value: info.id, label: info.name }))}
          />
        ) : null}
        {shows('side') ? (
          <SelectField<Side>
            label="Side"
            value={inputs.side}
            onChange={set('side')}
            options={[
              { value: 'long', label: 'Long' },
              { value: 'short', label: 'Short' },
            ]}
          />
        ) : null}
        {shows('marginMode') ? (
          <SelectField<MarginMode>
            label="Margin mode"
            value={inputs.marginMode}
            onChange={set('marginMode')}
            options={options.marginModes.map((mode) => ({ value: mode, label: MODE_LABELS[mode] }))}
          />
        ) : null}
        <DecimalField
          label="Entry price"
          unit={units.price}
          value={inputs.entryPrice}
          onChange={set('entryPrice')}
          error={errorFor(result, 'entryPrice')}
        />
        <DecimalField
          label={inverse ? 'Quantity (contracts)' : 'Quantity'}
          unit={units.quantity}
          value={inputs.quantity}
          onChange={set('quantity')}
          error={errorFor(result, 'quantity')}
        />
        {inverse ? (
          <DecimalField
            label="Contract size"
            unit="USD"
            value={inputs.contractSize}
            onChange={set('contractSize')}
            error={errorFor(result, 'contractSize')}
          />
        ) : null}
        <DecimalField
          label="Leverage"
          unit="×"
          value={inputs.leverage}
          onChange={set('leverage')}
          error={errorFor(result, 'leverage')}
        />
        {inputs.marginMode === 'isolated' ? (
          shows('margin') ? (
            <DecimalField
              label="Isolated margin (empty: notional ÷ leverage)"
              unit={units.margin}
              value={inputs.margin}
              onChange={set('margin')}
              error={errorFor(result, 'margin')}
            />
          ) : null
        ) : (
          <DecimalField
            label="Wallet balance"
            unit={units.margin}
            value={inputs.walletBalance}
            onChange={set('walletBalance')}
            error={errorFor(result, 'walletBalance')}
          />
        )}
        {fromMaxLeverage ? (
          <p className="text-xs text-slate-600 dark:text-slate-400 sm:col-span-1">
            Maintenance: half the initial margin at BTC’s 40× maximum leverage (Hyperliquid’s rule).
          </p>
        ) : inputs.useTiers ? (
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
        {requiresInput(inputs.rules, 'takerFeeRate') ? (
          <DecimalField
            label="Taker fee to close (0.0005 = 0.05%)"
            value={inputs.takerFeeRate}
            onChange={set('takerFeeRate')}
            error={errorFor(result, 'takerFeeRate')}
          />
        ) : null}
        {shows('tiers') && options.tiers && !fromMaxLeverage ? (
          <label className="flex items-center gap-2 self-end text-sm">
            <input
              type="checkbox"
              checked={inputs.useTiers}
              onChange={(event) => set('useTiers')(event.target.checked)}
              className="h-4 w-4 accent-safe"
            />
            Use Binance’s BTCUSDT tier table
          </label>
        ) : null}
      </div>
      {opening.length < EXPLORER_CONTROLS.length ? (
        <button
          type="button"
          aria-expanded={allControls}
          onClick={() => setAllControls((all) => !all)}
          className="mt-3 text-sm font-normal text-slate-700 underline underline-offset-2 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
        >
          {allControls
            ? 'Fewer options'
            : 'All options: exchange rules, side, margin mode, tier table, mark price'}
        </button>
      ) : null}
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
              value: f?.distancePercent ? formatDecimal(f.distancePercent, { digits: 2, unit: '%' }) : '—',
            },
            { label: 'Bankruptcy price', value: f ? (f.bankruptcy ? price(f.bankruptcy) : 'none') : '—' },
            {
              label: 'Maintenance margin at liquidation',
              value: amount(f?.maintenanceAtLiquidation),
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
              value: amount(f?.collateral),
            },
          ]}
        />
      </div>
      <div className="mt-4 space-y-2">
        <RangeField
          label={priceWord === 'mark' ? 'Mark price' : 'Price'}
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
            description={`Price axis: entry ${price(inputs.entryPrice)}, liquidation ${f.liquidation ? price(f.liquidation) : 'none'}, ${priceWord} ${price(inputs.markPrice)}`}
            marks={[
              {
                value: entry,
                label: 'entry',
                className: 'stroke-slate-500 fill-slate-600 dark:fill-slate-300',
              },
              { value: Number(inputs.markPrice), label: priceWord, className: 'stroke-caution fill-caution' },
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
                    label: `Liquidation zone: the ${priceWord === 'mark' ? 'mark price' : 'price'} reaches it and the exchange takes over`,
                  }
                : undefined
            }
          />
        ) : null}
        <FigureList
          figures={[
            {
              label: `Equity at this ${priceWord} (margin + unrealized PnL)`,
              value: amount(f?.equityAtMark),
              tone: beyond ? 'danger' : 'safe',
              testId: 'equity-at-mark',
            },
            {
              label: `Maintenance margin at this ${priceWord}`,
              value: amount(f?.maintenanceAtMark),
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
        <p role="alert" className="mt-3 text-sm font-normal text-danger">
          {unownedError(result, FIELDS)}
        </p>
      ) : null}
    </section>
  );
}
