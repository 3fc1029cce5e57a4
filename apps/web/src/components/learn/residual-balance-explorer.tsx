'use client';

import { isRules, liquidationSettlement, type RemainderRecipient, type Rules, type Side } from '@liqlab/core';
import { useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { ExternalLink } from '~/components/ui/external-link';
import { FigureList } from '~/components/ui/figure-list';
import { RangeField } from '~/components/ui/range-field';
import { errorFor, unownedError } from '~/lib/engine-result';
import { useNumberFormat } from '~/lib/use-number-format';
import {
  contractResidual,
  type SpotResidualInputs,
  spotResidualColumns,
  spotResidualInputsFromProps,
} from './residual-figures';
import { WidgetFrame } from './widget-frame';

export interface ResidualBalanceExplorerProps {
  mode: string;
  debt?: string;
  liquidationLevel?: string;
  /** The ratio of the table's second column. */
  compareLevel?: string;
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
  const [inputs, setInputs] = useState(() => spotResidualInputsFromProps(props));
  const set = (key: keyof SpotResidualInputs) => (value: string) =>
    setInputs((i) => ({ ...i, [key]: value }));
  const [chosen, compared] = spotResidualColumns(inputs);
  const columns = [chosen, compared].map((column) => (column.figures.ok ? column.figures.value : null));
  const rows = [
    ['Asset value at the trigger', 'assetsAtTrigger'],
    ['Maximum residual (before fee)', 'maxResidual'],
    ['Liquidation fee', 'fee'],
    ['Residual after fee', 'residual'],
  ] as const;
  return (
    <WidgetFrame
      title="Residual balance after a spot-margin liquidation"
      error={
        unownedError(chosen.figures, ['debt', 'quoteLiability', 'liquidationLevel', 'liquidationFeeRate']) ??
        unownedError(compared.figures, ['debt', 'quoteLiability', 'liquidationLevel', 'liquidationFeeRate'])
      }
      note="The fee is charged on the value of the assets sold; slippage would come out of the residual too."
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <DecimalField
          label="Debt"
          unit="USDT"
          value={inputs.debt}
          onChange={set('debt')}
          error={errorFor(chosen.figures, 'quoteLiability')}
        />
        <DecimalField
          label="Liquidation fee rate (0.01 = 1%)"
          value={inputs.feeRate}
          onChange={set('feeRate')}
          error={errorFor(chosen.figures, 'liquidationFeeRate')}
        />
        <DecimalField
          label="Liquidation ratio (margin level)"
          value={inputs.level}
          onChange={set('level')}
          error={errorFor(chosen.figures, 'liquidationLevel')}
        />
        <DecimalField
          label="Compare with ratio"
          value={inputs.compareLevel}
          onChange={set('compareLevel')}
          error={errorFor(compared.figures, 'liquidationLevel')}
        />
      </div>
      <RangeField
        label="Liquidation ratio"
        value={inputs.level}
        min={1.05}
        max={1.5}
        step={0.01}
        onChange={set('level')}
        valueText={inputs.level}
      />
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">
            Residual at a liquidation ratio of {chosen.level} compared with {compared.level}
          </caption>
          <thead>
            <tr className="text-left text-xs text-slate-600 dark:text-slate-400">
              <th scope="col" className="py-1 font-normal">
                Figure
              </th>
              <th scope="col" className="py-1 text-right font-normal">
                Ratio {chosen.level}
              </th>
              <th scope="col" className="py-1 text-right font-normal">
                Ratio {compared.level}
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {rows.map(([label, key]) => (
              <tr key={key} className="border-t border-slate-200 dark:border-slate-800">
                <th
                  scope="row"
                  className="py-1 text-left font-sans font-normal text-slate-600 dark:text-slate-400"
                >
                  {label}
                </th>
                <td
                  className="py-1 text-right font-semibold"
                  data-testid={key === 'residual' ? 'spot-residual' : undefined}
                >
                  {usdt(columns[0]?.[key])}
                </td>
                <td className="py-1 text-right">{usdt(columns[1]?.[key])}</td>
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
