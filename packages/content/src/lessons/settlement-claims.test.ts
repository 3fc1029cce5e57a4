import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, liquidationSettlement, partialLiquidationRule, type SettlementRule } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { feesAndInsuranceQuiz } from '../quizzes/lessons/11-fees-funding-and-the-insurance-fund';

// What lessons 2 and 11 say about the margin left at a liquidation, checked against core's published
// settlement rules (liquidationSettlement) — the same rules the sandbox's replay applies.
const lesson = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');
const L2 = lesson('03-margin-exhaustion-and-forced-liquidation.mdx');
const L11 = lesson('11-fees-funding-and-the-insurance-fund.mdx');

const venues: SettlementRule[] = [];
for (const rules of ALL_RULES) {
  const rule = liquidationSettlement(rules, 'isolated');
  if (!venues.some((v) => v.venue === rule.venue)) venues.push(rule);
}
const venue = (name: string) => venues.find((v) => v.venue === name);

describe('lesson claims about the margin left at a liquidation', () => {
  it('lesson 3: "on most contract venues, what is left … goes to the insurance fund. Binance, Bybit and Gate all work this way"', () => {
    const claim = L2.match(
      /On most contract venues, what is left of it after the close goes to the <Term id="insurance-fund">insurance fund<\/Term>\. ([^.]+) all work this way\./,
    );
    expect(claim).not.toBeNull();
    const named = claim![1]!.split(/, | and /);
    expect(named.length).toBeGreaterThan(1);
    for (const name of named) expect(venue(name)?.remainderTo, name).toBe('insurance-fund');
    const toFund = venues.filter((v) => v.remainderTo === 'insurance-fund').length;
    expect(toFund * 2).toBeGreaterThan(venues.length);
  });

  it('lesson 11: the example’s widget applies Binance’s rule, and Binance sends the surplus to the insurance fund', () => {
    // Glossary links (<Term>) wrap words without changing the sentence.
    expect(L11.replace(/<\/?Term\b[^>]*>/g, '')).toContain(
      'On Binance, whose rule the widget below uses, it goes to the insurance fund.',
    );
    expect(L11).toMatch(/<ResidualBalanceExplorer mode="contract" rules="binance-usdm"/);
    expect(liquidationSettlement('binance-usdm', 'isolated').remainderTo).toBe('insurance-fund');
  });

  it('lesson 11: "only Hyperliquid, when its order book absorbs the liquidation" gives the margin back', () => {
    expect(L11).toContain(
      'Of the venues here, that is only Hyperliquid, when its order book absorbs the liquidation',
    );
    expect(venues.filter((v) => v.remainderTo === 'trader').map((v) => v.venue)).toEqual(['Hyperliquid']);
    expect(venue('Hyperliquid')?.backstop?.remainderTo).toBe('liquidator-vault');
  });

  it('lesson 11 shows every venue’s rule from core, so the unconfirmed ones are named as such', () => {
    expect(L11).toContain('<LiquidationSettlementTable />');
    expect(L11).toContain('<PartialLiquidationRules />');
  });

  it('lesson 11: Hyperliquid cuts "a fifth" of a position "worth far more than 100,000 USDC", and "within 30 seconds of a cut, the whole rest goes"', () => {
    const { method } = partialLiquidationRule('hyperliquid');
    expect(method.kind).toBe('fraction');
    if (method.kind !== 'fraction') return;
    expect(method.fraction.toFixed()).toBe('0.2');
    expect(method.aboveNotional.toFixed()).toBe('100000');
    expect(method.cooldownMs).toBe(30_000);
    const text = L11.replace(/<\/?Term\b[^>]*>/g, '');
    expect(text).toContain('far more than 100,000 USDC, so only a fifth of it, 1 BTC, goes to the book');
    expect(text).toContain('Within 30 seconds of a cut, the whole rest goes at once.');
  });

  it('the l11-residual-isolated quiz ("the trader usually gets back the maintenance margin" is false) agrees: fewer than half the venues return it', () => {
    const question = feesAndInsuranceQuiz.questions.find((q) => q.id === 'l11-residual-isolated');
    expect(question?.kind === 'true-false' && question.correct).toBe(false);
    const toTrader = venues.filter((v) => v.remainderTo === 'trader').length;
    expect(toTrader * 2).toBeLessThan(venues.length);
  });
});
