import { type PartialLiquidationRule, partialLiquidationRule } from '@liqlab/core';
import { oneRulePerVenue, VenueRuleTable } from './venue-rule-table';

/** One row per venue: core's partial-liquidation rules, in the order of core's rule sets. */
export function venuePartialRules(): PartialLiquidationRule[] {
  return oneRulePerVenue(partialLiquidationRule);
}

/**
 * `<PartialLiquidationRules />` in a lesson: how each venue cuts a large position before liquidating it
 * in full, from the same rules the sandbox's replay applies, with each venue's own page. A venue that
 * publishes no size for the cut says "unconfirmed" rather than a guess.
 */
export function PartialLiquidationRules() {
  return (
    <VenueRuleTable
      caption="How each venue reduces a large position before a full liquidation"
      testId="partial-liquidation-table"
      columns={[{ heading: 'How a large position is cut', cell: (rule) => rule.summary }]}
      rules={venuePartialRules()}
    />
  );
}
