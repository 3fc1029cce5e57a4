import { bench, describe } from 'vitest';
import { computePanel } from './panel-figures';
import { DEFAULT_STATE, type SandboxState } from './sandbox-state';
import { scenarioSchemaValidator } from './scenario-schema-validator';

// What one slider step costs: the page recomputes the whole live panel from the state on every change.
// The frame budget at 60 fps is 16 ms.
let leverage = 1;
function nextState(): SandboxState {
  leverage = (leverage % 100) + 1;
  const position = { ...DEFAULT_STATE.scenario.position, leverage: String(leverage) };
  return { ...DEFAULT_STATE, scenario: { ...DEFAULT_STATE.scenario, position } };
}

const cross: SandboxState = {
  ...DEFAULT_STATE,
  scenario: {
    ...DEFAULT_STATE.scenario,
    position: {
      ...DEFAULT_STATE.scenario.position,
      marginMode: 'cross',
      walletBalance: '25000',
      fees: { enabled: true },
      stopLoss: { price: '57000', trigger: 'mark' },
      otherPositions: Array.from({ length: 10 }, (_, i) => ({
        side: i % 2 ? 'short' : 'long',
        quantity: '2',
        entryPrice: '3000',
        markPrice: String(2900 + i * 20),
        maintenanceMarginRate: '0.005',
      })),
    },
  },
};

describe('live panel recompute', () => {
  bench('isolated, tiered, slider step', () => {
    computePanel(nextState(), scenarioSchemaValidator);
  });
  bench('cross with 10 other positions, fees and a stop', () => {
    computePanel(cross, scenarioSchemaValidator);
  });
});
