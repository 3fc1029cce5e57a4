import { liquidationSettlement, type SettlementRule } from '@liqlab/core';
import { RECIPIENT_LABEL } from '~/components/ui/settlement-note';
import { oneRulePerVenue, VenueRuleTable } from './venue-rule-table';

/** The recipient of what is left, and of a backstop's where the venue has one. */
function recipient(rule: SettlementRule): string {
  const backstop = rule.backstop ? ` (${RECIPIENT_LABEL[rule.backstop.remainderTo]} in a backstop)` : '';
  return `${RECIPIENT_LABEL[rule.remainderTo]}${backstop}`;
}

/**
 * `<LiquidationSettlementTable />` in a lesson: who receives the margin left at a liquidation on each
 * venue, from the same rules the sandbox's replay applies, with each venue's page.
 */
export function LiquidationSettlementTable() {
  return (
    <VenueRuleTable
      caption="Who receives the margin left at a liquidation, by venue"
      testId="settlement-table"
      columns={[
        { heading: 'Margin left at a liquidation goes to', cell: recipient },
        { heading: 'The venue’s rule', cell: (rule) => rule.summary },
      ]}
      rules={oneRulePerVenue((rules) => liquidationSettlement(rules, 'isolated'))}
    />
  );
}
