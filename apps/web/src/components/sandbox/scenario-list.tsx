import { Decimal, ruleSetInfo } from '@liqlab/core';
import Link from 'next/link';
import { formatDecimal, priceDigits } from '~/lib/format-decimal';
import type { ScenarioSummary } from './saved-scenario';

/** Saved scenarios as a list of links: title, exchange, side, leverage, entry. */
export function ScenarioList({
  items,
  hrefOf,
  actions,
}: {
  items: readonly ScenarioSummary[];
  hrefOf: (item: ScenarioSummary) => string;
  actions?: (item: ScenarioSummary) => React.ReactNode;
}) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {items.map((item) => {
        const entry = new Decimal(item.entryPrice);
        return (
          <li
            key={item.id}
            className="flex flex-wrap items-center justify-between gap-2 py-3"
            data-testid="scenario-row"
          >
            <div>
              <Link href={hrefOf(item)} className="font-semibold underline-offset-2 hover:underline">
                {item.title}
              </Link>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {ruleSetInfo(item.rules).name} · {item.side} {item.leverage ? `${item.leverage}×` : ''}{' '}
                {item.marginMode} · entry {formatDecimal(entry, { digits: priceDigits(entry) })}
                {item.curated ? ' · curated' : ''} · {item.visibility.toLowerCase()}
              </p>
            </div>
            {actions ? <div className="flex gap-2">{actions(item)}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}
