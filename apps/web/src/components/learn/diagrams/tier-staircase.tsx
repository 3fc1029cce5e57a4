import { tierLiquidationRows, tierTableRows } from '@liqlab/content/lessons/tier-table-figures';
import { type Decimal, isRules } from '@liqlab/core';
import { markerCandidates, placeLabels } from '~/components/ui/label-layout';
import { DIAGRAM_WIDTH, DiagramFigure, SMALL } from './diagram-figure';
import { money, percent } from './diagram-format';
import { MUTED } from './diagram-tones';

export interface TierStaircaseProps {
  tiersPreset: string;
  rules: string;
  side: string;
  entryPrice: string;
  leverage: string;
  /** Comma-separated sizes to place on the stairs. */
  quantities: string;
  baseAsset?: string;
}

const TOP = 34;
const RISE = 17;
const BASE = 18;
const TINY = 10;

/** 50000 → "50k", 10000000 → "10M": the tier floors under the steps, where a full figure would not fit. */
export function compactAmount(value: Decimal): string {
  if (value.gte(1_000_000)) return `${value.div(1_000_000).toDecimalPlaces(1).toFixed()}M`;
  if (value.gte(1_000)) return `${value.div(1_000).toDecimalPlaces(1).toFixed()}k`;
  return value.toFixed();
}

/**
 * A tier table as a staircase: each step a bracket, higher steps for larger notionals, with the
 * lesson's positions standing on the step that applies at their liquidation price (the same rows
 * <TierLiquidationTable> prints). Steps are drawn evenly; the printed rates give the scale.
 */
export function TierStaircase(props: TierStaircaseProps) {
  if (!isRules(props.rules)) throw new Error(`<TierStaircase>: unknown rules "${props.rules}"`);
  if (props.side !== 'long' && props.side !== 'short')
    throw new Error('<TierStaircase>: side must be long or short');
  const tiers = tierTableRows(props.tiersPreset);
  const positions = tierLiquidationRows({
    tiersPreset: props.tiersPreset,
    rules: props.rules,
    side: props.side,
    entryPrice: props.entryPrice,
    leverage: props.leverage,
    quantities: props.quantities.split(','),
  });
  const step = (DIAGRAM_WIDTH - 4) / tiers.length;
  const floorY = TOP + tiers.length * RISE + BASE;
  const height = floorY + 34;
  const unit = props.baseAsset ? ` ${props.baseAsset}` : '';
  const indexOf = (tier: { maintenanceMarginRate: Decimal } | null) =>
    tier === null ? -1 : tiers.findIndex((t) => t.maintenanceMarginRate.eq(tier.maintenanceMarginRate));
  return (
    <DiagramFigure
      title="Maintenance tiers as a staircase"
      description={`Maintenance rate by position notional: ${tiers
        .map((t) => `from ${money(t.notionalFloor)}, ${percent(t.maintenanceMarginRate)}`)
        .join(
          '; ',
        )}. At ${props.leverage}× and an entry of ${money(positions[0]!.notional.div(positions[0]!.quantity))}: ${positions
        .map(
          (p) =>
            `${p.quantity.toFixed()}${unit} (notional ${money(p.notional)}) stands on the ${percent(p.tier!.maintenanceMarginRate)} step`,
        )
        .join('; ')}.`}
      caption="Each step is one tier of the table above: a larger position stands on a higher step, needs a larger share of its value as maintenance margin, and is liquidated sooner. Steps are drawn evenly; the printed rates give the scale."
      height={height}
    >
      {tiers.map((tier, i) => {
        const top = TOP + (tiers.length - 1 - i) * RISE;
        const x = 2 + i * step;
        const marked = positions.some((p) => indexOf(p.tier) === i);
        return (
          <g key={tier.notionalFloor.toFixed()}>
            <rect
              x={x}
              y={top}
              width={step - 1}
              height={floorY - top}
              className={marked ? 'fill-caution' : 'fill-slate-300 dark:fill-slate-700'}
              opacity={marked ? 0.55 : 1}
            />
            <text x={x + step / 2} y={top + 13} fontSize={TINY} textAnchor="middle" className="fill-current">
              {percent(tier.maintenanceMarginRate, tier.maintenanceMarginRate.times(100).isInteger() ? 0 : 1)}
            </text>
            <text x={x + step / 2} y={floorY + 13} fontSize={TINY} textAnchor="middle" className={MUTED}>
              {compactAmount(tier.notionalFloor)}
            </text>
          </g>
        );
      })}
      <text x={2} y={floorY + 29} fontSize={SMALL} className={MUTED}>
        position notional from (USDT) →
      </text>
      {markerLabels(
        positions.map((p) => ({ step: indexOf(p.tier), text: `${p.quantity.toFixed()}${unit}` })),
        { step, floorY, height, topOf: (i) => TOP + (tiers.length - 1 - i) * RISE, steps: tiers.length },
      ).map((m) => (
        <g key={m.text}>
          <circle cx={m.dotX} cy={m.dotY} r={3} className="fill-danger" />
          {m.box && m.box.top + m.box.height < m.dotY - 6 ? (
            <line
              x1={m.dotX}
              x2={m.dotX}
              y1={m.dotY - 4}
              y2={m.box.top + m.box.height}
              className="stroke-danger"
              strokeWidth={1}
            />
          ) : null}
          {m.box ? (
            <text
              x={m.box.left}
              y={m.box.top + LABEL_HEIGHT - 3}
              fontSize={SMALL}
              fontWeight={600}
              className="fill-danger"
            >
              {m.text}
            </text>
          ) : null}
        </g>
      ))}
    </DiagramFigure>
  );
}

/** Bold sans-serif glyphs average about 0.62 em: enough to keep labels apart without measuring text. */
const CHAR_WIDTH = SMALL * 0.62;
const LABEL_HEIGHT = 13;

/**
 * Each position's dot on its step and its label, placed by the charts' label layout: centred over the
 * dot, else a row higher, never over a step (so never over a printed rate) nor over another label.
 * A label with no free place is left out; the figure's description still names every position.
 */
function markerLabels(
  markers: { step: number; text: string }[],
  layout: { step: number; floorY: number; height: number; topOf: (step: number) => number; steps: number },
) {
  const steps = Array.from({ length: layout.steps }, (_, i) => ({
    left: 2 + i * layout.step,
    top: layout.topOf(i),
    width: layout.step,
    height: layout.floorY - layout.topOf(i),
  }));
  const dots = markers.map((m) => ({
    ...m,
    dotX: 2 + m.step * layout.step + layout.step / 2,
    dotY: layout.topOf(m.step) - 3,
  }));
  const boxes = placeLabels(
    dots.map((d) => {
      const size = { width: d.text.length * CHAR_WIDTH, height: LABEL_HEIGHT };
      return {
        id: d.text,
        ...size,
        candidates: markerCandidates({ x: d.dotX, y: d.dotY }, size, DIAGRAM_WIDTH, true, 4, 6),
      };
    }),
    { width: DIAGRAM_WIDTH, height: layout.height },
    steps,
  );
  return dots.map((d) => ({ ...d, box: boxes.get(d.text) }));
}
