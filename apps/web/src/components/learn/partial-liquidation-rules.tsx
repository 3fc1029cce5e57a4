import { ALL_RULES, type PartialLiquidationRule, partialLiquidationRule } from '@liqlab/core';
import { ExternalLink } from '~/components/ui/external-link';

/** One row per venue: core's partial-liquidation rules, in the order of core's rule sets. */
export function venuePartialRules(): PartialLiquidationRule[] {
  const rows: PartialLiquidationRule[] = [];
  for (const rules of ALL_RULES) {
    const rule = partialLiquidationRule(rules);
    if (!rows.some((row) => row.venue === rule.venue)) rows.push(rule);
  }
  return rows;
}

/**
 * `<PartialLiquidationRules />` in a lesson: how each venue cuts a large position before liquidating it
 * in full, rendered on the server from the same rules the sandbox's replay applies, with each venue's
 * own page. A venue that publishes no size for the cut says "unconfirmed" rather than a guess.
 */
export function PartialLiquidationRules() {
  return (
    <section aria-label="Table, scrolls sideways" className="my-4 overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="partial-liquidation-table">
        <caption className="sr-only">
          How each venue reduces a large position before a full liquidation
        </caption>
        <thead>
          <tr>
            {['Venue', 'How a large position is cut', 'Source'].map((heading) => (
              <th
                key={heading}
                scope="col"
                className="border-b border-slate-300 px-2 py-1 text-left font-semibold dark:border-slate-700"
              >
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {venuePartialRules().map((rule) => (
            <tr key={rule.venue} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {rule.venue}
              </th>
              <td className="px-2 py-1">{rule.summary}</td>
              <td className="px-2 py-1">
                {rule.sources.map((source) => (
                  <span key={source.url} className="block">
                    <ExternalLink
                      href={source.url}
                      className="font-medium text-safe underline underline-offset-2"
                    >
                      {source.title}
                    </ExternalLink>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
