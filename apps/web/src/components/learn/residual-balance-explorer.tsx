'use client';

import { isRules, liquidationSettlement, type RemainderRecipient, type Rules, type Side } from '@liqlab/core';
import { useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { ExternalLink } from '~/components/ui/external-link';
import { FigureList } from '~/components/ui/figure-list';
import { RangeField } from '~/components/ui/range-field';
import { errorFor, unownedError } from '~/lib/engine-result';
import { useNumberFormat } from '~/lib/use-number-format';
import { contractResidual, spotResidual } from './residual-figures';
import { WidgetFrame } from './widget-frame';

export interface ResidualBalanceExplorerProps {
  mode: string;
  debt?: string;
  liquidationLevel?: string;
  liquidationFeeRate?: string;
  rules?: string;
  side?: string;
  entryPrice?: string;
  quantity?: string;
  leverage?: string;
  maintenanceMarginRate?: string;
  /** Bybit, OKX and Gate price liquidation with the fee to close. */
  takerFeeRate?: string;
  fillPrice?: string;
}

export function ResidualBalanceExplorer(props: ResidualBalanceExplorerProps) {
  return props.mode === 'contract' ? <ContractMode {...props} /> : <SpotMarginMode {...props} />;
}

const SURPLUS_TO: Record<RemainderRecipient, string> = {
  trader: 'Surplus at the fill → stays with the trader',
  'insurance-fund': 'Surplus at the fill → insurance fund',
  'liquidator-vault': 'Surplus at the fill → liquidator vault',
  unconfirmed: 'Surplus at the fill → recipient unconfirmed',
};

function SpotMarginMode(props: ResidualBalanceExplorerProps) {
  const { formatDecimal } = useNumberFormat();
  const usdt = (value: Parameters<typeof formatDecimal>[0]) => formatDecimal(value, { unit: 'USDT' });
  const [debt, setDebt] = useState(props.debt ?? '12000');
  const [level, setLevel] = useState(props.liquidationLevel ?? '1.1');
  const [feeRate, setFeeRate] = useState(props.liquidationFeeRate ?? '0');
  const chosen = spotResidual(debt, level, feeRate);
  const reference = spotResidual(debt, '1.1', feeRate);
  const c = chosen.ok ? chosen.value : null;
  const r = reference.ok ? reference.value : null;
  return (
    <WidgetFrame
      title="Residual balance after a spot-margin liquidation"
      error={unownedError(chosen, ['debt', 'quoteLiability', 'liquidationLevel', 'liquidationFeeRate'])}
      note="The fee is charged on the value of the assets sold; slippage would come out of the residual too."
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <DecimalField
          label="Debt"
          unit="USDT"
          value={debt}
          onChange={setDebt}
          error={errorFor(chosen, 'quoteLiability')}
        />
        <DecimalField
          label="Liquidation ratio (margin level)"
          value={level}
          onChange={setLevel}
          error={errorFor(chosen, 'liquidationLevel')}
        />
        <DecimalField
          label="Liquidation fee rate (0.01 = 1%)"
          value={feeRate}
          onChange={setFeeRate}
          error={errorFor(chosen, 'liquidationFeeRate')}
        />
      </div>
      <RangeField
        label="Liquidation ratio"
        value={level}
        min={1.05}
        max={1.5}
        step={0.01}
        onChange={setLevel}
        valueText={level}
      />
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Residual at the chosen ratio compared with 1.1</caption>
          <thead>
            <tr className="text-left text-xs text-slate-600 dark:text-slate-400">
              <th scope="col" className="py-1 font-medium">
                Figure
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Ratio {level}
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Ratio 1.1
              </th>
            </tr>
          </thead>
          <tbody className="font-mono tabular-nums">
            {(
              [
                ['Asset value at the trigger', c?.assetsAtTrigger, r?.assetsAtTrigger],
                ['Maximum residual (before fee)', c?.maxResidual, r?.maxResidual],
                ['Liquidation fee', c?.fee, r?.fee],
                ['Residual after fee', c?.residual, r?.residual],
              ] as const
            ).map(([label, a, b]) => (
              <tr key={label} className="border-t border-slate-200 dark:border-slate-800">
                <th
                  scope="row"
                  className="py-1 text-left font-sans font-normal text-slate-600 dark:text-slate-400"
                >
                  {label}
                </th>
                <td
                  className="py-1 text-right font-semibold"
                  data-testid={label === 'Residual after fee' ? 'spot-residual' : undefined}
                >
                  {usdt(a)}
                </td>
                <td className="py-1 text-right">{usdt(b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WidgetFrame>
  );
}

function ContractMode(props: ResidualBalanceExplorerProps) {
  const { formatDecimal } = useNumberFormat();
  const usdt = (value: Parameters<typeof formatDecimal>[0]) => formatDecimal(value, { unit: 'USDT' });
  const rules: Rules = props.rules && isRules(props.rules) ? props.rules : 'binance-usdm';
  const side: Side = props.side === 'short' ? 'short' : 'long';
  const [entryPrice, setEntry] = useState(props.entryPrice ?? '60000');
  const [quantity, setQuantity] = useState(props.quantity ?? '1');
  const [leverage, setLeverage] = useState(props.leverage ?? '10');
  const [maintenanceMarginRate, setMmr] = useState(props.maintenanceMarginRate ?? '0.005');
  const [fillPrice, setFill] = useState(props.fillPrice ?? entryPrice);
  const result = contractResidual({
    rules,
    side,
    entryPrice,
    quantity,
    leverage,
    maintenanceMarginRate,
    ...(props.takerFeeRate === undefined ? {} : { takerFeeRate: props.takerFeeRate }),
    fillPrice,
  });
  const f = result.ok ? result.value : null;
  const liq = f?.liquidation?.toNumber();
  const bk = f?.bankruptcy?.toNumber();
  // Slider: from well beyond the bankruptcy price to the liquidation price.
  const [lo, hi] =
    liq !== undefined && bk !== undefined
      ? side === 'long'
        ? [bk - (liq - bk) * 2, liq]
        : [liq, bk + (bk - liq) * 2]
      : [Number(entryPrice) * 0.8, Number(entryPrice)];
  const surplus = f?.atFill.gte(0) ?? true;
  const rule = liquidationSettlement(rules, 'isolated');
  return (
    <WidgetFrame
      title="Where the money goes at a liquidation"
      error={unownedError(result, ['entryPrice', 'quantity', 'leverage', 'maintenanceMarginRate', 'price'])}
      note={
        <>
          {rule.summary} A shortfall is always the insurance fund’s.{' '}
          {rule.sources.map((source) => (
            <ExternalLink key={source.url} href={source.url}>
              {source.title}
            </ExternalLink>
          ))}
        </>
      }
    >
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <DecimalField
          label="Entry price"
          unit="USDT"
          value={entryPrice}
          onChange={setEntry}
          error={errorFor(result, 'entryPrice')}
        />
        <DecimalField
          label="Quantity"
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
        <DecimalField
          label="Maintenance rate"
          value={maintenanceMarginRate}
          onChange={setMmr}
          error={errorFor(result, 'maintenanceMarginRate')}
        />
      </div>
      <RangeField
        label="Price at which the liquidation engine fills"
        value={fillPrice}
        min={Math.floor(lo)}
        max={Math.ceil(hi)}
        step={1}
        onChange={setFill}
        valueText={usdt(Number(fillPrice) > 0 ? fillPrice : null)}
      />
      <DecimalField
        label="Fill price"
        unit="USDT"
        value={fillPrice}
        onChange={setFill}
        error={errorFor(result, 'price')}
      />
      <FigureList
        figures={[
          {
            label: 'Liquidation price (takeover)',
            value: f?.liquidation ? usdt(f.liquidation) : '—',
            tone: 'danger',
          },
          { label: 'Bankruptcy price (margin at zero)', value: f?.bankruptcy ? usdt(f.bankruptcy) : '—' },
          { label: 'Equity at takeover (the maintenance margin)', value: usdt(f?.equityAtTakeover) },
          {
            label: surplus
              ? SURPLUS_TO[f?.surplusTo ?? rule.remainderTo]
              : 'Shortfall at the fill ← insurance fund',
            value: f ? usdt(f.atFill.abs()) : '—',
            tone: surplus ? 'safe' : 'danger',
            testId: 'contract-surplus',
          },
          {
            label: 'Returned to the trader',
            value: f ? (f.returned === null ? 'unconfirmed' : usdt(f.returned)) : '—',
            testId: 'contract-returned',
          },
        ]}
      />
    </WidgetFrame>
  );
}
