// Fuzz of the engine's public entry points with generated position specs (valid, borderline, garbage).
// Every call must return a figure that satisfies the engine's laws or throw a LiquidationError with a
// known code: never another error type, never a wrong-but-plausible number. Seeded, so a failure
// replays exactly: fast-check prints the seed and the counterexample path; rerun with FUZZ_SEED=<seed>.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decimal } from '../decimal';
import { bankruptcyPrice } from '../perpetual/bankruptcy-price';
import { liquidationPrice } from '../perpetual/liquidation-price';
import { maintenanceMargin } from '../perpetual/maintenance-margin';
import { maintenanceTierFor } from '../perpetual/maintenance-tiers';
import { marginRatio } from '../perpetual/margin-ratio';
import { type FeeOptions, normalizeSpec } from '../perpetual/normalize-spec';
import { unrealizedPnl } from '../perpetual/pnl';
import { initialMargin } from '../position-tools/initial-margin';
import { maxPosition } from '../position-tools/max-position';
import type { PositionSpec } from '../types';
import { assertLiquidationLaws, assertTypedRefusal, outcomeOf, requirementAt, scaleAt } from './engine-laws';
import {
  borderlineSpec,
  consistentTiers,
  exactDecimal,
  feeOptions,
  garbageNum,
  garbageSpec,
  inconsistentTiers,
  mutatedSpec,
  numField,
  plausibleSpec,
} from './spec-arbitraries';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
// CPU-bound; room for a busy 2-core CI box (not a timing assertion).
const TIMEOUT = 120_000;

function run<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, check: (value: T) => void): void {
  const result = fc.check(fc.property(arbitrary, check), { seed: SEED, numRuns });
  if (result.failed) {
    // fast-check's report holds the seed, the replay path and the shrunk counterexample.
    const cause =
      result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    throw new Error(`${fc.defaultReportMessage(result)}\nError: ${cause}\nReplay with FUZZ_SEED=${SEED}.`);
  }
}

let accepted = 0;
let refused = 0;

/** liquidationPrice on any input: a typed refusal, or a price (or null) that obeys the laws. */
function checkLiquidationPrice(spec: unknown, options: FeeOptions | undefined): void {
  const outcome = outcomeOf(() => liquidationPrice(spec as PositionSpec, options));
  if (!outcome.ok) {
    refused++;
    // The same spec is refused by the parser alone, or by the bracket solver (a discontinuous table).
    const parsed = outcomeOf(() => normalizeSpec(spec as PositionSpec, options));
    if (parsed.ok) expect(outcome.error.code).toBe('INVALID_TIERS');
    return;
  }
  accepted++;
  const n = normalizeSpec(spec as PositionSpec, options);
  assertLiquidationLaws(n, outcome.value);
  if (outcome.value !== null) {
    // The public margin ratio agrees: 1 at the price, wherever the requirement is not so small against
    // the figures that 40 digits cannot resolve the quotient (a rate of 5e-324, say).
    const ratio = marginRatio(spec as PositionSpec, outcome.value, options);
    if (requirementAt(n, outcome.value).gt(scaleAt(n, outcome.value).times('1e-20'))) {
      expect(ratio.minus(1).abs().lte('1e-12')).toBe(true);
    }
  }
}

describe('engine fuzz (fast-check, seeded)', () => {
  it(
    'liquidationPrice: valid, mutated, borderline and garbage specs (12,000 inputs)',
    () => {
      run(fc.tuple(plausibleSpec, feeOptions), 4000, ([spec, options]) =>
        checkLiquidationPrice(spec, options),
      );
      run(fc.tuple(mutatedSpec, feeOptions), 4000, ([spec, options]) => checkLiquidationPrice(spec, options));
      run(fc.tuple(borderlineSpec, feeOptions), 2500, ([spec, options]) =>
        checkLiquidationPrice(spec, options),
      );
      run(fc.tuple(garbageSpec, feeOptions), 1500, ([spec, options]) => checkLiquidationPrice(spec, options));
      // The generators reach both outcomes in earnest, not only one of them (a floor on coverage: the
      // split moves with the catalog — rule sets that solve across tiers refuse discontinuous tables).
      expect(accepted).toBeGreaterThan(2500);
      expect(refused).toBeGreaterThan(3000);
    },
    TIMEOUT,
  );

  it(
    'the other position figures: a Decimal with its own law, or a typed refusal (4,000 inputs)',
    () => {
      const spec = fc.oneof(plausibleSpec, mutatedSpec, borderlineSpec);
      const price = numField(exactDecimal(0.0001, 1_000_000, 4));
      run(fc.tuple(spec, price, feeOptions), 2000, ([s, mark, options]) => {
        const ratio = outcomeOf(() => marginRatio(s as PositionSpec, mark as never, options));
        if (ratio.ok) {
          // Never NaN; Infinity once the margin balance is gone; negative only when the requirement is
          // (a fixed maintenance amount above notional × rate: see the report in BENCHMARKS.md).
          expect(ratio.value.isNaN()).toBe(false);
          const mm = maintenanceMargin(s as PositionSpec, mark as never, options);
          expect(mm.isFinite()).toBe(true);
          if (ratio.value.isNegative() && !ratio.value.isZero()) expect(mm.isNegative()).toBe(true);
        }
        const pnl = outcomeOf(() => unrealizedPnl(s as PositionSpec, mark as never));
        if (pnl.ok) expect(pnl.value.isFinite()).toBe(true);
        const im = outcomeOf(() => initialMargin(s as PositionSpec));
        if (im.ok) expect(im.value.isFinite() && im.value.isPositive()).toBe(true);
        const bp = outcomeOf(() => bankruptcyPrice(s as PositionSpec));
        if (bp.ok && bp.value !== null) {
          const b: Decimal = bp.value;
          expect(b.isFinite() && b.isPositive() && !b.isZero()).toBe(true);
        }
      });
      run(
        fc.tuple(fc.oneof(consistentTiers, inconsistentTiers), numField(exactDecimal(0, 20_000_000, 2))),
        1000,
        ([tiers, notional]) => {
          const tier = outcomeOf(() => maintenanceTierFor(tiers as never, notional as never));
          if (tier.ok) expect((tiers as unknown[]).includes(tier.value)).toBe(true);
        },
      );
      run(
        fc.record({
          balance: numField(exactDecimal(0, 1_000_000, 2)),
          leverage: fc.oneof(numField(exactDecimal(1, 125, 0)), garbageNum),
          entryPrice: numField(exactDecimal(1, 100_000, 2)),
          tiers: fc.oneof(consistentTiers, inconsistentTiers),
          rules: fc.constantFrom<unknown>('binance-usdm', 'binance-coinm', 'bybit-linear', 'ftx', null),
          contractSize: fc.option(numField(exactDecimal(1, 100, 0)), { nil: undefined }),
        }),
        1000,
        (input) => {
          const max = outcomeOf(() => maxPosition(input as never));
          if (max.ok) {
            expect(max.value.notional.isFinite() && !max.value.notional.isNegative()).toBe(true);
            expect(max.value.quantity.isFinite() && !max.value.quantity.isNegative()).toBe(true);
          }
        },
      );
    },
    TIMEOUT,
  );

  it('a refusal check that would let a stray TypeError through is itself caught', () => {
    expect(() => assertTypedRefusal(new TypeError('x'))).toThrow(/expected a LiquidationError/);
  });
});
