import { Decimal, formatDecimal, ruleSetInfo } from '@liqlab/core';
import { OutcomeBadge } from '~/components/sandbox/outcome-badge';
import type { GalleryItem } from '~/components/sandbox/saved-scenario';
import { AppLink } from '~/components/ui/app-link';
import { ReaderFigure } from '~/components/ui/reader-figure';
import { PathSparkline } from './path-sparkline';

const SIDE = { long: 'Long', short: 'Short' } as const;

/** One public scenario: its path, how it ends and the figures that decide it. */
export function GalleryCard({ item }: { item: GalleryItem }) {
  const liquidation = item.liquidationPrice === null ? null : new Decimal(item.liquidationPrice);
  return (
    <li
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
      data-testid="gallery-card"
    >
      <div className="flex items-start justify-between gap-2">
        <AppLink href={`/s/${item.slug}`} className="font-semibold underline-offset-2 hover:underline">
          {item.title}
        </AppLink>
        <OutcomeBadge outcome={item.outcome} />
      </div>
      {item.sparkline.length > 1 ? (
        <PathSparkline
          marks={item.sparkline.map(Number)}
          liquidation={liquidation === null ? null : liquidation.toNumber()}
        />
      ) : null}
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-xs">
        <dt className="text-slate-600 dark:text-slate-400">Exchange</dt>
        <dd>{ruleSetInfo(item.rules).name}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Position</dt>
        <dd>
          {SIDE[item.side]}
          {item.leverage ? ` ${formatDecimal(new Decimal(item.leverage), { digits: 2, trim: true })}×` : ''} ·{' '}
          {item.marginMode}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Entry</dt>
        <dd className="tabular-nums" data-testid="gallery-entry">
          <ReaderFigure value={item.entryPrice} kind="price" />
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Liquidation</dt>
        <dd className="tabular-nums" data-testid="gallery-liquidation">
          {item.liquidationPrice === null ? (
            'none'
          ) : (
            <ReaderFigure value={item.liquidationPrice} kind="price" />
          )}
        </dd>
      </dl>
      {item.curated ? (
        <p className="text-xs font-normal text-slate-600 dark:text-slate-400">Curated</p>
      ) : null}
    </li>
  );
}
