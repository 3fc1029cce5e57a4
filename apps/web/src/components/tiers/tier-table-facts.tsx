import type { TierTableFacts } from '@liqlab/scenario/tier-table-facts';
import { ExternalLink } from '~/components/ui/external-link';
import { TableAge } from './table-age';
import { venueName } from './venue-name';

/** One line on where a tier table comes from and how old it is, wherever a dated table is used. */
export function TierTableFactsLine({ facts }: { facts: TierTableFacts }) {
  const name = `${venueName(facts.venue)}${facts.symbol ? ` ${facts.symbol}` : ''}`;
  return (
    <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="tier-table-facts">
      {facts.kind === 'custom'
        ? `Your pasted ${name} table (${facts.tiers.length} tiers), taken `
        : facts.dated === 'read'
          ? `${name} table as read from the venue's undated page `
          : `${name} table as published `}
      <TableAge date={facts.date} />
      {facts.source ? (
        <>
          {' '}
          (<ExternalLink href={facts.source}>source</ExternalLink>)
        </>
      ) : null}
      {facts.historical ? ': a historical example the venue has since replaced' : ''}. Venues revise their
      tables often.
    </p>
  );
}
