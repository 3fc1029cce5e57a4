import { RULE_SET_CATALOG } from '@liqlab/core';
import { SCENARIO_OUTCOMES } from '@liqlab/scenario/scenario-outcome';
import { outcomeLabel } from '~/components/sandbox/outcome-label';

export interface GalleryQuery {
  exchange?: string;
  outcome?: string;
  search?: string;
}

const FIELD =
  'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900';
const LABEL = 'block text-xs font-normal text-slate-700 dark:text-slate-300';

/** A plain GET form: the filters live in the address, so a filtered gallery is a link and needs no script. */
export function GalleryFilters({ query }: { query: GalleryQuery }) {
  return (
    <form method="get" action="/gallery" className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor="gallery-search" className={LABEL}>
          Search titles
        </label>
        <input
          id="gallery-search"
          name="search"
          type="search"
          maxLength={80}
          defaultValue={query.search ?? ''}
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor="gallery-exchange" className={LABEL}>
          Exchange
        </label>
        <select id="gallery-exchange" name="exchange" defaultValue={query.exchange ?? ''} className={FIELD}>
          <option value="">Any exchange</option>
          {RULE_SET_CATALOG.map((rules) => (
            <option key={rules.id} value={rules.id}>
              {rules.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="gallery-outcome" className={LABEL}>
          Outcome
        </label>
        <select id="gallery-outcome" name="outcome" defaultValue={query.outcome ?? ''} className={FIELD}>
          <option value="">Any outcome</option>
          {SCENARIO_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcomeLabel(outcome).text}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-slate-100 dark:text-slate-900"
      >
        Show
      </button>
    </form>
  );
}
