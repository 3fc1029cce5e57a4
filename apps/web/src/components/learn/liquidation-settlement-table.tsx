import { ALL_RULES, liquidationSettlement, type SettlementRule } from '@liqlab/core';
import { ExternalLink } from '~/components/ui/external-link';
import { RECIPIENT_LABEL } from '~/components/ui/settlement-note';

/** One row per venue: core's settlement rules, in the order of core's rule sets. */
function venueRules(): SettlementRule[] {
  const rows: SettlementRule[] = [];
  for (const rules of ALL_RULES) {
    const rule = liquidationSettlement(rules, 'isolated');
    if (!rows.some((row) => row.venue === rule.venue)) rows.push(rule);
  }
  return rows;
}

/**
 * `<LiquidationSettlementTable />` in a lesson: who receives the margin left at a liquidation on each
 * venue, rendered on the server from the same rules the sandbox's replay applies, with each venue's page.
 */
export function LiquidationSettlementTable() {
  return (
    <section aria-label="Table, scrolls sideways" className="my-4 overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="settlement-table">
        <caption className="sr-only">Who receives the margin left at a liquidation, by venue</caption>
        <thead>
          <tr>
            {['Venue', 'Margin left at a liquidation goes to', 'The venue’s rule', 'Source'].map(
              (heading) => (
                <th
                  key={heading}
                  scope="col"
                  className="border-b border-slate-300 px-2 py-1 text-left font-semibold dark:border-slate-700"
                >
                  {heading}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {venueRules().map((rule) => (
            <tr key={rule.venue} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {rule.venue}
              </th>
              <td className="px-2 py-1">
                {RECIPIENT_LABEL[rule.remainderTo]}
                {rule.backstop ? ` (${RECIPIENT_LABEL[rule.backstop.remainderTo]} in a backstop)` : ''}
              </td>
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
