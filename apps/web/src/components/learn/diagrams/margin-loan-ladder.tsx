import {
  type Decimal,
  type MarginAccount,
  marginAccountValue,
  marginLevel,
  marginLiquidationPrice,
  toDecimal,
} from '@liqlab/core';
import { money, signedPercent } from './diagram-format';
import type { Tone } from './diagram-tones';
import { type LadderRung, LadderSvg } from './ladder-svg';

export interface MarginLoanLadderProps {
  baseAsset: string;
  quoteAsset: string;
  baseLiability: string;
  quoteLiability: string;
  interest: string;
  price: string;
  marginCallLevel: string;
  liquidationLevel: string;
}

const level = (value: Decimal) => value.toDecimalPlaces(2).toFixed(2);

/**
 * A spot margin account's price ladder: today's price, the margin call, the liquidation and the price
 * where the assets only just cover the debt (margin level 1), each with the level and the trader's own
 * stake (assets − debt) left there.
 */
export function MarginLoanLadder(props: MarginLoanLadderProps) {
  const account: MarginAccount = {
    baseAsset: props.baseAsset,
    quoteAsset: props.quoteAsset,
    baseLiability: props.baseLiability,
    quoteLiability: props.quoteLiability,
    interest: props.interest,
  };
  const now = toDecimal(props.price, 'price');
  const stakeAt = (price: Decimal) => {
    const { assets, debt } = marginAccountValue(account, price);
    return assets.minus(debt);
  };
  const stake = stakeAt(now);
  const levels: { name: string; at: Decimal; tone: Tone }[] = [
    { name: 'Margin call', at: toDecimal(props.marginCallLevel, 'marginCallLevel'), tone: 'caution' },
    { name: 'Liquidation', at: toDecimal(props.liquidationLevel, 'liquidationLevel'), tone: 'danger' },
    { name: 'Stake gone', at: toDecimal(1, 'level'), tone: 'danger' },
  ];
  const rungs: LadderRung[] = [
    {
      name: 'Price now',
      price: now,
      priceText: money(now),
      detail: `level ${level(marginLevel(account, now))} · stake ${money(stake)}`,
      tone: 'neutral',
      bar: 1,
    },
    ...levels.map(({ name, at, tone }) => {
      const price = marginLiquidationPrice(account, at);
      if (price === null) throw new Error(`<MarginLoanLadder>: no price reaches margin level ${at}`);
      const left = stakeAt(price);
      return {
        name,
        price,
        priceText: money(price),
        note: signedPercent(price.minus(now).div(now)),
        detail: `level ${level(at)} · stake ${money(left)}`,
        tone,
        bar: left.div(stake).toNumber(),
      };
    }),
  ];
  const [, call, liquidation, gone] = rungs;
  return (
    <LadderSvg
      title="Margin level as the price falls"
      description={`A spot margin account holding ${props.baseAsset} of the coin and owing ${money(toDecimal(props.quoteLiability, 'quoteLiability'))}. ${rungs
        .map((r) => `${r.name}: price ${r.priceText}${r.note ? ` (${r.note})` : ''}, margin ${r.detail}.`)
        .join(' ')}`}
      caption="Margin level = assets ÷ debt. The bar under each rung is your own stake, assets minus debt: the venue sells at the liquidation level, before that stake reaches zero. Rungs are spaced by price except where labels would overlap."
      rungs={rungs}
      zones={[
        { from: now, to: call!.price, tone: 'safe', label: 'Above the margin call: nothing happens' },
        {
          from: call!.price,
          to: liquidation!.price,
          tone: 'caution',
          label: 'Margin call: add collateral or repay',
        },
        {
          from: liquidation!.price,
          to: gone!.price,
          tone: 'danger',
          label: 'The venue sells to repay the loan',
        },
      ]}
    />
  );
}
