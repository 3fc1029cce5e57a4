import { Decimal, liquidationPrice, toDecimal } from '@liqlab/core';
import { DIAGRAM_WIDTH, DiagramFigure, LABEL, SMALL } from './diagram-figure';
import { money, signedPercent } from './diagram-format';
import { FILL, HALO, INK, MUTED } from './diagram-tones';
import { isolatedSpecOf } from './position-ladder-inputs';

export interface LiquidationDistanceBarsProps {
  rules: string;
  side: string;
  entryPrice: string;
  quantity: string;
  maintenanceMarginRate: string;
  /** Comma-separated leverages, one bar each. */
  leverages: string;
  /** The furthest the price went against the positions (a squeeze's peak, a crash's low). */
  extremePrice: string;
}

const BAR_X = 40;
const BAR_WIDTH = DIAGRAM_WIDTH - BAR_X - 6;
const HEADER = 34;
const ROW = 44;

/**
 * The move each leverage survives, against one move that happened: a bar per leverage, as long as the
 * adverse move to its liquidation price, and a line at the extreme the price reached. Bars that end
 * before the line were liquidated.
 */
export function LiquidationDistanceBars(props: LiquidationDistanceBarsProps) {
  const entry = toDecimal(props.entryPrice, 'entryPrice');
  const extreme = toDecimal(props.extremePrice, 'extremePrice');
  const adverse = (price: Decimal) => price.minus(entry).div(entry).abs();
  const extremeMove = adverse(extreme);
  const rows = props.leverages.split(',').map((raw) => {
    const leverage = raw.trim();
    const spec = isolatedSpecOf('LiquidationDistanceBars', { ...props, leverage });
    const price = liquidationPrice(spec);
    if (price === null)
      throw new Error(`<LiquidationDistanceBars leverage="${leverage}">: no liquidation price`);
    const reached = props.side === 'long' ? extreme.lte(price) : extreme.gte(price);
    return { leverage, price, move: adverse(price), reached };
  });
  const scaleMax = Decimal.max(extremeMove, ...rows.map((r) => r.move)).times('1.05');
  const x = (move: Decimal) => BAR_X + move.div(scaleMax).toNumber() * BAR_WIDTH;
  const height = HEADER + rows.length * ROW + 6;
  const lineX = x(extremeMove);
  const direction = props.side === 'long' ? 'fall' : 'rise';
  return (
    <DiagramFigure
      title={`How far the price can ${direction} before each leverage is liquidated`}
      description={`${props.side === 'long' ? 'Longs' : 'Shorts'} of ${props.quantity} at ${money(entry)}, maintenance rate ${props.maintenanceMarginRate}. The price reached ${money(extreme)} (${signedPercent(extreme.minus(entry).div(entry))}). ${rows
        .map(
          (r) =>
            `At ${r.leverage}×, liquidation at ${money(r.price)} (${signedPercent(r.price.minus(entry).div(entry))}): ${r.reached ? 'liquidated' : 'survives'}.`,
        )
        .join(' ')}`}
      caption={`Each bar is the ${direction} a position can take before it is liquidated; the line is how far the price actually went. Every bar that ends before the line was liquidated on the way.`}
      height={height}
    >
      {/* The line runs through the bars only, with gaps at the label lines, so it never cuts a figure. */}
      {[
        { key: 'header', y1: 20, y2: HEADER },
        ...rows.map((row, i) => ({
          key: row.leverage,
          y1: HEADER + i * ROW + 15,
          y2: HEADER + i * ROW + 37,
        })),
      ].map((segment) => (
        <line
          key={segment.key}
          x1={lineX}
          x2={lineX}
          y1={segment.y1}
          y2={segment.y2}
          className="stroke-slate-500 dark:stroke-slate-400"
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
      ))}
      <text
        x={Math.min(lineX, DIAGRAM_WIDTH - 4)}
        y={14}
        fontSize={SMALL}
        textAnchor={lineX > DIAGRAM_WIDTH * 0.6 ? 'end' : 'middle'}
        className={MUTED}
      >
        {`price reached ${money(extreme)} (${signedPercent(extreme.minus(entry).div(entry))})`}
      </text>
      {rows.map((row, i) => {
        const y = HEADER + i * ROW;
        const tone = row.reached ? 'danger' : 'safe';
        return (
          <g key={row.leverage}>
            <text x={2} y={y + 30} fontSize={LABEL} fontWeight={600} className="fill-current">
              {`${row.leverage}×`}
            </text>
            <text
              x={BAR_X}
              y={y + 12}
              fontSize={SMALL}
              className={`fill-current ${HALO}`}
              strokeWidth={3}
              paintOrder="stroke"
            >
              {`liquidation ${money(row.price)} (${signedPercent(row.price.minus(entry).div(entry))})`}
            </text>
            <text
              x={DIAGRAM_WIDTH - 4}
              y={y + 12}
              fontSize={SMALL}
              fontWeight={600}
              textAnchor="end"
              className={INK[tone]}
            >
              {row.reached ? 'liquidated' : 'survives'}
            </text>
            <rect
              x={BAR_X}
              y={y + 18}
              width={x(row.move) - BAR_X}
              height={16}
              rx={3}
              className={FILL[tone]}
              opacity={0.85}
            />
          </g>
        );
      })}
    </DiagramFigure>
  );
}
