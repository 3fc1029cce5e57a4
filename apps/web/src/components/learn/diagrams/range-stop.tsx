import { type Decimal, toDecimal } from '@liqlab/core';
import { DIAGRAM_WIDTH, DiagramFigure, SMALL } from './diagram-figure';
import { money, percent } from './diagram-format';
import { HALO, INK, STROKE, type Tone } from './diagram-tones';

export interface RangeStopProps {
  support: string;
  resistance: string;
  entryPrice: string;
  stopPrice: string;
}

const HEIGHT = 220;
const TOP = 20;
const BOTTOM = HEIGHT - 16;

/**
 * A long opened near the top of a range with its stop inside the swing: an illustrative path (not
 * data) swings down through the stop, then the range breaks upward without the trader. The drawn
 * levels are the lesson's; the path's turning points are placed relative to them.
 */
export function RangeStop(props: RangeStopProps) {
  const support = toDecimal(props.support, 'support');
  const resistance = toDecimal(props.resistance, 'resistance');
  const entry = toDecimal(props.entryPrice, 'entryPrice');
  const stop = toDecimal(props.stopPrice, 'stopPrice');
  const range = resistance.minus(support);
  const distance = entry.minus(stop);
  if (!(support.lt(stop) && stop.lt(entry) && entry.lt(resistance))) {
    throw new Error('<RangeStop>: expects support < stop < entry < resistance');
  }
  // Price domain: the range with a quarter of its height above (for the breakout) and below.
  const low = support.minus(range.div(8)).toNumber();
  const high = resistance.plus(range.div(4)).toNumber();
  const y = (price: number) => TOP + ((high - price) / (high - low)) * (BOTTOM - TOP);
  const at = (fraction: number) => support.plus(range.times(fraction)).toNumber();
  // Turning points as fractions of the range (x, price): swings between floor and ceiling, the entry
  // near a high, a swing down through the stop, and finally a break above the ceiling.
  const path: [number, number][] = [
    [0, at(0.5)],
    [0.12, at(0.95)],
    [0.24, at(0.1)],
    [0.36, entry.toNumber()],
    [0.5, at(0.08)],
    [0.64, at(0.92)],
    [0.76, at(0.3)],
    [1, resistance.plus(range.div(5)).toNumber()],
  ];
  const x = (f: number) => 4 + f * (DIAGRAM_WIDTH - 8);
  const [ex, ey] = [x(0.36), y(entry.toNumber())];
  // Where the swing after the entry crosses the stop.
  const [x0, p0] = path[3]!;
  const [x1, p1] = path[4]!;
  const t = (p0 - stop.toNumber()) / (p0 - p1);
  const sx = x(x0 + t * (x1 - x0));
  const levels: { name: string; price: Decimal; tone: Tone; anchor: 'start' | 'end' }[] = [
    { name: 'range top', price: resistance, tone: 'neutral', anchor: 'start' },
    { name: 'entry', price: entry, tone: 'neutral', anchor: 'end' },
    { name: 'stop', price: stop, tone: 'danger', anchor: 'end' },
    { name: 'range floor', price: support, tone: 'neutral', anchor: 'start' },
  ];
  return (
    <DiagramFigure
      title="A tight stop inside a range"
      description={`A range between ${money(support)} and ${money(resistance)}, ${money(range)} tall. A long opened at ${money(entry)} with a stop at ${money(stop)}, ${money(distance)} below the entry: ${percent(distance.div(range), 0)} of the range's height. An ordinary swing toward the middle of the range reaches the stop; later the range breaks upward without the position. The path is an illustration, not market data.`}
      caption="Illustration, not market data: in a range, a stop that sits inside the normal swing is hit by the swing itself — even when the range later breaks your way."
      height={HEIGHT}
    >
      {levels.map((level) => {
        const ly = y(level.price.toNumber());
        return (
          <line
            key={level.name}
            x1={4}
            x2={DIAGRAM_WIDTH - 4}
            y1={ly}
            y2={ly}
            className={STROKE[level.tone]}
            strokeWidth={1.5}
            strokeDasharray={level.tone === 'danger' ? '5 3' : undefined}
          />
        );
      })}
      <path
        d={path.map(([f, p], i) => `${i === 0 ? 'M' : 'L'}${x(f).toFixed(1)},${y(p).toFixed(1)}`).join('')}
        className="fill-none stroke-slate-500 dark:stroke-slate-400"
        strokeWidth={2}
        strokeLinejoin="round"
      />
      {/* Labels after the path: their halo keeps them readable where the path crosses them. */}
      {levels.map((level) => (
        <text
          key={level.name}
          x={level.anchor === 'start' ? 6 : DIAGRAM_WIDTH - 6}
          y={y(level.price.toNumber()) - 4}
          fontSize={SMALL}
          fontWeight={600}
          textAnchor={level.anchor}
          className={`${INK[level.tone]} ${HALO}`}
          strokeWidth={3}
          paintOrder="stroke"
        >
          {`${level.name} ${money(level.price)}`}
        </text>
      ))}
      <circle cx={ex} cy={ey} r={4} className="fill-safe" />
      <circle cx={sx} cy={y(stop.toNumber())} r={4} className="fill-danger" />
      <text
        x={sx + 8}
        y={y(stop.toNumber()) + 16}
        fontSize={SMALL}
        fontWeight={600}
        className={`${INK.danger} ${HALO}`}
        strokeWidth={3}
        paintOrder="stroke"
      >
        stopped out
      </text>
    </DiagramFigure>
  );
}
