import type { Database } from '@liqlab/db/client';
import { addScenarioViews, addScenarioViewsBySlug } from '../repositories/scenario-repository';
import { ViewCounter, type ViewCounterOptions } from './view-counter';

type CounterOptions = Omit<ViewCounterOptions, 'write'>;

/** Views of scenarios read through the API (scenario.get), by scenario id. */
export function scenarioViewsById(db: Database, options: CounterOptions): ViewCounter {
  return new ViewCounter({ ...options, write: (views) => addScenarioViews(db, views) });
}

/** Views of shared pages served from a cache, where only the link's slug is known. */
export function scenarioViewsBySlug(db: Database, options: CounterOptions): ViewCounter {
  return new ViewCounter({ ...options, write: (views) => addScenarioViewsBySlug(db, views) });
}
