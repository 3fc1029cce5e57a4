// Generators for the engine fuzz (imported by tests only): position specs that are valid, borderline
// (exact but extreme decimals, zero rates, 1x leverage, tiny margins) and garbage (wrong types, NaN,
// Infinity, unknown rules, inconsistent bracket tables, missing and surplus fields).
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { Decimal } from '../decimal';
import { binanceBtcusdtTiers } from '../perpetual/presets/binance-btcusdt-tiers';
import { ALL_RULES, isInverse, supportsCross } from '../perpetual/rules/rule-set-catalog';
import type { MaintenanceTier, MarginMode, OtherPosition, PositionSpec, Rules, Side } from '../types';

/** An exact decimal in [min, max] with `scale` decimals, as a Decimal, a string or (when exact) a number. */
export function exactDecimal(min: number, max: number, scale: number): fc.Arbitrary<Decimal> {
  return fc
    .bigInt({ min: BigInt(Math.round(min * 10 ** scale)), max: BigInt(Math.round(max * 10 ** scale)) })
    .map((n) => new Decimal(n.toString()).div(new Decimal(10).pow(scale)));
}

/** The same value in each form the engine accepts: Decimal, decimal string, number, other decimal.js clone. */
function asNum(value: Decimal): fc.Arbitrary<unknown> {
  return fc.constantFrom<unknown>(
    value,
    value.toString(),
    value.toFixed(),
    Number(value.toString()),
    new DecimalJs(value.toString()),
  );
}

/** A positive magnitude over 60 orders (1e-30 … 1e30), exact. */
const anyMagnitude: fc.Arbitrary<Decimal> = fc
  .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -30, max: 30 }))
  .map(([mantissa, exponent]) => new Decimal(mantissa).times(new Decimal(10).pow(exponent)));

/** Values no numeric field may accept, and extremes some fields must refuse. */
export const garbageNum: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    -1,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    '1_000',
    '1,5',
    '1e',
    '.',
    '-',
    '--1',
    '١٢٣',
    '1e9999999999999999',
    '1e-9999999999999999',
    '-1e-30',
    '1'.repeat(400),
    `0.${'0'.repeat(300)}1`,
    null,
    undefined,
    true,
    false,
    {},
    [],
    [1],
    { valueOf: () => 1 },
    { toString: () => '1' },
    10n,
    Symbol('price'),
    () => 1,
    new Date(0),
    new DecimalJs(Number.NaN),
    new Decimal(Number.POSITIVE_INFINITY),
  ),
  fc.double(),
  fc.string({ maxLength: 12 }),
  anyMagnitude.map((d) => d.negated().toString()),
);

/** A numeric field: mostly a sensible exact value, sometimes an extreme magnitude, sometimes garbage. */
export function numField(sensible: fc.Arbitrary<Decimal>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: sensible.chain(asNum) },
    { weight: 2, arbitrary: anyMagnitude.chain(asNum) },
    { weight: 1, arbitrary: garbageNum },
  );
}

/**
 * A continuous bracket table (floors start at 0, each floor = the previous cap, Binance's cum rule),
 * sometimes with an open-ended last bracket (no cap), as Hyperliquid publishes its tiers.
 */
export const consistentTiers: fc.Arbitrary<MaintenanceTier[]> = fc
  .tuple(
    fc.array(fc.tuple(exactDecimal(1, 10_000_000, 2), exactDecimal(0, 0.05, 4)), {
      minLength: 1,
      maxLength: 8,
    }),
    exactDecimal(0, 0.02, 4),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([steps, firstRate, withLeverage, openLast]) => {
    const tiers: MaintenanceTier[] = [];
    let floor = new Decimal(0);
    let rate = firstRate;
    let amount = new Decimal(0);
    steps.forEach(([width, rateStep], index) => {
      const nextRate = index === 0 ? rate : Decimal.min(rate.plus(rateStep), '0.5');
      if (index > 0) amount = amount.plus(floor.times(nextRate.minus(rate)));
      rate = nextRate;
      const cap = floor.plus(width);
      const open = openLast && index === steps.length - 1;
      tiers.push({
        notionalFloor: floor.toString(),
        ...(open ? {} : { notionalCap: cap.toString() }),
        maintenanceMarginRate: rate.toString(),
        maintenanceAmount: amount.toString(),
        ...(withLeverage ? { maxLeverage: String(Math.max(1, 125 >> index)) } : {}),
      });
      floor = cap;
    });
    return tiers;
  });

/** A table broken in one way: unsorted, gapped, overlapping, discontinuous, out-of-range or mistyped. */
export const inconsistentTiers: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>([], null, 'tiers', {}, [null], [1], [{}], [[0, 1, 0.01, 0]]),
  fc
    .tuple(
      consistentTiers,
      fc.nat(),
      fc.constantFrom<keyof MaintenanceTier>(
        'notionalFloor',
        'notionalCap',
        'maintenanceMarginRate',
        'maintenanceAmount',
        'maxLeverage',
      ),
      garbageNum,
    )
    .map(([tiers, at, key, value]) => {
      const copy = tiers.map((t) => ({ ...t }));
      (copy[at % copy.length] as Record<string, unknown>)[key] = value;
      return copy;
    }),
  consistentTiers.map((tiers) => [...tiers].reverse()),
  consistentTiers.map((tiers) => [...tiers, ...tiers]),
  consistentTiers.map((tiers) =>
    tiers.map((t, i) => ({ ...t, maintenanceAmount: String(i * 7 + 0.5), maintenanceMarginRate: '0.99' })),
  ),
);

const CROSS_RULES: readonly Rules[] = ALL_RULES.filter(supportsCross);

const otherPosition: fc.Arbitrary<OtherPosition> = fc.record({
  side: fc.constantFrom<Side>('long', 'short'),
  quantity: exactDecimal(0.001, 1000, 3),
  entryPrice: exactDecimal(1, 100_000, 2),
  markPrice: exactDecimal(1, 100_000, 2),
  maintenanceMarginRate: exactDecimal(0, 0.1, 4),
});

/** A spec the engine should accept in most cases (it may still refuse e.g. leverage above a bracket). */
export const plausibleSpec: fc.Arbitrary<PositionSpec> = fc
  .record({
    rules: fc.constantFrom(...ALL_RULES),
    side: fc.constantFrom<Side>('long', 'short'),
    marginMode: fc.constantFrom<MarginMode>('isolated', 'cross'),
    entryPrice: exactDecimal(0.0001, 1_000_000, 4),
    // The notional at entry, from which the quantity follows: mostly inside the bracket tables.
    targetNotional: fc.oneof(exactDecimal(1, 1_000_000, 2), exactDecimal(1, 1_000_000_000, 0)),
    leverage: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 20 }).map(String) },
      { weight: 1, arbitrary: exactDecimal(1, 200, 2) },
    ),
    maintenance: fc.oneof(
      exactDecimal(0, 0.2, 4).map((rate) => ({ kind: 'fixed' as const, rate })),
      fc.constant({ kind: 'preset' as const }),
      consistentTiers.map((tiers) => ({ kind: 'tiers' as const, tiers })),
    ),
    maintenanceAmount: fc.option(exactDecimal(0, 1000, 2), { nil: undefined }),
    marginFactor: fc.option(exactDecimal(0, 3, 3), { nil: undefined }),
    takerFeeRate: fc.option(exactDecimal(0, 0.002, 5), { nil: undefined, freq: 8 }),
    contractSize: fc.constantFrom('1', '10', '100'),
    maxLeverage: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    others: fc.array(otherPosition, { maxLength: 3 }),
  })
  .map((c): PositionSpec => {
    const inverse = isInverse(c.rules);
    const cross = c.marginMode === 'cross' && CROSS_RULES.includes(c.rules);
    const quantity = (
      inverse ? c.targetNotional.times(c.entryPrice).div(c.contractSize) : c.targetNotional.div(c.entryPrice)
    ).toDecimalPlaces(inverse ? 0 : 6, Decimal.ROUND_UP);
    const leverage = c.maxLeverage === undefined ? c.leverage : Decimal.min(c.leverage, c.maxLeverage);
    const notional = inverse
      ? quantity.times(c.contractSize).div(c.entryPrice)
      : quantity.times(c.entryPrice);
    const spec: PositionSpec = {
      rules: c.rules,
      side: c.side,
      marginMode: cross ? 'cross' : 'isolated',
      entryPrice: c.entryPrice.toString(),
      quantity: quantity.toString(),
      leverage: leverage.toString(),
      ...(inverse ? { contractSize: c.contractSize } : {}),
      ...(c.takerFeeRate === undefined ? {} : { takerFeeRate: c.takerFeeRate.toString() }),
      ...(c.maxLeverage === undefined ? {} : { maxLeverage: c.maxLeverage }),
    };
    if (c.maintenance.kind === 'fixed') {
      spec.maintenanceMarginRate = c.maintenance.rate.toString();
      if (c.maintenanceAmount !== undefined) spec.maintenanceAmount = c.maintenanceAmount.toString();
    } else if (c.maintenance.kind === 'preset') {
      spec.tiers = binanceBtcusdtTiers;
    } else {
      spec.tiers = c.maintenance.tiers;
    }
    // Margin as a multiple of the initial margin: 0 (nothing), below it (already liquidatable), above it.
    if (c.marginFactor !== undefined) {
      const margin = notional.div(leverage).times(c.marginFactor).toString();
      if (cross) spec.walletBalance = margin;
      else spec.margin = margin;
    } else if (cross) {
      spec.walletBalance = notional.div(leverage).toString();
    }
    if (cross && !inverse && c.others.length > 0) spec.otherPositions = c.others;
    return spec;
  });

const SPEC_KEYS = [
  'rules',
  'side',
  'marginMode',
  'entryPrice',
  'quantity',
  'contractSize',
  'leverage',
  'margin',
  'walletBalance',
  'maintenanceMarginRate',
  'maintenanceAmount',
  'tiers',
  'takerFeeRate',
  'maxLeverage',
  'otherPositions',
] as const;

/** A replacement for one field: garbage, an unknown enum value, a broken table, or nothing at all. */
const fieldMutation: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(fc.constantFrom(...SPEC_KEYS), garbageNum),
  fc.tuple(
    fc.constant('rules'),
    fc.constantFrom<unknown>('ftx', 'BINANCE-USDM', '', 'toString', '__proto__', 7),
  ),
  fc.tuple(fc.constant('side'), fc.constantFrom<unknown>('buy', 'LONG', 1, -1, null)),
  fc.tuple(fc.constant('marginMode'), fc.constantFrom<unknown>('portfolio', 'Cross', true)),
  fc.tuple(fc.constant('tiers'), inconsistentTiers),
  fc.tuple(
    fc.constant('otherPositions'),
    fc.oneof(
      fc.constantFrom<unknown>(null, 'x', {}, [null], [{}], [[1]]),
      fc.array(
        fc.record({
          side: fc.constantFrom('long', 'x'),
          quantity: garbageNum,
          entryPrice: garbageNum,
          markPrice: garbageNum,
          maintenanceMarginRate: garbageNum,
        }),
        { maxLength: 2 },
      ),
    ),
  ),
  fc.tuple(fc.constantFrom(...SPEC_KEYS), fc.constant(undefined)),
  fc.tuple(fc.string({ maxLength: 8 }), fc.anything()),
);

/** A plausible spec with one to three fields broken. */
export const mutatedSpec: fc.Arbitrary<unknown> = fc
  .tuple(plausibleSpec, fc.array(fieldMutation, { minLength: 1, maxLength: 3 }))
  .map(([spec, mutations]) => {
    const copy: Record<string, unknown> = { ...spec };
    for (const [key, value] of mutations) {
      if (key === '__proto__') continue; // an own "__proto__" key is JSON's business, not a spec's
      copy[key] = value;
    }
    return copy;
  });

/** Every numeric field drawn freely (sensible, extreme or garbage): borderline combinations. */
export const borderlineSpec: fc.Arbitrary<unknown> = fc.record(
  {
    rules: fc.constantFrom<unknown>(...ALL_RULES),
    side: fc.constantFrom<unknown>('long', 'short'),
    marginMode: fc.constantFrom<unknown>('isolated', 'cross'),
    entryPrice: numField(exactDecimal(0.01, 100_000, 2)),
    quantity: numField(exactDecimal(0.001, 1000, 3)),
    contractSize: numField(exactDecimal(1, 100, 0)),
    leverage: numField(exactDecimal(1, 125, 1)),
    margin: numField(exactDecimal(0, 100_000, 2)),
    walletBalance: numField(exactDecimal(0, 100_000, 2)),
    maintenanceMarginRate: numField(exactDecimal(0, 0.1, 4)),
    maintenanceAmount: numField(exactDecimal(0, 100, 2)),
    takerFeeRate: numField(exactDecimal(0, 0.001, 5)),
    maxLeverage: numField(exactDecimal(1, 200, 0)),
  },
  { requiredKeys: ['rules', 'side', 'marginMode', 'entryPrice', 'quantity'] },
);

/** Anything at all where a spec should be. */
export const garbageSpec: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, 0, '', 'spec', [], {}, Symbol('spec'), () => ({})),
  fc.anything(),
  fc.object(),
  fc.dictionary(fc.constantFrom(...SPEC_KEYS), fc.anything()),
);

/** Fee options: absent, or each explicit choice. */
export const feeOptions = fc.constantFrom(
  undefined,
  {},
  { includeClosingFee: true },
  { includeClosingFee: false },
);
