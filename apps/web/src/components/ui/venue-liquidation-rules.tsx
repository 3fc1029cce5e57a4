import { liquidationFeeRule, partialLiquidationRule, type Rules } from '@liqlab/core';
import { ExternalLink } from '~/components/ui/external-link';

function Sources({ sources }: { sources: readonly { url: string; title: string }[] }) {
  return (
    <>
      {sources.map((source, i) => (
        <span key={source.url}>
          {i > 0 ? '; ' : ''}
          <ExternalLink href={source.url}>{source.title}</ExternalLink>
        </span>
      ))}
    </>
  );
}

/**
 * How the chosen venue closes a position once it is liquidated: whether it cuts a large position in
 * steps first, and what liquidation fee it charges — core's cited rules (the ones the replay applies),
 * each in one plain sentence with the venue's own pages.
 */
export function VenueLiquidationRules({ rules, className }: { rules: Rules; className?: string }) {
  const partial = partialLiquidationRule(rules);
  const fee = liquidationFeeRule(rules);
  return (
    <div className={className} data-testid="venue-liquidation-rules">
      <p>
        <span className="font-semibold">Partial liquidation.</span> {partial.summary}{' '}
        <Sources sources={partial.sources} />
      </p>
      <p className="mt-1">
        <span className="font-semibold">Liquidation fee.</span> {fee.summary}{' '}
        <Sources sources={fee.sources} />
      </p>
    </div>
  );
}
