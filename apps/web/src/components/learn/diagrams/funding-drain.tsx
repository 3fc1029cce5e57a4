import { fundingPayment, liquidationPrice, positionMargin, toDecimal } from '@liqlab/core';
import { DIAGRAM_WIDTH, DiagramFigure, LABEL, SMALL } from './diagram-figure';
import { money } from './diagram-format';
import { MUTED } from './diagram-tones';
import { isolatedSpecOf, type PositionDiagramProps } from './position-ladder-inputs';

export interface FundingDrainProps extends PositionDiagramProps {
  /** Funding rate per interval (fraction). */
  fundingRate: string;
  intervalsPerDay: string;
  /** Comma-separated days after opening, one bar each. */
  days: string;
}

const BAR_X = 58;
const BAR_WIDTH = DIAGRAM_WIDTH - BAR_X - 4;
const ROW = 46;

/**
 * An isolated position whose price never moves, paying funding from its margin: the margin bar
 * drains day by day and the liquidation price creeps toward the entry.
 */
export function FundingDrain(props: FundingDrainProps) {
  const spec = isolatedSpecOf('FundingDrain', props);
  const entry = toDecimal(props.entryPrice, 'entryPrice');
  const margin = positionMargin(spec);
  // Paid per interval at a mark price equal to the entry: the position is "not moving".
  const perInterval = fundingPayment(spec, entry, props.fundingRate);
  const perDay = perInterval.times(toDecimal(props.intervalsPerDay, 'intervalsPerDay'));
  const rows = props.days.split(',').map((raw) => {
    const day = toDecimal(raw.trim(), 'days');
    const left = margin.minus(perDay.times(day));
    const liquidation = liquidationPrice({ ...spec, margin: left });
    if (liquidation === null) throw new Error(`<FundingDrain>: no liquidation price on day ${day}`);
    return { day, left, liquidation };
  });
  return (
    <DiagramFigure
      title="Funding drains an isolated margin"
      description={`A ${props.leverage}× ${props.side} of ${props.quantity}${props.baseAsset ? ` ${props.baseAsset}` : ''} at ${money(entry)}, price unchanged, paying ${money(perInterval)} of funding ${props.intervalsPerDay} times a day from its ${money(margin)} margin. ${rows
        .map(
          (r) =>
            `Day ${r.day.toFixed()}: margin ${money(r.left)}, liquidation price ${money(r.liquidation)}.`,
        )
        .join(' ')}`}
      caption="The price never moves. Yet where funding is paid out of the isolated margin (not first from the free balance, as on Bybit), each payment shrinks it and the liquidation price walks toward the entry."
      height={rows.length * ROW + 4}
    >
      {rows.map((row, i) => {
        const y = i * ROW;
        const share = row.left.div(margin).toNumber();
        return (
          <g key={row.day.toFixed()}>
            <text x={2} y={y + 34} fontSize={LABEL} fontWeight={600} className="fill-current">
              {`day ${row.day.toFixed()}`}
            </text>
            <text x={BAR_X} y={y + 14} fontSize={SMALL} className="fill-current">
              {`margin ${money(row.left)}`}
            </text>
            <text x={DIAGRAM_WIDTH - 4} y={y + 14} fontSize={SMALL} textAnchor="end" className={MUTED}>
              {`liquidation ${money(row.liquidation)}`}
            </text>
            <rect
              x={BAR_X}
              y={y + 20}
              width={BAR_WIDTH}
              height={16}
              rx={3}
              className="fill-none stroke-slate-400 dark:stroke-slate-500"
            />
            <rect
              x={BAR_X}
              y={y + 20}
              width={share * BAR_WIDTH}
              height={16}
              rx={3}
              className="fill-safe"
              opacity={0.8}
            />
          </g>
        );
      })}
    </DiagramFigure>
  );
}
