'use client';

import { DEFAULT_SCENARIO } from '@liqlab/scenario/default-scenario';
import { AppLink } from '~/components/ui/app-link';
import { HoldingButton } from '~/components/ui/holding-button';
import { ReaderFigure } from '~/components/ui/reader-figure';
import { ReaderText } from '~/components/ui/reader-text';

/** What the start panel shows of a guided preset (plain data from the server: no schema in the page). */
export interface GuidedChoice {
  id: string;
  name: string;
  goal: string;
}

/**
 * The first thing on a sandbox opened without a scenario: a guided challenge with a goal, or a blank
 * scenario (the course's running example) to explore freely. Every choice fits a phone's first screen:
 * there a goal shows its first two lines (the challenge states it in full once opened).
 */
export function StartPanel({
  choices,
  onStartBlank,
}: {
  choices: readonly GuidedChoice[];
  onStartBlank: () => void;
}) {
  return (
    <section
      aria-labelledby="start-title"
      className="rounded-lg border border-slate-200 p-3 sm:p-4 lg:col-span-2 dark:border-slate-700"
      data-testid="start-panel"
    >
      <h2 id="start-title" className="text-lg font-semibold">
        Where would you like to start?
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Each challenge opens a position that goes wrong: change its inputs until the replay reaches the goal.
      </p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2 sm:gap-3 xl:grid-cols-4">
        {choices.map((choice) => (
          <li key={choice.id}>
            <AppLink
              href={`/sandbox?guided=${encodeURIComponent(choice.id)}`}
              className="block h-full rounded-md border border-slate-300 px-3 py-2 hover:border-safe sm:p-3 focus-visible:border-safe dark:border-slate-600"
            >
              <span className="block font-semibold text-safe">{choice.name}</span>
              <span className="mt-0.5 line-clamp-2 text-sm text-slate-700 sm:mt-1 sm:line-clamp-none dark:text-slate-300">
                <ReaderText text={choice.goal} />
              </span>
            </AppLink>
          </li>
        ))}
      </ul>
      <HoldingButton
        onClick={onStartBlank}
        className="mt-3 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-normal dark:border-slate-600"
      >
        Start blank
      </HoldingButton>
      <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">
        — a 1 BTC long at <ReaderFigure value={DEFAULT_SCENARIO.position.entryPrice} kind="price" />, 10×, on
        a one-day random walk.
      </span>
    </section>
  );
}
