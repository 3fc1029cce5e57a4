// Test data shared by the scenario tests (imported by tests only).
import { DEFAULT_SCENARIO } from '../default-scenario';
import { type ScenarioPosition, scenarioPositionSchema } from '../scenario-position-schema';
import type { ScenarioInputDraft } from '../scenario-schema';

export function validScenario(overrides: Partial<ScenarioInputDraft> = {}): ScenarioInputDraft {
  return {
    title: 'A 10× long in a slow decline',
    notes: 'The running example.',
    position: {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '60000',
      size: { unit: 'quantity', quantity: '1' },
      leverage: '10',
      maintenance: { kind: 'fixed', rate: '0.005', amount: '0' },
      takerFeeRate: '0.0005',
      fees: { enabled: true },
      funding: { rate: '0.0001', intervalHours: 8 },
      stopLoss: { price: '57000', trigger: 'last' },
      slippageBps: '5',
    },
    path: {
      kind: 'gbm',
      seed: 'test-seed',
      startPrice: '60000',
      annualVolatility: '0.8',
      annualDrift: '0',
      horizonDays: 1,
      steps: 288,
    },
    ...overrides,
  };
}

/** `count` ticks one second apart starting at `start`, mark drifting from 60,000. */
export function ticks(count: number, start = 1_700_000_000_000): [number, string][] {
  return Array.from({ length: count }, (_, i) => [start + i * 1000, String(60000 + (i % 100))]);
}

/** The sandbox's opening position (10× isolated BTCUSDT long, Binance tiers), parsed, `patch` over it. */
export function tieredPosition(patch: Record<string, unknown> = {}): ScenarioPosition {
  return scenarioPositionSchema.parse({ ...DEFAULT_SCENARIO.position, ...patch });
}
