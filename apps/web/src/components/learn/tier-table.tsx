import {
  type TierRow,
  tierLiquidationRows,
  tierTable,
  tierTableRows,
} from '@liqlab/content/lessons/tier-table-figures';
import type { Decimal } from '@liqlab/core';
import { formatDecimal, isRules, ruleSetInfo } from '@liqlab/core';
import type { ReactNode } from 'react';
import { TableAge } from '~/components/tiers/table-age';
import { ExternalLink } from '~/components/ui/external-link';
import { LessonTable, LessonTd, LessonTh } from './lesson-table';

/*
 * Tables a lesson prints from the engine's data instead of copying figures into Markdown. Server
 * components: the lessons are prerendered, so they cost the reader no JavaScript.
 */

// Exempt from the reader's decimal-places setting: a tier table shows the venue's published brackets
// and amounts as the venue prints them, so a learner can hold it against the exchange's own page.
const amount = (value: Decimal) => formatDecimal(value, { digits: 0 });
const rate = (value: Decimal) => `${formatDecimal(value.times(100), { digits: 2 })}%`;
const price = (value: Decimal | null) => formatDecimal(value, { digits: 2 });
const bracket = (tier: TierRow | null) =>
  tier === null ? '—' : `${rate(tier.maintenanceMarginRate)}, ${amount(tier.maintenanceAmount)}`;

function Caption({ tiersPreset, children }: { tiersPreset: string; children?: ReactNode }) {
  const table = tierTable(tiersPreset);
  return (
    <caption className="caption-bottom pt-2 text-left text-xs text-slate-600 dark:text-slate-400">
      {children}
      {ruleSetInfo(table.rules).name}, {table.symbol}: the tiers as published on{' '}
      <TableAge date={table.date} /> (<ExternalLink href={table.source}>source</ExternalLink>)
      {table.historical ? ', a historical example the venue has since replaced' : ''}. Exchanges revise their
      tiers often; check your own before you trade.
    </caption>
  );
}

export function TierTable({ tiersPreset }: { tiersPreset: string }) {
  return (
    <LessonTable>
      <Caption tiersPreset={tiersPreset} />
      <thead>
        <tr>
          <LessonTh>position notional (USDT)</LessonTh>
          <LessonTh>max leverage</LessonTh>
          <LessonTh>maintenance rate</LessonTh>
          <LessonTh>maintenance amount</LessonTh>
        </tr>
      </thead>
      <tbody>
        {tierTableRows(tiersPreset).map((row) => (
          <tr key={row.notionalFloor.toFixed()}>
            <LessonTd>
              {row.notionalCap === null
                ? `above ${amount(row.notionalFloor)}`
                : `${amount(row.notionalFloor)} – ${amount(row.notionalCap)}`}
            </LessonTd>
            <LessonTd>{row.maxLeverage === null ? '—' : `${amount(row.maxLeverage)}×`}</LessonTd>
            <LessonTd>{rate(row.maintenanceMarginRate)}</LessonTd>
            <LessonTd>{amount(row.maintenanceAmount)}</LessonTd>
          </tr>
        ))}
      </tbody>
    </LessonTable>
  );
}

export interface TierLiquidationTableProps {
  tiersPreset: string;
  rules: string;
  side: string;
  entryPrice: string;
  leverage: string;
  /** Comma-separated position sizes, one row each. */
  quantities: string;
  baseAsset?: string;
}

export function TierLiquidationTable(props: TierLiquidationTableProps) {
  if (!isRules(props.rules)) throw new Error(`<TierLiquidationTable>: unknown rules "${props.rules}"`);
  if (props.side !== 'long' && props.side !== 'short') {
    throw new Error(`<TierLiquidationTable>: side must be long or short, got "${props.side}"`);
  }
  const rows = tierLiquidationRows({
    tiersPreset: props.tiersPreset,
    rules: props.rules,
    side: props.side,
    entryPrice: props.entryPrice,
    leverage: props.leverage,
    quantities: props.quantities.split(',').map((q) => q.trim()),
  });
  return (
    <LessonTable>
      <Caption tiersPreset={props.tiersPreset}>
        Isolated {props.side}s at {props.leverage}×, entry {formatDecimal(props.entryPrice, { digits: 0 })}.{' '}
      </Caption>
      <thead>
        <tr>
          <LessonTh>size{props.baseAsset ? ` (${props.baseAsset})` : ''}</LessonTh>
          <LessonTh>notional</LessonTh>
          <LessonTh>bracket at the liquidation price (rate, amount)</LessonTh>
          <LessonTh>margin</LessonTh>
          <LessonTh>liquidation price</LessonTh>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.quantity.toFixed()}>
            <LessonTd>{formatDecimal(row.quantity, { digits: 8, trim: true })}</LessonTd>
            <LessonTd>{amount(row.notional)}</LessonTd>
            <LessonTd>{bracket(row.tier)}</LessonTd>
            <LessonTd>{amount(row.margin)}</LessonTd>
            <LessonTd>≈ {price(row.liquidation)}</LessonTd>
          </tr>
        ))}
      </tbody>
    </LessonTable>
  );
}
