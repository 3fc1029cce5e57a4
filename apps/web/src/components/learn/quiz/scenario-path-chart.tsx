'use client';

import type { SandboxPreset } from '@liqlab/content/sandbox/preset-schema';
import { pricePathOf } from '@liqlab/scenario/price-path-from-scenario';
import { scenarioPathFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { useMemo } from 'react';
import { type ChartLine, LineChart } from '~/components/ui/line-chart';
import { formatDecimal } from '~/lib/format-decimal';

/** The facts of a scenario preset a learner may see: its position, orders and path — never its outcome. */
export type ScenarioFacts = Pick<SandboxPreset, 'position' | 'stopLoss' | 'takeProfit' | 'path'>;

export function ScenarioPathChart({ facts }: { facts: ScenarioFacts }) {
  const path = useMemo(() => pricePathOf(scenarioPathFromPreset(facts.path)), [facts]);
  const p = facts.position;
  const lines: ChartLine[] = [
    {
      value: Number(p.entryPrice),
      label: `Entry ${formatDecimal(p.entryPrice)}`,
      className: 'stroke-slate-500',
    },
  ];
  if (facts.stopLoss)
    lines.push({
      value: Number(facts.stopLoss),
      label: `Stop ${formatDecimal(facts.stopLoss)}`,
      className: 'stroke-caution',
      dashed: true,
    });
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <p className="mb-2 text-sm">
        {p.leverage}× {p.side} of {p.quantity} at {formatDecimal(p.entryPrice)} ({p.marginMode} margin
        {p.walletBalance ? `, wallet ${formatDecimal(p.walletBalance)}` : ''}
        {p.maintenanceMarginRate ? `, maintenance rate ${p.maintenanceMarginRate}` : ', tiered maintenance'})
      </p>
      <LineChart
        height={150}
        description="The mark price path of the scenario"
        series={[{ values: path.mark, label: 'Mark price', className: 'stroke-safe' }]}
        lines={lines}
      />
    </div>
  );
}
