// Generators for the scenario API fuzz (imported by tests only): scenario inputs that are valid,
// borderline (limits of every bound, engine refusals behind a valid schema) and garbage (wrong types,
// NaN, exponents, unknown enum values, surplus keys, broken share links).

import { ALL_RULES, isInverse, ruleSetInfo } from '@liqlab/core';
import { MAX_NOTES_LENGTH, MAX_TITLE_LENGTH } from '@liqlab/scenario/scenario-schema';
import { encodeScenarioState } from '@liqlab/scenario/scenario-state-codec';
import fc from 'fast-check';

/** A strict decimal string as the schema wants it (no exponent), `scale` decimals, within [min, max]. */
function decimalString(min: number, max: number, scale: number): fc.Arbitrary<string> {
  const factor = 10 ** scale;
  return fc.integer({ min: Math.ceil(min * factor), max: Math.floor(max * factor) }).map((n) => {
    const sign = n < 0 ? '-' : '';
    const digits = String(Math.abs(n)).padStart(scale + 1, '0');
    const whole = digits.slice(0, digits.length - scale);
    const fraction = scale === 0 ? '' : digits.slice(-scale).replace(/0+$/, '');
    return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
  });
}

/** Values no field of a scenario may hold. */
export const garbageValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e308,
    '',
    ' ',
    'NaN',
    'Infinity',
    '-0',
    '1e3',
    '0x10',
    ' 1',
    '01',
    '1.',
    '.5',
    '1'.repeat(41),
    '12345678901234',
    '0.0000000000000000001',
    '<script>alert(1)</script>',
    "'; DROP TABLE scenario; --",
    '\u0000',
    '💥',
    [],
    {},
    { $gt: '' },
  ),
  fc.double(),
  fc.string({ maxLength: 16 }),
  fc.anything({ maxDepth: 2 }),
);

const position = fc
  .record({
    rules: fc.constantFrom(...ALL_RULES),
    side: fc.constantFrom('long', 'short'),
    marginMode: fc.constantFrom('isolated', 'cross'),
    entryPrice: decimalString(0.01, 200_000, 2),
    quantity: decimalString(0.001, 500, 3),
    leverage: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 20 }).map(String) },
      { weight: 1, arbitrary: decimalString(1, 200, 1) },
    ),
    maintenance: fc.oneof(
      {
        weight: 3,
        arbitrary: decimalString(0, 0.2, 4).map((rate) => ({ kind: 'fixed', rate, amount: '0' })),
      },
      { weight: 1, arbitrary: fc.constant({ kind: 'tiers', preset: 'binance-btcusdt' }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'max-leverage' }) },
    ),
    margin: fc.option(decimalString(0, 1_000_000, 2), { nil: undefined }),
    takerFeeRate: fc.option(decimalString(0, 0.002, 5), { nil: undefined, freq: 6 }),
    fees: fc.boolean(),
    maxLeverage: fc.option(fc.integer({ min: 1, max: 200 }).map(String), { nil: undefined, freq: 4 }),
    contractSize: fc.constantFrom('10', '100'),
    funding: fc.option(
      fc.record({ rate: decimalString(-0.05, 0.05, 5), intervalHours: fc.integer({ min: 1, max: 24 }) }),
      { nil: undefined },
    ),
    slippageBps: decimalString(0, 1000, 1),
  })
  .map((p) => {
    const inverse = isInverse(p.rules);
    // Maintenance from the maximum leverage is Hyperliquid's rule; elsewhere it is refused.
    const maintenance =
      p.maintenance.kind === 'max-leverage' && !ruleSetInfo(p.rules).maintenanceFromMaxLeverage
        ? { kind: 'fixed', rate: '0.005', amount: '0' }
        : p.maintenance;
    return {
      rules: p.rules,
      side: p.side,
      marginMode: p.marginMode,
      entryPrice: p.entryPrice,
      size: { unit: 'quantity', quantity: p.quantity },
      leverage: p.leverage,
      ...(p.marginMode === 'cross'
        ? { walletBalance: p.margin ?? '100000' }
        : p.margin === undefined
          ? {}
          : { margin: p.margin }),
      ...(inverse ? { contractSize: p.contractSize } : {}),
      maintenance,
      ...(p.maxLeverage === undefined && maintenance.kind !== 'max-leverage'
        ? {}
        : { maxLeverage: String(Math.max(Number(p.maxLeverage ?? 50), Number(p.leverage))) }),
      ...(p.takerFeeRate === undefined ? {} : { takerFeeRate: p.takerFeeRate }),
      fees: { enabled: p.fees && p.takerFeeRate !== undefined },
      ...(p.funding === undefined ? {} : { funding: p.funding }),
      slippageBps: p.slippageBps,
    };
  });

const ticks = fc
  .tuple(
    fc.integer({ min: 0, max: 1_700_000_000_000 }),
    fc.array(fc.tuple(fc.integer({ min: 1, max: 3_600_000 }), decimalString(0.01, 200_000, 2)), {
      minLength: 2,
      maxLength: 50,
    }),
  )
  .map(([start, steps]) => {
    let t = start;
    return steps.map(([dt, price]) => {
      t += dt;
      return [t, price] as [number, string];
    });
  });

/** Text PostgreSQL cannot store: a NUL or a lone surrogate somewhere inside (refused with a 400). */
const unstorableText = fc
  .tuple(
    fc.string({ maxLength: 10 }),
    fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d'),
    fc.string({ maxLength: 10 }),
  )
  .map(([before, bad, after]) => `${before}${bad}${after}`);

/** Mostly ordinary seeds, now and then one that cannot be stored. */
const seedText = fc.oneof(
  { weight: 9, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: unstorableText },
);

const path = fc.oneof(
  fc.record({
    kind: fc.constant('gbm'),
    seed: seedText,
    startPrice: decimalString(0.01, 200_000, 2),
    annualVolatility: decimalString(0, 10, 2),
    annualDrift: decimalString(-10, 10, 2),
    horizonDays: fc.double({ min: 0.001, max: 3650, noNaN: true }),
    steps: fc.integer({ min: 1, max: 2000 }),
  }),
  fc.record({
    kind: fc.constant('named'),
    name: fc.constantFrom('short-squeeze-after-new-high', 'flash-crash-wick', 'choppy-range', 'slow-bleed'),
    seed: seedText,
    startPrice: decimalString(0.01, 200_000, 2),
    steps: fc.integer({ min: 1, max: 2000 }),
  }),
  ticks.map((t) => ({ kind: 'ticks', ticks: t })),
);

const title = fc.oneof(
  { weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('x'.repeat(MAX_TITLE_LENGTH), `  ${'y'.repeat(MAX_TITLE_LENGTH)}  `),
  },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(MAX_TITLE_LENGTH + 1), '   ', '', 'ä'.repeat(200)) },
  { weight: 1, arbitrary: unstorableText },
);

/** A scenario whose every field is schema-shaped; the engine may still refuse the combination. */
export const plausibleScenario = fc.record(
  {
    title,
    notes: fc.oneof(fc.string({ maxLength: 200 }), fc.constant('n'.repeat(MAX_NOTES_LENGTH)), unstorableText),
    position,
    path,
    visibility: fc.constantFrom('PRIVATE', 'UNLISTED', 'PUBLIC'),
    clientKey: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
  },
  { requiredKeys: ['title', 'position', 'path'] },
);

type Json = Record<string, unknown>;

/** A path of keys into a scenario (`position.size.quantity`), and a value to put there. */
const mutation = fc.tuple(
  fc.constantFrom(
    'title',
    'notes',
    'visibility',
    'clientKey',
    'position',
    'position.rules',
    'position.side',
    'position.marginMode',
    'position.entryPrice',
    'position.size',
    'position.size.unit',
    'position.size.quantity',
    'position.leverage',
    'position.margin',
    'position.walletBalance',
    'position.contractSize',
    'position.maintenance',
    'position.maintenance.kind',
    'position.maintenance.rate',
    'position.maintenance.preset',
    'position.maxLeverage',
    'position.takerFeeRate',
    'position.fees',
    'position.funding',
    'position.otherPositions',
    'path',
    'path.kind',
    'path.steps',
    'path.horizonDays',
    'path.startPrice',
    'path.ticks',
    'surplus',
  ),
  fc.oneof(
    { weight: 3, arbitrary: garbageValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>('ftx', 'ADMIN', 'sideways', 'quote', 'ticks', 99_999, 100_000),
    },
  ),
);

function withMutation(scenario: Json, [keyPath, value]: [string, unknown]): Json {
  const copy: Json = structuredClone(scenario);
  const keys = keyPath.split('.');
  let target: Json = copy;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    if (next === null || typeof next !== 'object') return copy;
    target = next as Json;
  }
  target[keys.at(-1)!] = value;
  return copy;
}

/** A plausible scenario with one to three fields replaced by garbage or removed. */
export const mutatedScenario: fc.Arbitrary<unknown> = fc
  .tuple(plausibleScenario, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([scenario, mutations]) => mutations.reduce<Json>(withMutation, scenario as Json));

/** Anything where a scenario should be. */
export const garbageScenario: fc.Arbitrary<unknown> = fc.oneof(garbageValue, fc.object({ maxDepth: 3 }));

export const anyScenario = fc.oneof(
  { weight: 3, arbitrary: plausibleScenario as fc.Arbitrary<unknown> },
  { weight: 4, arbitrary: mutatedScenario },
  { weight: 1, arbitrary: garbageScenario },
);

/** Share-link states: valid encodings, damaged ones, other versions and plain garbage. */
export const sharedState: fc.Arbitrary<unknown> = fc.oneof(
  // A link holds the scenario itself: no visibility, no idempotency key.
  plausibleScenario.map(({ visibility: _v, clientKey: _k, ...s }) => encodeScenarioState(s as never)),
  anyScenario.map((s) => encodeScenarioState(s as never)),
  fc.tuple(anyScenario, fc.nat(), fc.constantFrom('truncate', 'flip', 'insert')).map(([s, at, how]) => {
    const text = encodeScenarioState(s as never);
    const i = 3 + (at % Math.max(1, text.length - 3));
    if (how === 'truncate') return text.slice(0, i);
    if (how === 'insert') return `${text.slice(0, i)}~${text.slice(i)}`;
    const flipped = text[i] === 'A' ? 'B' : 'A';
    return text.slice(0, i) + flipped + text.slice(i + 1);
  }),
  fc.string({ maxLength: 60 }).map((s) => `v1.${s}`),
  fc.constantFrom<unknown>('', 'v1.', 'v2.abc', 'v1', 'x'.repeat(300_000), `v1.${'A'.repeat(200_000)}`),
  garbageValue,
);

/** What to look a scenario up by: real ids and slugs (filled in by the test), or anything else. */
export const idOrSlugValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  garbageValue,
  fc.constantFrom<unknown>('x'.repeat(65), '../../etc/passwd', "' OR 1=1 --", 'preset-none'),
);
