import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import type { ScenarioFacts } from './scenario-path-chart';

/**
 * What scenario questions may show of every preset: position, orders and path. Titles and
 * descriptions state outcomes ("is liquidated at …"), so they are left out of the quiz page.
 */
export function scenarioFacts(): Record<string, ScenarioFacts> {
  return Object.fromEntries(
    sandboxPresets.map((p) => [
      p.id,
      { position: p.position, stopLoss: p.stopLoss, takeProfit: p.takeProfit, path: p.path },
    ]),
  );
}
