import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { isLiquidationError, type LiquidationError } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { positionQuantity } from './position-spec-from-scenario';
import { pricePathOf } from './price-path-from-scenario';
import { scenarioFromPreset } from './scenario-from-preset';
import { MAX_TICKS } from './scenario-path-schema';
import { scenarioInputSchema, validateScenarioWithEngine } from './scenario-schema';
import { ticks, validScenario } from './testing/scenario-test-fixtures';

const parse = (value: unknown) => scenarioInputSchema.safeParse(value);
const withPosition = (position: Record<string, unknown>) => {
  const base = validScenario();
  return { ...base, position: { ...base.position, ...position } };
};

function engineError(run: () => void): LiquidationError {
  try {
    run();
  } catch (error) {
    if (isLiquidationError(error)) return error;
    throw error;
  }
  throw new Error('expected a LiquidationError');
}

describe('scenario schema', () => {
  it('accepts a complete scenario and fills in defaults', () => {
    const result = parse({ ...validScenario(), notes: undefined });
    expect(result.success).toBe(true);
    expect(result.data?.notes).toBe('');
    expect(result.data?.position.stopLoss).toEqual({ price: '57000', trigger: 'last' });
  });

  it('trims the title and keeps markup verbatim as plain text', () => {
    const title = '  <script>alert("x")</script> & <b>bold</b>  ';
    const result = parse(validScenario({ title }));
    expect(result.data?.title).toBe('<script>alert("x")</script> & <b>bold</b>');
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['121 characters', 'x'.repeat(121)],
    ['10 MB', 'x'.repeat(10 * 1024 * 1024)],
    ['a number', 42],
  ])('refuses a title that is %s', (_, title) => {
    expect(parse({ ...validScenario(), title }).success).toBe(false);
  });

  it('refuses notes over 5,000 characters', () => {
    expect(parse(validScenario({ notes: 'n'.repeat(5000) })).success).toBe(true);
    const tooLong = parse(validScenario({ notes: 'n'.repeat(5001) }));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toBe('the notes are at most 5,000 characters');
  });

  it.each([
    'NaN',
    'Infinity',
    '-Infinity',
    '1e3',
    '0x10',
    ' 60000',
    '60000 ',
    '+60000',
    '060000',
    '60,000',
    '60000.',
    '.5',
    '-1',
    '0',
    '1000000000000.000000000000000001',
    '10000000000000',
    '1.0000000000000000001',
    '',
  ])('refuses the entry price %j', (entryPrice) => {
    expect(parse(withPosition({ entryPrice })).success).toBe(false);
  });

  it('refuses numbers where decimal strings are expected', () => {
    expect(parse(withPosition({ entryPrice: 60000 })).success).toBe(false);
    expect(parse(withPosition({ leverage: 10 })).success).toBe(false);
  });

  it('accepts the largest price and 18 decimals', () => {
    expect(parse(withPosition({ entryPrice: '1000000000000' })).success).toBe(true);
    expect(parse(withPosition({ entryPrice: '0.000000000000000001' })).success).toBe(true);
  });

  it.each(['0.99', '200.0001', '201', '1e2'])('refuses leverage %s', (leverage) => {
    expect(parse(withPosition({ leverage })).success).toBe(false);
  });

  it('refuses unknown fields, rules and inconsistent margin settings', () => {
    expect(parse(withPosition({ extra: true })).success).toBe(false);
    expect(parse(withPosition({ rules: 'ftx' })).success).toBe(false);
    expect(parse(withPosition({ marginMode: 'cross' })).success).toBe(false); // no walletBalance
    expect(parse(withPosition({ walletBalance: '1000' })).success).toBe(false); // isolated
    expect(parse(withPosition({ contractSize: '100' })).success).toBe(false); // linear
    expect(parse(withPosition({ rules: 'binance-coinm' })).success).toBe(false); // no contractSize
    expect(parse(withPosition({ fees: { enabled: true }, takerFeeRate: undefined })).success).toBe(false);
    expect(parse(withPosition({ takerFeeRate: '1' })).success).toBe(false);
  });

  it('refuses 100,001 ticks and accepts 100,000', () => {
    const ok = parse(validScenario({ path: { kind: 'ticks', ticks: ticks(MAX_TICKS) } }));
    expect(ok.success).toBe(true);
    const tooMany = parse(validScenario({ path: { kind: 'ticks', ticks: ticks(MAX_TICKS + 1) } }));
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0]?.message).toBe('a price path holds at most 100,000 ticks');
  });

  it('refuses non-increasing timestamps, bad prices and malformed ticks', () => {
    const path = (list: unknown) =>
      validScenario({ path: { kind: 'ticks', ticks: list as [number, string][] } });
    expect(
      parse(
        path([
          [1000, '1'],
          [1000, '2'],
        ]),
      ).success,
    ).toBe(false);
    expect(
      parse(
        path([
          [2000, '1'],
          [1000, '2'],
        ]),
      ).success,
    ).toBe(false);
    expect(
      parse(
        path([
          [1000, '1'],
          [2000, '0'],
        ]),
      ).success,
    ).toBe(false);
    expect(
      parse(
        path([
          [1000, '1'],
          [2000, 'NaN'],
        ]),
      ).success,
    ).toBe(false);
    expect(
      parse(
        path([
          [1000, '1'],
          [2000, 2],
        ]),
      ).success,
    ).toBe(false);
    expect(
      parse(
        path([
          [1000.5, '1'],
          [2000, '2'],
        ]),
      ).success,
    ).toBe(false);
    expect(
      parse(
        path([
          [1000, '1', '1', '1'],
          [2000, '2'],
        ]),
      ).success,
    ).toBe(false);
    expect(
      parse(
        path([
          [1000, '1', '0.9'],
          [2000, '2'],
        ]),
      ).success,
    ).toBe(true);
  });

  it('refuses out-of-range generator parameters', () => {
    const gbm = validScenario().path as Record<string, unknown>;
    expect(parse(validScenario({ path: { ...gbm, steps: 100_000 } as never })).success).toBe(false);
    expect(parse(validScenario({ path: { ...gbm, steps: 0 } as never })).success).toBe(false);
    expect(parse(validScenario({ path: { ...gbm, horizonDays: Number.NaN } as never })).success).toBe(false);
    expect(parse(validScenario({ path: { ...gbm, annualVolatility: '11' } as never })).success).toBe(false);
    const named = { kind: 'named', name: 'nope', seed: 's', startPrice: '1' };
    expect(parse(validScenario({ path: named as never })).success).toBe(false);
  });

  it('converts a size in quote explicitly, rounding down', () => {
    const linear = parse(withPosition({ size: { unit: 'quote', notional: '10000' } })).data!;
    expect(positionQuantity(linear.position)).toBe('0.166666666666666666');
    const inverse = parse(
      withPosition({
        rules: 'binance-coinm',
        contractSize: '100',
        size: { unit: 'quote', notional: '1050' },
        maintenance: { kind: 'fixed', rate: '0.005' },
      }),
    ).data!;
    expect(positionQuantity(inverse.position)).toBe('10');
  });
});

describe('validateScenarioWithEngine', () => {
  it('passes a valid scenario', () => {
    expect(() => validateScenarioWithEngine(scenarioInputSchema.parse(validScenario()))).not.toThrow();
  });

  it('enforces the tier maximum leverage with the field named as in the input', () => {
    const input = scenarioInputSchema.parse(
      withPosition({ leverage: '150', maintenance: { kind: 'tiers', preset: 'binance-btcusdt' } }),
    );
    const error = engineError(() => validateScenarioWithEngine(input));
    expect(error.code).toBe('INVALID_LEVERAGE');
    expect(error.field).toBe('position.leverage');
  });

  it('refuses a position above the last tier', () => {
    const input = scenarioInputSchema.parse(
      withPosition({
        leverage: '1',
        size: { unit: 'quantity', quantity: '100000' },
        maintenance: { kind: 'tiers', preset: 'binance-btcusdt' },
      }),
    );
    const error = engineError(() => validateScenarioWithEngine(input));
    expect(error.code).toBe('POSITION_TOO_LARGE_FOR_TIER');
    expect(error.field).toBe('position.size');
  });

  it('refuses a maintenance rate plus closing fee of 1 or more', () => {
    const rates = scenarioInputSchema.parse(
      withPosition({
        rules: 'okx-linear',
        maintenance: { kind: 'fixed', rate: '0.9999' },
        takerFeeRate: '0.5',
      }),
    );
    expect(engineError(() => validateScenarioWithEngine(rates)).code).toBe('INVALID_RATE');
  });

  it('refuses generator parameters core refuses (a mark dip deeper than the wick)', () => {
    const input = scenarioInputSchema.parse(
      validScenario({
        path: {
          kind: 'named',
          name: 'flash-crash-wick',
          seed: 's',
          startPrice: '60000',
          wickPercent: '5',
          markDipPercent: '6',
        },
      }),
    );
    const error = engineError(() => validateScenarioWithEngine(input));
    expect(error.field?.startsWith('path.')).toBe(true);
  });
});

describe('sandbox presets as scenarios', () => {
  it.each(sandboxPresets.map((preset) => [preset.id, preset] as const))(
    '%s maps, validates and replays',
    (_, preset) => {
      const scenario = scenarioFromPreset(preset);
      expect(() => validateScenarioWithEngine(scenario)).not.toThrow();
      const path = pricePathOf(scenario.path);
      expect(path.mark[0]).toBe(Number(preset.path.startPrice));
    },
  );

  it('keeps the extreme a short-squeeze preset promises', () => {
    const preset = sandboxPresets.find(
      (p) => p.path.kind === 'named' && p.path.name === 'short-squeeze-after-new-high',
    );
    if (preset?.path.kind !== 'named') throw new Error('no short-squeeze preset to check');
    const path = pricePathOf(scenarioFromPreset(preset).path);
    const peak = Math.max(...path.mark);
    const expected = Number(preset.path.startPrice) * (1 + Number(preset.path.magnitude));
    expect(Math.abs(peak - expected) / expected).toBeLessThan(0.02);
  });
});
