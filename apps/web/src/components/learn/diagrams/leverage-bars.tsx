import { leverageFigures } from '../leverage-figures';
import { DIAGRAM_WIDTH, DiagramFigure, LABEL, SMALL } from './diagram-figure';
import { money, percent } from './diagram-format';
import { MUTED } from './diagram-tones';

export interface LeverageBarsProps {
  entryPrice: string;
  quantity: string;
  /** Comma-separated leverages, one bar each. */
  leverages: string;
  baseAsset?: string;
}

const BAR_X = 44;
const BAR_WIDTH = DIAGRAM_WIDTH - BAR_X - 4;
const HEADER = 44;
const ROW = 48;

/**
 * The same notional at several leverages: the whole bar is the position, the filled part the margin
 * behind it — which is also the fall that wipes the margin out (1 ÷ leverage of the price).
 */
export function LeverageBars({ entryPrice, quantity, leverages, baseAsset }: LeverageBarsProps) {
  const rows = leverages.split(',').map((leverage) => {
    const result = leverageFigures({ entry: entryPrice, quantity, leverage: leverage.trim() });
    if (!result.ok) throw new Error(`<LeverageBars leverage="${leverage}">: ${result.message}`);
    const move = result.value.moveToWipeOut;
    if (move === null) throw new Error(`<LeverageBars leverage="${leverage}">: no bankruptcy price`);
    return { leverage: leverage.trim(), ...result.value, move };
  });
  const notional = rows[0]!.notional;
  const size = `${quantity}${baseAsset ? ` ${baseAsset}` : ''}`;
  return (
    <DiagramFigure
      title="The same position at different leverage"
      description={`A long of ${size} at ${money(notional.div(quantity))}: notional value ${money(notional)} at every leverage. ${rows
        .map(
          (r) =>
            `At ${r.leverage}×, the margin is ${money(r.initialMargin)} and a ${percent(r.move)} fall wipes it out.`,
        )
        .join(' ')}`}
      caption="The bar is the position; the filled part is your margin. Raising the leverage does not lengthen the bar, it thins the part that is yours — and that part is also the fall you can absorb."
      height={HEADER + rows.length * ROW}
    >
      <text x={BAR_X} y={16} fontSize={SMALL} className={MUTED}>
        {`notional ${money(notional)} at every leverage`}
      </text>
      <rect
        x={BAR_X}
        y={24}
        width={BAR_WIDTH}
        height={6}
        rx={2}
        className="fill-slate-300 dark:fill-slate-700"
      />
      {rows.map((row, i) => {
        const y = HEADER + i * ROW;
        const share = row.initialMargin.div(row.notional).toNumber();
        return (
          <g key={row.leverage}>
            <text x={2} y={y + 28} fontSize={LABEL} fontWeight={600} className="fill-current">
              {`${row.leverage}×`}
            </text>
            <text x={BAR_X} y={y + 12} fontSize={SMALL} className="fill-current">
              {`margin ${money(row.initialMargin)}`}
            </text>
            <text x={DIAGRAM_WIDTH - 4} y={y + 12} fontSize={SMALL} textAnchor="end" className={MUTED}>
              {`a ${percent(row.move)} fall wipes it out`}
            </text>
            <rect
              x={BAR_X}
              y={y + 17}
              width={BAR_WIDTH}
              height={16}
              rx={3}
              className="fill-none stroke-slate-400 dark:stroke-slate-500"
            />
            <rect
              x={BAR_X}
              y={y + 17}
              width={Math.max(2, share * BAR_WIDTH)}
              height={16}
              rx={3}
              className="fill-safe"
            />
          </g>
        );
      })}
    </DiagramFigure>
  );
}
