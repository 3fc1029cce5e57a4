'use client';

import type { Rules, Side } from '@liqlab/core';
import { isRules, ruleSetInfo } from '@liqlab/core';
import { useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { useNumberFormat } from '~/lib/use-number-format';
import { compareExchanges, hasOwnTiers } from './exchange-comparison-figures';
import { RULE_FORMULAS } from './rule-formulas';
import { WidgetFrame } from './widget-frame';

export function ExchangeComparison(props: {
  rules: string;
  side: string;
  entryPrice: string;
  quantity: string;
  leverage: string;
  maintenanceMarginRate: string;
  takerFeeRate?: string;
}) {
  const { formatDecimal } = useNumberFormat();
  const rulesList = props.rules
    .split(',')
    .map((r) => r.trim())
    .filter(isRules) as Rules[];
  const side: Side = props.side === 'short' ? 'short' : 'long';
  const [entryPrice, setEntry] = useState(props.entryPrice);
  const [quantity, setQuantity] = useState(props.quantity);
  const [leverage, setLeverage] = useState(props.leverage);
  const [maintenanceMarginRate, setMmr] = useState(props.maintenanceMarginRate);
  const [takerFeeRate, setFee] = useState(props.takerFeeRate ?? '');
  const [useOwnTiers, setUseOwnTiers] = useState(false);
  const columns = compareExchanges(rulesList, {
    side,
    entryPrice,
    quantity,
    leverage,
    maintenanceMarginRate,
    takerFeeRate,
    useOwnTiers,
  });
  const failure = columns.map((c) => c.result).find((r) => !r.ok);
  const fieldError = (field: string) =>
    failure && !failure.ok && failure.field === field ? failure.message : undefined;
  return (
    <WidgetFrame
      title={`Same ${side}, different exchanges`}
      note="Every column uses the same position and, unless the toggle is on, the same flat maintenance rate — so only the published formulas differ."
    >
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <DecimalField
          label="Entry price"
          unit="USDT"
          value={entryPrice}
          onChange={setEntry}
          error={fieldError('entryPrice')}
        />
        <DecimalField
          label="Quantity"
          value={quantity}
          onChange={setQuantity}
          error={fieldError('quantity')}
        />
        <DecimalField
          label="Leverage"
          unit="×"
          value={leverage}
          onChange={setLeverage}
          error={fieldError('leverage')}
        />
        <DecimalField
          label="Maintenance rate"
          value={maintenanceMarginRate}
          onChange={setMmr}
          error={fieldError('maintenanceMarginRate')}
        />
        <DecimalField
          label="Taker fee rate"
          value={takerFeeRate}
          onChange={setFee}
          error={fieldError('takerFeeRate')}
        />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={useOwnTiers}
          onChange={(e) => setUseOwnTiers(e.target.checked)}
          className="h-4 w-4 accent-safe"
        />
        Use each exchange’s own tier table (where the engine has one)
      </label>
      <div className="grid gap-3 md:grid-cols-3">
        {columns.map(({ rules, result }, index) => (
          <article
            key={rules}
            className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-950"
          >
            <h4 className="font-semibold">{ruleSetInfo(rules).name}</h4>
            <p className="mt-1 break-words font-mono text-xs text-slate-600 dark:text-slate-400">
              {RULE_FORMULAS[rules]}
            </p>
            <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
              {side}, {quantity} × {entryPrice} at {leverage}×;{' '}
              {result.ok && result.value.usesTiers
                ? 'maintenance from its tier table'
                : useOwnTiers && !hasOwnTiers(rules)
                  ? `no tier table in the engine — flat ${maintenanceMarginRate}`
                  : `maintenance rate ${maintenanceMarginRate}`}
            </p>
            {result.ok ? (
              <dl className="mt-2 text-sm">
                <dt className="text-slate-600 dark:text-slate-400">Liquidation price</dt>
                <dd className="text-lg font-semibold tabular-nums text-danger" data-testid={`liq-${rules}`}>
                  {result.value.liquidation
                    ? formatDecimal(result.value.liquidation, { unit: 'USDT' })
                    : 'none'}
                </dd>
                {index > 0 ? (
                  <>
                    <dt className="mt-1 text-slate-600 dark:text-slate-400">
                      Difference from {ruleSetInfo(rulesList[0]!).name}
                    </dt>
                    <dd className="tabular-nums">
                      {formatDecimal(result.value.difference, { signed: true, unit: 'USDT' })}
                    </dd>
                  </>
                ) : null}
              </dl>
            ) : (
              <p role="alert" className="mt-2 text-sm text-danger">
                {result.message}
              </p>
            )}
          </article>
        ))}
      </div>
    </WidgetFrame>
  );
}
