import {
  Decimal,
  type LiquidationRemainder,
  liquidationSettlement,
  type MarginMode,
  type PartialCut,
  type RemainderRecipient,
  type Rules,
} from '@liqlab/core';
import { ExternalLink } from '~/components/ui/external-link';

/** The recipient as a table cell names it. */
export const RECIPIENT_LABEL: Record<RemainderRecipient, string> = {
  trader: 'the trader',
  'insurance-fund': 'the insurance fund',
  'liquidator-vault': 'the backstop liquidator vault',
  unconfirmed: 'unconfirmed: not published',
};

const WENT_TO: Record<RemainderRecipient, string> = {
  trader: 'stayed with you',
  'insurance-fund': 'went to the exchange’s insurance fund, not to you',
  'liquidator-vault': 'went to the backstop liquidator vault, not to you',
  unconfirmed:
    'went to a recipient the exchange does not publish (unconfirmed); it is not counted as returned',
};

/**
 * "Returned to you" after a close: what core's replay gives back to the trader, or "unconfirmed" when a
 * liquidation's remainder has no published recipient on this venue.
 */
export function returnedText(
  remainder: LiquidationRemainder | null,
  residual: Decimal,
  money: (value: Decimal) => string,
): string {
  return remainder?.recipient === 'unconfirmed' && remainder.amount.gt(0) ? 'unconfirmed' : money(residual);
}

/**
 * Where the margin left at a liquidation went, with the venue's published rule and its source; when
 * the venue cut the position first (`cuts`), what those cuts took out of the same margin.
 */
export function SettlementNote({
  rules,
  marginMode,
  remainder,
  cuts = [],
  money,
}: {
  rules: Rules;
  marginMode: MarginMode;
  remainder: LiquidationRemainder;
  cuts?: readonly PartialCut[];
  money: (value: Decimal) => string;
}) {
  const lost = cuts.reduce((sum, cut) => sum.minus(cut.realizedPnl), new Decimal(0));
  const fees = cuts.reduce((sum, cut) => sum.plus(cut.fee), new Decimal(0));
  return (
    <p className="mt-2 text-sm" data-testid="settlement-note">
      {cuts.length > 0 ? (
        <>
          Before the full liquidation the exchange cut the position{' '}
          {cuts.length === 1 ? 'once' : `${cuts.length} times`} by its partial-liquidation rule: those cuts
          realised a {money(lost)} loss and paid {money(fees)} in liquidation fees, both out of the same
          margin.{' '}
        </>
      ) : null}
      {remainder.amount.gt(0) ? (
        <>
          The {money(remainder.amount)} left at the liquidation {WENT_TO[remainder.recipient]}.{' '}
        </>
      ) : null}
      <SettlementRule rules={rules} marginMode={marginMode} />
    </p>
  );
}

/** The venue's published rule for the margin left at a liquidation, with its sources (separated). */
export function SettlementRule({ rules, marginMode }: { rules: Rules; marginMode: MarginMode }) {
  const rule = liquidationSettlement(rules, marginMode);
  return (
    <>
      {rule.summary}{' '}
      {rule.sources.map((source, i) => (
        <span key={source.url}>
          {i > 0 ? '; ' : ''}
          <ExternalLink href={source.url}>{source.title}</ExternalLink>
        </span>
      ))}
    </>
  );
}
