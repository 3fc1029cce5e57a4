import { type Decimal, liquidationPrice, toDecimal, typicalMove } from '@liqlab/core';
import { money, signedPercent } from './diagram-format';
import { type LadderRung, LadderSvg } from './ladder-svg';
import { isolatedSpecOf } from './position-ladder-inputs';

export interface BandLadderProps {
  rules: string;
  side: string;
  entryPrice: string;
  quantity: string;
  maintenanceMarginRate: string;
  annualVolatility: string;
  horizonHours: string;
  /** Comma-separated leverages whose liquidation prices are drawn against the band. */
  leverages: string;
}

/**
 * The volatility band below (or above) the entry — one and two typical moves over the holding period —
 * with the liquidation prices of several leverages drawn on the same ladder: a liquidation inside the
 * band comes before any stop placed outside the noise.
 */
export function BandLadder(props: BandLadderProps) {
  const entry = toDecimal(props.entryPrice, 'entryPrice');
  const sign = props.side === 'long' ? -1 : 1;
  const move = typicalMove({
    price: entry,
    annualVolatility: props.annualVolatility,
    horizonDays: toDecimal(props.horizonHours, 'horizonHours').div(24),
  });
  const band = (k: number) => entry.plus(move.times(k * sign));
  const change = (price: Decimal) => signedPercent(price.minus(entry).div(entry));
  const twoSigma = band(2);
  const insideBand = (price: Decimal) => (sign === -1 ? price.gt(twoSigma) : price.lt(twoSigma));
  const liquidations = props.leverages.split(',').map((raw) => {
    const leverage = raw.trim();
    const price = liquidationPrice(isolatedSpecOf('BandLadder', { ...props, leverage }));
    if (price === null) throw new Error(`<BandLadder leverage="${leverage}">: no liquidation price`);
    return { leverage, price, inside: insideBand(price) };
  });
  const rungs: LadderRung[] = [
    { name: 'Entry', price: entry, priceText: money(entry), tone: 'neutral' },
    ...[1, 2].map((k) => ({
      name: `${k} std. dev.`,
      price: band(k),
      priceText: money(band(k)),
      note: change(band(k)),
      detail: k === 1 ? `typical move ${money(move)}` : 'a stop outside the noise',
      tone: 'safe' as const,
    })),
    ...liquidations.map((l) => ({
      name: `${l.leverage}× liquidation`,
      price: l.price,
      priceText: money(l.price),
      note: change(l.price),
      detail: l.inside ? 'comes before that stop' : 'beyond that stop',
      tone: l.inside ? ('danger' as const) : ('caution' as const),
    })),
  ];
  const hours = `${props.horizonHours}-hour`;
  return (
    <LadderSvg
      title="The volatility band against the liquidation price"
      description={`Entry ${money(entry)}, annual volatility ${props.annualVolatility}, ${hours} holding period: one typical move is ${money(move)}, so one standard deviation is at ${money(band(1))} (${change(band(1))}) and two at ${money(twoSigma)} (${change(twoSigma)}). ${liquidations
        .map(
          (l) =>
            `At ${l.leverage}× the liquidation price is ${money(l.price)} (${change(l.price)}), ${l.inside ? 'inside the band: it comes before a stop outside the noise' : 'outside the band: a stop outside the noise acts first'}.`,
        )
        .join(' ')}`}
      caption={`The shaded band is the ${hours} noise. A stop belongs outside it; a leverage whose liquidation price sits inside it leaves no room for that stop.`}
      rungs={rungs}
      zones={[
        { from: entry, to: band(1), tone: 'caution', label: 'Within one standard deviation: everyday noise' },
        { from: band(1), to: twoSigma, tone: 'safe', label: 'One to two standard deviations: still common' },
      ]}
    />
  );
}
