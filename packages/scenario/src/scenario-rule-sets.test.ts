import { RULE_SET_CATALOG } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { scenarioPositionSchema } from './scenario-position-schema';
import { validScenario } from './testing/scenario-test-fixtures';

/** The fixture's position moved to a rule set, with the inputs the catalog says it needs. */
function positionOn(info: (typeof RULE_SET_CATALOG)[number], marginMode: 'isolated' | 'cross') {
  const base = validScenario().position;
  return {
    ...base,
    rules: info.id,
    marginMode,
    ...(marginMode === 'cross' ? { walletBalance: '100000' } : {}),
    ...(info.contract === 'inverse' ? { contractSize: '100' } : {}),
    ...(info.maintenanceFromMaxLeverage ? { maintenance: { kind: 'max-leverage' }, maxLeverage: '40' } : {}),
  };
}

describe('the scenario schema offers every rule set of the catalog', () => {
  it.each(RULE_SET_CATALOG.map((info) => [info.id, info] as const))('%s', (_, info) => {
    expect(scenarioPositionSchema.safeParse(positionOn(info, 'isolated')).success).toBe(true);
    const cross = scenarioPositionSchema.safeParse(positionOn(info, 'cross'));
    expect(cross.success).toBe(info.supportsCross);
    if (!cross.success) {
      expect(cross.error.issues.map((i) => i.message)).toContain(
        `${info.name} publishes an isolated-margin formula only`,
      );
    }
  });
});
