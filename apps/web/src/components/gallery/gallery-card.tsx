import { Decimal, ruleSetInfo } from '@liqlab/core';
import Link from 'next/link';
import { OutcomeBadge } from '~/components/sandbox/outcome-badge';
import type { GalleryItem } from '~/components/sandbox/saved-scenario';
import { formatDecimal, priceDigits } from '~/lib/format-decimal';
import { PathSparkline } from './path-sparkline';

const SIDE = { long: 'Long', short: 'Short' } as const;

/** One public scenario: its path, how it ends and the figures that decide it. */
export function GalleryCard({ item }: { item: GalleryItem }) {
  const entry = new Decimal(item.entryPrice);
  const liquidation = item.liquidationPrice === null ? null : new Decimal(item.liquidationPrice);
  const price = (value: Decimal) => formatDecimal(value, { digits: priceDigits(entry) });
  return (
    <li
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
      data-testid="gallery-card"
    >
      <div className="flex items-start justify-between gap-2">
        <Link href={`/s/${item.slug}`} className="font-semibold underline-offset-2 hover:underline">
          {item.title}
        </Link>
        <OutcomeBadge outcome={item.outcome} />
      </div>
      <PathSparkline
        marks={item.sparkline}
        liquidation={liquidation === null ? null : liquidation.toNumber()}
      />
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-xs">
        <dt className="text-slate-600 dark:text-slate-400">Exchange</dt>
        <dd>{ruleSetInfo(item.rules).name}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Position</dt>
        <dd>
          {SIDE[item.side]}
          {item.leverage ? ` ${formatDecimal(new Decimal(item.leverage), { trim: true })}×` : ''} ·{' '}
          {item.marginMode}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Entry</dt>
        <dd className="font-mono tabular-nums">{price(entry)}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Liquidation</dt>
        <dd className="font-mono tabular-nums" data-testid="gallery-liquidation">
          {liquidation === null ? 'none' : price(liquidation)}
        </dd>
      </dl>
      {item.curated ? (
        <p className="text-xs font-medium text-slate-600 dark:text-slate-400">Curated</p>
      ) : null}
    </li>
  );
}
