import type { Database } from '@liqlab/db/client';
import { addScenarioViews } from '../repositories/scenario-repository';
import { ViewCounter, type ViewCounterOptions } from './view-counter';

type CounterOptions = Omit<ViewCounterOptions, 'write'>;

/** Views of scenarios read through the API (scenario.get), by scenario id. */
export function scenarioViewsById(db: Database, options: CounterOptions): ViewCounter {
  return new ViewCounter({ ...options, write: (views) => addScenarioViews(db, views) });
}
