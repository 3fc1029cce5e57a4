import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal';
import { feeOptions, plausibleSpec } from '../../fuzz/spec-arbitraries';
import type { PositionSpec } from '../../types';
import { bankruptcyPrice } from '../bankruptcy-price';
import { liquidationPrice } from '../liquidation-price';
import { binanceBtcusdtTiers } from '../presets/binance-btcusdt-tiers';
import { ALL_RULES, isInverse } from '../rules/rule-set-catalog';
import { parseVenueTiers } from '../venue-tiers/parse-venue-tiers';
import { evaluateFormula, type FormulaPart } from './formula-parts';
import { explainLiquidation } from './liquidation-explanation';

const PROPERTY_TIMEOUT = 60_000;

function accepted<T>(run: () => T): T | 'refused' {
  try {
    return run();
  } catch {
    return 'refused';
  }
}

const same = (a: Decimal | null, b: Decimal | null) => (a === null ? b === null : b !== null && a.eq(b));

/** The formula as the page prints its second line: the values, in order. */
const substituted = (parts: readonly FormulaPart[]) =>
  parts.map((part) => (typeof part === 'object' ? part.value.toString() : part)).join(' ');

describe('explainLiquidation', () => {
  it.each(ALL_RULES)('ends on the engine liquidation and bankruptcy prices for %s', (rules) => {
    const inverse = isInverse(rules);
    for (const side of ['long', 'short'] as const) {
      const spec: PositionSpec = {
        rules,
        side,
        marginMode: 'isolated',
        entryPrice: '61234.5',
        quantity: inverse ? '250' : '0.73',
        leverage: '12',
        maintenanceMarginRate: '0.006',
        maintenanceAmount: inverse ? '0' : '3',
        takerFeeRate: '0.0005',
        ...(inverse ? { contractSize: '100' } : {}),
      };
      const explained = explainLiquidation(spec);
      const price = explained.steps.find((step) => step.id === 'price')!;
      expect(price.result.eq(explained.liquidationPrice!)).toBe(true);
      expect(explained.liquidationPrice!.eq(liquidationPrice(spec)!)).toBe(true);
      expect(explained.bankruptcyPrice!.eq(bankruptcyPrice(spec)!)).toBe(true);
      expect(explained.source.url).toMatch(/^https:\/\//);
    }
  });

  it(
    'equals liquidationPrice and bankruptcyPrice for random positions of every rule set, digit for digit',
    () => {
      fc.assert(
        fc.property(plausibleSpec, feeOptions, (spec, options) => {
          const engine = accepted(() => liquidationPrice(spec, options));
          const explained = accepted(() =>
            explainLiquidation(spec, options === undefined ? {} : { liquidation: options }),
          );
          if (engine === 'refused' || explained === 'refused') {
            // The explanation refuses exactly what the engine refuses.
            expect(explained === 'refused').toBe(engine === 'refused');
            return;
          }
          expect(same(explained.liquidationPrice, engine)).toBe(true);
          expect(same(explained.bankruptcyPrice, bankruptcyPrice(spec))).toBe(true);
          for (const step of [...explained.steps, ...explained.bankruptcySteps]) {
            expect(evaluateFormula(step.parts).eq(step.result)).toBe(true);
          }
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it("substitutes the reader's numbers in Bybit's inverse worked example (long 60,000 USD at 50,000, 10x, MMR 0.5%)", () => {
    // Bybit Help Center (cited in rules/bybit-inverse.ts): LP = 60,000 / (1.2 + 0.12 − 0.006).
    const explained = explainLiquidation({
      rules: 'bybit-inverse',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '50000',
      quantity: '60000',
      contractSize: '1',
      leverage: '10',
      maintenanceMarginRate: '0.005',
    });
    const ids = explained.steps.map((step) => step.id);
    expect(ids).toEqual(['position-value', 'margin', 'maintenance-margin', 'price']);
    const [value, margin, mm, price] = explained.steps;
    expect(value!.result.toString()).toBe('1.2');
    expect(margin!.result.toString()).toBe('0.12');
    expect(mm!.result.toString()).toBe('0.006');
    expect(substituted(price!.parts)).toBe('60000 × 1 ÷ ( 1.2 + 1 × ( 0.12 − 0.006 ) )');
    expect(explained.liquidationPrice!.eq(new Decimal(60000).div('1.314'))).toBe(true);
  });

  it("names Binance's bracket at the liquidation price and shows the notional there lies inside it", () => {
    const spec: PositionSpec = {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '60000',
      quantity: '1',
      leverage: '10',
      tiers: binanceBtcusdtTiers,
    };
    const explained = explainLiquidation(spec);
    const check = explained.steps.at(-1)!;
    expect(check.id).toBe('notional-at-price');
    const tier = explained.tier!;
    expect(tier.chosenBy).toBe('liquidation-price');
    expect(check.result.gte(tier.floor) && (tier.cap === null || check.result.lt(tier.cap))).toBe(true);
    expect(tier.sizeAtChoice!.eq(explained.liquidationPrice!.times(1))).toBe(true);
    // The formula's cum is the chosen tier's maintenance amount.
    const price = explained.steps.find((step) => step.id === 'price')!;
    const cum = price.parts.find((part) => typeof part === 'object' && part.symbol === 'cum');
    expect(typeof cum === 'object' && cum.value.eq(tier.maintenanceAmount)).toBe(true);
  });

  it('picks an OKX tier by the position size in contracts at entry, converted with the face value', () => {
    const response = JSON.stringify({
      code: '0',
      msg: '',
      data: [
        {
          instFamily: 'BTC-USDT',
          tier: '1',
          minSz: '0',
          maxSz: '500',
          mmr: '0.004',
          imr: '0.01',
          maxLever: '100',
        },
        {
          instFamily: 'BTC-USDT',
          tier: '2',
          minSz: '501',
          maxSz: '1000',
          mmr: '0.005',
          imr: '0.0133',
          maxLever: '75',
        },
      ],
    });
    const tiers = parseVenueTiers(response, { venue: 'okx', contractSize: '0.01' });
    const spec: PositionSpec = {
      rules: 'okx-linear',
      side: 'short',
      marginMode: 'isolated',
      entryPrice: '60000',
      quantity: '6', // 600 contracts of 0.01 BTC: tier 2
      leverage: '20',
      takerFeeRate: '0.0005',
      tiers,
    };
    const explained = explainLiquidation(spec);
    expect(explained.tier!.number).toBe(2);
    expect(explained.tier!.chosenBy).toBe('entry');
    expect(explained.tier!.sizeAtChoice!.toString()).toBe('6');
    const price = explained.steps.find((step) => step.id === 'price')!;
    // OKX's short form: (Margin + Size × Avg) ÷ (Size × ((MMR + Fee) + 1)).
    expect(substituted(price.parts)).toBe('( 18000 + 6 × 60000 ) ÷ ( 6 × ( ( 0.005 + 0.0005 ) + 1 ) )');
    expect(explained.liquidationPrice!.eq(liquidationPrice(spec)!)).toBe(true);
  });

  it("shows the cross account's other positions as the margin left for this one", () => {
    const spec: PositionSpec = {
      rules: 'binance-usdm',
      side: 'short',
      marginMode: 'cross',
      entryPrice: '3000',
      quantity: '2',
      leverage: '10',
      walletBalance: '1500',
      maintenanceMarginRate: '0.005',
      otherPositions: [
        {
          side: 'long',
          quantity: '0.1',
          entryPrice: '60000',
          markPrice: '59000',
          maintenanceMarginRate: '0.004',
        },
      ],
    };
    const explained = explainLiquidation(spec);
    const available = explained.steps.find((step) => step.id === 'available')!;
    // 1500 + (59,000 − 60,000) × 0.1 − 0.1 × 59,000 × 0.004
    expect(available.result.toString()).toBe('1376.4');
    expect(explained.liquidationPrice!.eq(liquidationPrice(spec)!)).toBe(true);
  });

  it('derives Hyperliquid maintenance from the maximum leverage as a step of its own', () => {
    const spec: PositionSpec = {
      rules: 'hyperliquid',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '100',
      quantity: '10',
      leverage: '20',
      maxLeverage: '40',
    };
    const explained = explainLiquidation(spec);
    expect(explained.steps.find((step) => step.id === 'maintenance-rate')!.result.toString()).toBe('0.0125');
    expect(explained.liquidationPrice!.eq(liquidationPrice(spec)!)).toBe(true);
  });

  it('reports no liquidation price where the formula gives none (a 1x long)', () => {
    const spec: PositionSpec = {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '100',
      quantity: '1',
      leverage: '1',
      maintenanceMarginRate: '0',
    };
    const explained = explainLiquidation(spec);
    expect(liquidationPrice(spec)).toBeNull();
    expect(explained.liquidationPrice).toBeNull();
    expect(explained.steps.find((step) => step.id === 'price')!.result.lte(0)).toBe(true);
  });
});

describe('evaluateFormula', () => {
  const v = (n: string) => ({ symbol: 'x', meaning: 'x', value: new Decimal(n) });
  it('multiplies and divides before adding, left to right, and honours parentheses', () => {
    expect(evaluateFormula([v('2'), '+', v('3'), '×', v('4')]).toString()).toBe('14');
    expect(evaluateFormula(['(', v('2'), '+', v('3'), ')', '×', v('4')]).toString()).toBe('20');
    expect(evaluateFormula([v('8'), '÷', v('4'), '÷', v('2')]).toString()).toBe('1');
    expect(evaluateFormula([v('8'), '−', v('4'), '−', v('2')]).toString()).toBe('2');
  });
  it('refuses a malformed formula', () => {
    expect(() => evaluateFormula([v('1'), '+'])).toThrow('malformed');
    expect(() => evaluateFormula(['(', v('1')])).toThrow('malformed');
    expect(() => evaluateFormula([v('1'), ')'])).toThrow('malformed');
  });
});
