import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal';
import { liquidationSettlement, remainderRecipient } from './liquidation-settlement';
import { ALL_RULES } from './rule-set-catalog';

// The venue's own domains: a settlement rule is cited from the exchange's documentation, not a third party.
const OWN_DOMAIN: Record<string, RegExp> = {
  binance: /^https:\/\/www\.binance\.com\//,
  bybit: /^https:\/\/www\.bybit\.com\//,
  okx: /^https:\/\/www\.okx\.com\//,
  gate: /^https:\/\/(www\.)?gate\.(io|com|tv)\//,
  hyperliquid: /^https:\/\/hyperliquid\.gitbook\.io\//,
};

describe('liquidationSettlement', () => {
  it('has a rule for every rule set in both margin modes, each cited from the venue’s own pages', () => {
    for (const rules of ALL_RULES) {
      const venue = rules.split('-')[0]!;
      for (const mode of ['isolated', 'cross'] as const) {
        const rule = liquidationSettlement(rules, mode);
        expect(rule.sources.length, `${rules} ${mode}`).toBeGreaterThan(0);
        for (const source of rule.sources) {
          expect(source.url, `${rules} ${mode}`).toMatch(OWN_DOMAIN[venue]!);
          expect(source.says.length).toBeGreaterThan(20);
        }
        expect(rule.summary.length).toBeGreaterThan(20);
      }
    }
  });

  it('an unconfirmed rule says so in its summary, a confirmed one does not', () => {
    for (const rules of ALL_RULES) {
      const rule = liquidationSettlement(rules, 'isolated');
      expect(rule.summary.includes('unconfirmed'), rules).toBe(rule.remainderTo === 'unconfirmed');
    }
  });

  it('rejects an unknown rule set with a clear message', () => {
    expect(() => liquidationSettlement('ftx', 'isolated')).toThrow(/rules must be one of/);
  });
});

describe('remainderRecipient', () => {
  it('Hyperliquid: the book keeps the remainder for the trader down to 2/3 of the maintenance margin, the vault below it', () => {
    const rule = liquidationSettlement('hyperliquid', 'isolated');
    const mm = new Decimal(3);
    expect(remainderRecipient(rule, new Decimal(2), mm)).toBe('trader');
    expect(remainderRecipient(rule, new Decimal('1.99'), mm)).toBe('liquidator-vault');
  });

  it('a venue without a backstop sends it to the same place however far the mark gapped', () => {
    const rule = liquidationSettlement('bybit-inverse', 'cross');
    expect(remainderRecipient(rule, new Decimal(-5), new Decimal(3))).toBe('insurance-fund');
    expect(remainderRecipient(rule, new Decimal(3), new Decimal(3))).toBe('insurance-fund');
  });
});
