import { type Decimal, positionSizeForRisk, toDecimal } from '@liqlab/core';
import { DIAGRAM_WIDTH, DiagramFigure, SMALL } from './diagram-figure';
import { money } from './diagram-format';
import { MUTED } from './diagram-tones';

export interface SizeVsStopProps {
  balance: string;
  riskPercent: string;
  entryPrice: string;
  /** Comma-separated stop prices, one rectangle each. */
  stops: string;
  feeRate?: string;
  quantityStep?: string;
  baseAsset?: string;
}

const WIDTH = DIAGRAM_WIDTH - 4;
const TALLEST = 72;
const LABEL_ROW = 30;
const GAP = 10;

/**
 * Position size against stop distance with the risk held fixed: each stop is a rectangle as wide as
 * the loss per unit at the stop and as tall as the quantity, so every rectangle's area is the same
 * loss at the stop (both axes are linear).
 */
export function SizeVsStop(props: SizeVsStopProps) {
  const entry = toDecimal(props.entryPrice, 'entryPrice');
  const fee = toDecimal(props.feeRate ?? '0', 'feeRate');
  const unit = props.baseAsset ? ` ${props.baseAsset}` : '';
  const rows = props.stops.split(',').map((raw) => {
    const stop = toDecimal(raw.trim(), 'stops');
    const quantity = positionSizeForRisk({
      balance: props.balance,
      riskPercent: props.riskPercent,
      entryPrice: entry,
      stopPrice: stop,
      feeRate: fee,
      ...(props.quantityStep === undefined ? {} : { quantityStep: props.quantityStep }),
    });
    // The loss per unit positionSizeForRisk divides by: the stop distance plus the fee on both fills.
    const perUnit = entry
      .minus(stop)
      .abs()
      .plus(fee.times(entry.plus(stop)));
    return { stop, quantity, perUnit, loss: quantity.times(perUnit) };
  });
  const widest = rows.reduce((m, r) => (r.perUnit.gt(m) ? r.perUnit : m), rows[0]!.perUnit);
  const most = rows.reduce((m, r) => (r.quantity.gt(m) ? r.quantity : m), rows[0]!.quantity);
  const w = (d: Decimal) => d.div(widest).toNumber() * WIDTH;
  const h = (q: Decimal) => Math.max(2, q.div(most).toNumber() * TALLEST);
  let y = 0;
  const placed = rows.map((row) => {
    const top = y + LABEL_ROW;
    y = top + h(row.quantity) + GAP;
    return { ...row, top };
  });
  const risk = toDecimal(props.balance, 'balance').times(props.riskPercent).div(100);
  return (
    <DiagramFigure
      title="Position size against stop distance"
      description={`Account ${money(toDecimal(props.balance, 'balance'))}, risk ${props.riskPercent}% = ${money(risk)} per trade, entry ${money(entry)}. ${placed
        .map(
          (r) =>
            `Stop at ${money(r.stop)}: loss per unit ${money(r.perUnit)}, size ${r.quantity.toFixed()}${unit}, loss at the stop ${money(r.loss)}.`,
        )
        .join(' ')}`}
      caption="Width: the loss per unit if the stop fills (distance plus fees). Height: the position size. The areas — the loss at the stop — stay the same: a wider stop simply means a smaller position."
      height={y}
    >
      {placed.map((row) => (
        <g key={row.stop.toFixed()}>
          <text x={2} y={row.top - 17} fontSize={SMALL} fontWeight={600} className="fill-current">
            {`stop ${money(row.stop)} → ${row.quantity.toFixed()}${unit}`}
          </text>
          <text x={2} y={row.top - 4} fontSize={SMALL} className={MUTED}>
            {`${money(row.perUnit)} per unit × size = ${money(row.loss)} at the stop`}
          </text>
          <rect
            x={2}
            y={row.top}
            width={w(row.perUnit)}
            height={h(row.quantity)}
            rx={2}
            className="fill-safe"
            opacity={0.75}
          />
        </g>
      ))}
    </DiagramFigure>
  );
}
