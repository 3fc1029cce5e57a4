import type { Decimal } from '@liqlab/core';
import { formatDecimal } from '@liqlab/core';
import type { ReactNode } from 'react';
import { ReaderFigure } from '~/components/ui/reader-figure';
import { OutcomeBadge } from './outcome-badge';
import type { ScenarioSetup, TriggerFact } from './scenario-setup';

// Prices and amounts follow the reader's decimal places (ReaderFigure, after hydration); quantities
// and leverage are exact inputs, shown as they were typed.
const price = (value: Decimal) => <ReaderFigure value={value.toFixed()} kind="price" />;
const exact = (value: Decimal) => formatDecimal(value, { digits: 8, trim: true });
const money = (value: Decimal, asset: string) => (
  <ReaderFigure value={value.toFixed()} kind="amount" unit={asset} trim={asset === 'BTC'} />
);

const HOUR_MS = 60 * 60 * 1000;
function duration(ms: number): string {
  const hours = ms / HOUR_MS;
  if (hours < 72) {
    const h = Math.round(hours * 10) / 10;
    return `${h} hour${h === 1 ? '' : 's'}`;
  }
  const days = Math.round((hours / 24) * 10) / 10;
  return `${days} days`;
}

function order(fact: TriggerFact | null, none: string): ReactNode {
  return fact ? (
    <>
      {price(fact.price)} (on the {fact.trigger} price)
    </>
  ) : (
    none
  );
}

/**
 * What a shared scenario is, in words and figures, before its chart: exchange and rule set, side, size,
 * leverage, margin mode, stop and path. Every figure comes from `scenarioSetup` (core's replay).
 */
export function ScenarioSetupSummary({ setup }: { setup: ScenarioSetup }) {
  const { path, marginAsset } = setup;
  const rows: [string, string, ReactNode][] = [
    ['exchange', 'Exchange and rules', setup.exchange],
    [
      'side',
      'Side',
      setup.side === 'long' ? 'Long (gains when the price rises)' : 'Short (gains when the price falls)',
    ],
    [
      'size',
      'Size',
      <>
        {exact(setup.quantity)} {setup.quantityUnit}, worth {money(setup.notional, marginAsset)} at the entry
        price of {price(setup.entryPrice)}
      </>,
    ],
    ['leverage', 'Leverage', `${exact(setup.leverage)}×`],
    [
      'margin-mode',
      'Margin',
      <>
        {setup.marginMode === 'isolated' ? 'Isolated' : 'Cross'}: {money(setup.initialMargin, marginAsset)} of
        initial margin
        {setup.walletBalance ? <>, wallet {money(setup.walletBalance, marginAsset)}</> : null}
        {setup.feesIncluded ? ', fees included' : ', without fees'}
      </>,
    ],
    [
      'liquidation',
      'Liquidation price at the open',
      setup.liquidationPrice ? price(setup.liquidationPrice) : 'none (this position cannot be liquidated)',
    ],
    ['stop', 'Stop-loss', order(setup.stopLoss, 'none')],
    ...(setup.takeProfit
      ? [['take-profit', 'Take-profit', order(setup.takeProfit, 'none')] as [string, string, ReactNode]]
      : []),
    [
      'path',
      'Price path',
      <>
        {path.kind}: {formatDecimal(path.ticks, { digits: 0 })} ticks over {duration(path.durationMs)} from{' '}
        {price(path.start)}; the mark price moves between {price(path.lowestMark)} and{' '}
        {price(path.highestMark)}
        {path.lowestLast && path.highestLast ? (
          <>
            , the last price between {price(path.lowestLast)} and {price(path.highestLast)}
          </>
        ) : null}
      </>,
    ],
  ];
  return (
    <section
      aria-labelledby="setup-title"
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="setup-title" className="text-lg font-semibold">
          The setup
        </h2>
        <p className="flex items-center gap-2 text-sm">
          Replayed to the end: <OutcomeBadge outcome={setup.outcome} />
        </p>
      </div>
      <p className="mt-2 text-sm leading-6" data-testid="setup-sentence">
        A {exact(setup.leverage)}× {setup.side} of {exact(setup.quantity)} {setup.quantityUnit} on{' '}
        {setup.exchange}, {setup.marginMode} margin, opened at {price(setup.entryPrice)}
        {setup.stopLoss ? <> with a stop-loss at {price(setup.stopLoss.price)}</> : ' without a stop-loss'},
        along a {path.kind.toLowerCase()} path.
      </p>
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([id, label, value]) => (
          <div key={id} className="contents">
            <dt className="font-normal text-slate-600 dark:text-slate-400">{label}</dt>
            <dd data-testid={`setup-${id}`}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
