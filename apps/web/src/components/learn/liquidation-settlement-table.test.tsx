import { ALL_RULES, liquidationSettlement } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RECIPIENT_LABEL } from '~/components/ui/settlement-note';
import { LiquidationSettlementTable } from './liquidation-settlement-table';

describe('LiquidationSettlementTable', () => {
  it('has one row per venue, each with who receives what is left, its rule and every page it cites', () => {
    const html = renderToStaticMarkup(<LiquidationSettlementTable />);
    const rules = ALL_RULES.map((rules) => liquidationSettlement(rules, 'isolated'));
    const venues = [...new Set(rules.map((rule) => rule.venue))];
    expect(html.match(/<th scope="row"/g)).toHaveLength(venues.length);
    for (const venue of venues) {
      const rule = rules.find((r) => r.venue === venue)!;
      expect(html).toContain(`>${venue}</th>`);
      expect(html).toContain(RECIPIENT_LABEL[rule.remainderTo]);
      expect(html).toContain(rule.summary.replaceAll('&', '&amp;'));
      for (const source of rule.sources) expect(html).toContain(`href="${source.url}"`);
    }
  });
});
