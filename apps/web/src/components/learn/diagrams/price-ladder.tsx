import { ruleSetInfo } from '@liqlab/core';
import { money, signedPercent } from './diagram-format';
import type { Tone } from './diagram-tones';
import { type LadderRung, LadderSvg, type LadderZone } from './ladder-svg';
import { isolatedSpecOf, type PositionDiagramProps } from './position-ladder-inputs';
import { type LadderPrice, priceLadderFigures } from './price-ladder-figures';

export interface PriceLadderProps extends PositionDiagramProps {
  stopPrice?: string;
  addMargin?: string;
}

const at = (p: LadderPrice) => `${money(p.price)} (${signedPercent(p.change)} from the entry)`;

function rung(name: string, p: LadderPrice, tone: Tone, detail: string, bar?: number): LadderRung {
  return {
    name,
    price: p.price,
    priceText: money(p.price),
    note: signedPercent(p.change),
    tone,
    detail,
    ...(bar === undefined ? {} : { bar }),
  };
}

/**
 * Entry → stop → liquidation → bankruptcy of an isolated position as a price ladder, each rung with
 * its distance from the entry and the equity left there (the bar under it drains with the margin).
 * With `addMargin`, the liquidation price before and after a top-up instead.
 */
export function PriceLadder(props: PriceLadderProps) {
  const spec = isolatedSpecOf('PriceLadder', props);
  const f = priceLadderFigures(spec, {
    ...(props.stopPrice === undefined ? {} : { stopPrice: props.stopPrice }),
    ...(props.addMargin === undefined ? {} : { addMargin: props.addMargin }),
  });
  const share = (p: LadderPrice) => p.equity.div(f.margin).toNumber();
  const position = `${props.leverage}× ${props.side} of ${props.quantity}${props.baseAsset ? ` ${props.baseAsset}` : ''} at ${money(f.entry)} with ${money(f.margin)} of isolated margin (${ruleSetInfo(spec.rules).name}, maintenance rate ${props.maintenanceMarginRate})`;
  const entry: LadderRung = {
    name: 'Entry',
    price: f.entry,
    priceText: money(f.entry),
    tone: 'neutral',
    detail: `margin ${money(f.margin)}`,
    bar: 1,
  };

  if (f.topUp) {
    const added = f.topUp.margin.minus(f.margin);
    const rungs = [
      entry,
      rung('Liquidation now', f.liquidation, 'caution', `lose ${money(f.margin)} if hit`),
      rung(`After +${money(added)}`, f.topUp.liquidation, 'danger', `lose ${money(f.topUp.margin)} if hit`),
    ];
    const zones: LadderZone[] = [
      { from: f.entry, to: f.liquidation.price, tone: 'safe', label: 'Open with either margin' },
      {
        from: f.liquidation.price,
        to: f.topUp.liquidation.price,
        tone: 'caution',
        label: `Room bought by putting ${money(added)} more at risk`,
      },
    ];
    return (
      <LadderSvg
        title="Adding margin moves the liquidation price"
        description={`A ${position}. Its liquidation price is ${at(f.liquidation)}; if it is hit, ${money(f.margin)} is lost. After adding ${money(added)} of margin, the liquidation price is ${at(f.topUp.liquidation)}; if that is hit, ${money(f.topUp.margin)} is lost.`}
        caption="Adding margin buys distance, paid for with a larger loss if the price gets there anyway. Rungs are spaced by price except where labels would overlap."
        rungs={rungs}
        zones={zones}
      />
    );
  }

  const rungs = [
    entry,
    ...(f.stop ? [rung('Stop-loss', f.stop, 'safe', `equity ${money(f.stop.equity)}`, share(f.stop))] : []),
    rung(
      'Liquidation',
      f.liquidation,
      'caution',
      `equity ${money(f.liquidation.equity)}`,
      share(f.liquidation),
    ),
    rung('Bankruptcy', f.bankruptcy, 'danger', `equity ${money(f.bankruptcy.equity)}`),
  ];
  const zones: LadderZone[] = f.stop
    ? [
        {
          from: f.entry,
          to: f.stop.price,
          tone: 'safe',
          label: 'The loss you planned: the stop closes here',
        },
        {
          from: f.stop.price,
          to: f.liquidation.price,
          tone: 'caution',
          label: 'Reached only if the stop fills late or not at all',
        },
        {
          from: f.liquidation.price,
          to: f.bankruptcy.price,
          tone: 'danger',
          label: 'Liquidation: the position and its margin are gone',
        },
      ]
    : [
        {
          from: f.entry,
          to: f.liquidation.price,
          tone: 'safe',
          label: 'Equity above the maintenance margin',
        },
        {
          from: f.liquidation.price,
          to: f.bankruptcy.price,
          tone: 'caution',
          label: 'Maintenance buffer: the engine has taken over',
        },
      ];
  const stopSentence = f.stop ? ` Stop-loss at ${at(f.stop)}, where equity is ${money(f.stop.equity)}.` : '';
  return (
    <LadderSvg
      title={
        f.stop ? 'Entry, stop-loss, liquidation and bankruptcy prices' : 'From entry to bankruptcy price'
      }
      description={`A ${position}. Entry ${money(f.entry)}, equity ${money(f.margin)}.${stopSentence} Liquidation price ${at(f.liquidation)}, where equity equals the maintenance margin, ${money(f.liquidation.equity)}. Bankruptcy price ${at(f.bankruptcy)}, where equity is ${money(f.bankruptcy.equity)}.`}
      caption={
        f.stop
          ? 'The stop sits between the entry and the liquidation price, so it acts first. The bar under each rung is the equity left there. Rungs are spaced by price except where labels would overlap.'
          : 'The bar under each rung is the equity left at that price: it drains as the price falls, and the engine acts before it reaches zero. Rungs are spaced by price except where labels would overlap.'
      }
      rungs={rungs}
      zones={zones}
    />
  );
}
