import type { Decimal } from '@liqlab/core';
import { formatPercent } from '@liqlab/core';
import { useId } from 'react';

/**
 * Margin ratio as a bar from 0 to 100% (liquidation). The zone is spelled out in words and the bar
 * changes pattern as well as colour, so the state never depends on telling colours apart.
 */
export function MarginGauge({ ratio }: { ratio: Decimal | null }) {
  const labelId = useId();
  if (ratio === null) return null;
  const finite = ratio.isFinite();
  const width = finite ? Math.min(100, ratio.times(100).toNumber()) : 100;
  const zone =
    !finite || ratio.gte(1) ? 'liquidation' : ratio.gte(0.8) ? 'danger' : ratio.gte(0.5) ? 'caution' : 'safe';
  const bar = { safe: 'bg-safe', caution: 'bg-caution', danger: 'bg-danger', liquidation: 'bg-danger' }[zone];
  const striped = zone === 'danger' || zone === 'liquidation';
  return (
    <div>
      <div className="flex justify-between text-xs">
        <span id={labelId}>Margin ratio</span>
        <span className="tabular-nums">
          {finite ? formatPercent(ratio) : '∞'} — {zone}
        </span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot show the striped danger pattern */}
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(width)}
        aria-valuetext={`${finite ? formatPercent(ratio) : 'infinite'}, ${zone}`}
        className="mt-1 h-3 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-800"
      >
        <div
          className={`h-full ${bar}`}
          style={{
            width: `${width}%`,
            backgroundImage: striped
              ? 'repeating-linear-gradient(45deg, transparent 0 4px, rgba(255,255,255,.45) 4px 8px)'
              : undefined,
          }}
        />
      </div>
    </div>
  );
}
