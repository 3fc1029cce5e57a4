'use client';

import { Decimal, liquidationProbability } from '@liqlab/core';
import { useEffect, useRef, useState } from 'react';
import { DecimalField } from '~/components/ui/decimal-field';
import { useNumberFormat } from '~/lib/use-number-format';
import {
  EMPTY_TALLY,
  type MonteCarloRequest,
  type MonteCarloTally,
  runMonteCarlo,
  share,
} from './monte-carlo-run';
import type { PanelFigures } from './panel-figures';

const toShare = (p: number) => new Decimal(p.toPrecision(6));

/** Outcomes over many seeded random walks, beside core's closed-form probability. */
export function MonteCarloView({
  figures,
  seed,
  stop,
  takeProfit,
}: {
  figures: PanelFigures;
  seed: string;
  stop?: string;
  takeProfit?: string;
}) {
  const { formatDecimal, formatPercent } = useNumberFormat();
  const [paths, setPaths] = useState('10000');
  const [tally, setTally] = useState<MonteCarloTally>(EMPTY_TALLY);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const analysis = figures.analysis;
  const barrier = figures.liquidationPrice;

  useEffect(() => () => abort.current?.abort(), []);

  if (!analysis || !barrier) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {barrier
          ? 'Set a volatility and horizon to simulate.'
          : 'This position has no liquidation price: nothing to simulate.'}
      </p>
    );
  }
  const analytic = liquidationProbability({
    spot: figures.markPrice,
    barrier,
    annualVolatility: analysis.annualVolatility,
    annualDrift: analysis.annualDrift,
    horizonDays: analysis.horizonDays,
  });
  const run = async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const count = Number.parseInt(paths, 10);
    if (!(count >= 100 && count <= 200_000)) {
      setError('Between 100 and 200,000 paths.');
      return;
    }
    setError(null);
    setRunning(true);
    setTally(EMPTY_TALLY);
    const request: MonteCarloRequest = {
      seed: `${seed}:monte-carlo`,
      paths: count,
      steps: 288,
      spot: figures.markPrice,
      barrier,
      ...(stop ? { stop: new Decimal(stop) } : {}),
      ...(takeProfit ? { takeProfit: new Decimal(takeProfit) } : {}),
      annualVolatility: analysis.annualVolatility,
      annualDrift: analysis.annualDrift,
      horizonDays: analysis.horizonDays,
    };
    try {
      await runMonteCarlo(request, setTally, controller.signal);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Simulation failed.');
    } finally {
      setRunning(false);
    }
  };
  const rows = [
    { label: 'Liquidated', count: tally.liquidated, bar: 'bg-danger' },
    { label: 'Stopped out', count: tally.stoppedOut, bar: 'bg-caution' },
    { label: 'Took profit', count: tally.tookProfit, bar: 'bg-safe' },
    { label: 'Survived, still open', count: tally.survived, bar: 'bg-safe' },
  ];
  return (
    <section aria-labelledby="mc-title" className="flex flex-col gap-3">
      <h2 id="mc-title" className="text-sm font-semibold">
        {tally.done === 0
          ? 'Monte Carlo simulation'
          : `Monte Carlo: ${formatDecimal(new Decimal(tally.done), { digits: 0 })} random walks`}{' '}
        (σ {formatPercent(new Decimal(analysis.annualVolatility), 0)},{' '}
        {formatDecimal(new Decimal(analysis.horizonDays), { digits: 2, trim: true })} d)
      </h2>
      <div className="flex flex-wrap items-end gap-2">
        <DecimalField label="Paths" value={paths} onChange={setPaths} error={error ?? undefined} />
        <button
          type="button"
          disabled={running}
          onClick={() => void run()}
          className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-semibold text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
        >
          {running ? 'Simulating…' : 'Run simulation'}
        </button>
      </div>
      {tally.done === 0 && !running ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="mc-empty">
          No simulation yet. Run one to draw that many random price paths with this volatility and horizon,
          and count how many end liquidated, stopped out, at the take-profit or still open.
        </p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm" aria-live="polite">
          {rows.map((row) => {
            const part = share(row.count, tally);
            return (
              <li key={row.label}>
                <div className="flex justify-between">
                  <span>{row.label}</span>
                  <span className="tabular-nums">{formatPercent(part)}</span>
                </div>
                <div className="h-2 w-full rounded bg-slate-200 dark:bg-slate-800">
                  <div
                    className={`h-2 rounded ${row.bar}`}
                    style={{ width: `${part.times(100).toNumber()}%` }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="text-sm">
        Closed-form probability of touching the liquidation price:{' '}
        <strong className="tabular-nums" data-testid="mc-analytic">
          {formatPercent(toShare(analytic))}
        </strong>
        {stop ? ' (without the stop; with it, the stop is touched first on a continuous path).' : '.'}
      </p>
    </section>
  );
}
