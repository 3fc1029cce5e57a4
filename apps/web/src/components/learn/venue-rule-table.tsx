import { ALL_RULES, type Rules } from '@liqlab/core';
import type { ReactNode } from 'react';
import { ExternalLink } from '~/components/ui/external-link';

/** A venue's rule as core states it: whose, and the pages it cites. */
export interface VenueRule {
  readonly venue: string;
  readonly sources: readonly { readonly url: string; readonly title: string }[];
}

/** One rule per venue, in the order of core's rule sets (a venue's several rule sets share one rule). */
export function oneRulePerVenue<R extends VenueRule>(ruleOf: (rules: Rules) => R): R[] {
  const rows: R[] = [];
  for (const rules of ALL_RULES) {
    const rule = ruleOf(rules);
    if (!rows.some((row) => row.venue === rule.venue)) rows.push(rule);
  }
  return rows;
}

export interface VenueRuleTableProps<R extends VenueRule> {
  /** What the table tells, for screen readers. */
  caption: string;
  testId: string;
  /** The columns between the venue's name and its sources. */
  columns: readonly { heading: string; cell: (rule: R) => ReactNode }[];
  rules: readonly R[];
}

/**
 * A lesson's table of one engine rule across the venues: the venue, what the rule says there, and the
 * venue's own pages, rendered on the server from the rules the sandbox's replay applies.
 */
export function VenueRuleTable<R extends VenueRule>({
  caption,
  testId,
  columns,
  rules,
}: VenueRuleTableProps<R>) {
  const headings = ['Venue', ...columns.map((column) => column.heading), 'Source'];
  return (
    <section aria-label="Table, scrolls sideways" className="my-4 overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {headings.map((heading) => (
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
          {rules.map((rule) => (
            <tr key={rule.venue} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {rule.venue}
              </th>
              {columns.map((column) => (
                <td key={column.heading} className="px-2 py-1">
                  {column.cell(rule)}
                </td>
              ))}
              <td className="px-2 py-1">
                {rule.sources.map((source) => (
                  <span key={source.url} className="block">
                    <ExternalLink
                      href={source.url}
                      className="font-normal text-safe underline underline-offset-2"
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
