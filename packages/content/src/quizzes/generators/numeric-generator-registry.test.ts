import {
  createRandom,
  Decimal,
  isLiquidationError,
  liquidationPrice,
  marginRatio,
  type PositionSpec,
  type Rules,
  type Side,
} from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { allQuestions } from '../course';
import { NUMERIC_GENERATORS, type NumericGeneratorId, numericGeneratorIds } from '../numeric-generators';
import { otherPositionsWithTotals } from './cross-liquidation-price';
import { createParamDraw } from './numeric-generator';
import { numericGeneratorFor, numericGenerators } from './numeric-generator-registry';

type Params = Readonly<Record<string, string>>;

/** The positions behind the perpetual exercises, rebuilt from the parameters with a maintenance rate. */
const positions: Partial<Record<NumericGeneratorId, (p: Params) => PositionSpec>> = {
  'bankruptcy-price': (p) => isolated(p, { leverage: p.leverage }),
  'isolated-liquidation-price': (p) =>
    isolated(p, {
      rules: p.rules as Rules,
      leverage: p.leverage,
      maintenanceMarginRate: p.maintenanceMarginRate,
    }),
  'position-equity': (p) => isolated(p, { margin: p.margin }),
  'cross-liquidation-price': (p) =>
    isolated(p, {
      marginMode: 'cross',
      walletBalance: p.walletBalance,
      maintenanceMarginRate: p.maintenanceMarginRate,
      otherPositions: otherPositionsWithTotals(p.otherMaintenanceMargin!, p.otherUnrealizedPnl!),
    }),
  'liquidation-surplus': (p) => isolated(p, { leverage: p.leverage }),
  'initial-margin': (p) => isolated(p, { leverage: p.leverage }),
  'short-liquidation-rise-percent': (p) =>
    isolated(
      { side: 'short', entryPrice: '100', quantity: '1' },
      { leverage: p.leverage, maintenanceMarginRate: p.maintenanceMarginRate },
    ),
};

function isolated(p: Params, extra: Partial<PositionSpec>): PositionSpec {
  return {
    rules: 'binance-usdm',
    side: (p.side ?? 'long') as Side,
    marginMode: 'isolated',
    entryPrice: p.entryPrice!,
    quantity: p.quantity!,
    maintenanceMarginRate: '0.004',
    ...extra,
  };
}

describe('numeric generator registry', () => {
  it('implements exactly the listed generators, each with the listed parameters', () => {
    expect(Object.keys(numericGenerators).sort()).toEqual([...numericGeneratorIds].sort());
    for (const id of numericGeneratorIds) {
      const generator = numericGeneratorFor(id);
      expect(generator.id).toBe(id);
      expect(Object.keys(generator.params).sort(), id).toEqual([...NUMERIC_GENERATORS[id]].sort());
    }
  });

  it('shows each answer in the unit of every question that uses it', () => {
    for (const q of allQuestions) {
      if (q.kind === 'numeric') expect(q.unit, q.id).toBe(numericGeneratorFor(q.generator).unit);
    }
  });
});

describe('drawn parameters are valid engine inputs', () => {
  const SEEDS = 500;
  for (const id of numericGeneratorIds) {
    it(`${id}: ${SEEDS} seeds draw in-range parameters the engine accepts`, () => {
      const generator = numericGeneratorFor(id);
      for (let seed = 0; seed < SEEDS; seed++) {
        const params = generator.draw(createParamDraw(createRandom(`engine-${seed}`), {}));
        for (const [name, spec] of Object.entries(generator.params)) {
          const value = params[name]!;
          if (spec.kind === 'enum') expect(spec.values, `${id}.${name}`).toContain(value);
          else {
            expect(value, `${id}.${name}`).toMatch(/^-?\d+(\.\d+)?$/);
            expect(
              new Decimal(value).gte(spec.min) && new Decimal(value).lte(spec.max),
              `${id}.${name}=${value}`,
            ).toBe(true);
          }
        }
        let answer: Decimal;
        try {
          answer = generator.answer(params);
        } catch (error) {
          const detail = isLiquidationError(error) ? `${error.code} (${error.field})` : String(error);
          throw new Error(`${id} seed ${seed} ${JSON.stringify(params)}: ${detail}`);
        }
        expect(answer.isFinite(), `${id} seed ${seed}`).toBe(true);
        const spec = positions[id]?.(params);
        if (spec) {
          // Open and not already past liquidation at entry: a position an exchange would accept.
          expect(marginRatio(spec, spec.entryPrice).lt(1), `${id} seed ${seed}`).toBe(true);
          expect(liquidationPrice(spec), `${id} seed ${seed}`).not.toBeNull();
        }
      }
    });
  }

  it('keeps stops and fills on the losing side of the entry', () => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const draw = () => createParamDraw(createRandom(`order-${seed}`), {});
      const stop = numericGenerators['stop-loss-cost'].draw(draw());
      expect(
        new Decimal(stop.fillPrice).lte(stop.stopPrice) && new Decimal(stop.stopPrice).lt(stop.entryPrice),
      ).toBe(true);
      const size = numericGenerators['position-size-from-stop'].draw(draw());
      expect(new Decimal(size.stopPrice).lt(size.entryPrice)).toBe(true);
    }
  });

  it('lets a pinned value steer the draws that depend on it', () => {
    for (let seed = 0; seed < 100; seed++) {
      const p = numericGenerators['position-equity'].draw(
        createParamDraw(createRandom(`pinned-${seed}`), { side: 'short', entryPrice: '60000' }),
      );
      expect(p.side).toBe('short');
      expect(p.entryPrice).toBe('60000');
      expect(numericGenerators['position-equity'].answer(p).gt(0)).toBe(true);
    }
  });
});
