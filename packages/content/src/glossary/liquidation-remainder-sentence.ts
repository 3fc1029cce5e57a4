import { ALL_RULES, liquidationSettlement, type RemainderRecipient } from '@liqlab/core';

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Where the margin left at a contract liquidation goes, venue by venue, written from core's published
 * settlement rules (isolated margin) so that the glossary cannot drift from what the replay does.
 */
export function liquidationRemainderSentence(): string {
  const venues = new Map<RemainderRecipient, string[]>();
  let backstop = false;
  for (const rules of ALL_RULES) {
    const rule = liquidationSettlement(rules, 'isolated');
    const names = venues.get(rule.remainderTo) ?? [];
    if (!names.includes(rule.venue)) names.push(rule.venue);
    venues.set(rule.remainderTo, names);
    if (rule.remainderTo === 'trader' && rule.backstop) backstop = true;
  }
  const clauses: string[] = [];
  const fund = venues.get('insurance-fund');
  if (fund) clauses.push(`on ${list(fund)} it goes to the insurance fund, so the residual is zero`);
  const trader = venues.get('trader');
  if (trader) {
    clauses.push(
      `on ${list(trader)} it stays with the trader${backstop ? ' when the order book absorbs the liquidation, and goes to the backstop liquidator when it does not' : ''}`,
    );
  }
  const vault = venues.get('liquidator-vault');
  if (vault) clauses.push(`on ${list(vault)} it goes to the backstop liquidator`);
  const unknown = venues.get('unconfirmed');
  if (unknown)
    clauses.push(`${list(unknown)} ${unknown.length > 1 ? 'publish' : 'publishes'} no rule for it`);
  return `After a contract liquidation, ${clauses.join('; ')}.`;
}
