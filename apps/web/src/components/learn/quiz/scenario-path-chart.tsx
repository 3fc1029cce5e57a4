'use client';

import type { QuestionScenario } from '@liqlab/scenario/question-scenario';
import { type ChartLine, LineChart } from '~/components/ui/line-chart';
import { useNumberFormat } from '~/lib/use-number-format';

/** A scenario question's position and the mark price it meets, as the API serves them — never the outcome. */
export function ScenarioPathChart({ scenario }: { scenario: QuestionScenario }) {
  const { formatDecimal } = useNumberFormat();
  const p = scenario.position;
  const lines: ChartLine[] = [
    {
      value: Number(p.entryPrice),
      label: `Entry ${formatDecimal(p.entryPrice)}`,
      className: 'stroke-slate-500',
    },
  ];
  if (scenario.stopLoss)
    lines.push({
      value: Number(scenario.stopLoss),
      label: `Stop ${formatDecimal(scenario.stopLoss)}`,
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
        series={[{ values: scenario.mark, label: 'Mark price', className: 'stroke-safe' }]}
        lines={lines}
      />
    </div>
  );
}
