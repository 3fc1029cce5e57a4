import {
  bankruptcyPrice,
  type Decimal,
  liquidationPrice,
  type PositionSpec,
  positionMargin,
  toDecimal,
  unrealizedPnl,
} from '@liqlab/core';

export interface LadderPrice {
  price: Decimal;
  /** Margin + unrealized PnL at this price. */
  equity: Decimal;
  /** (price − entry) ÷ entry: negative below the entry. */
  change: Decimal;
}

export interface PriceLadderFigures {
  margin: Decimal;
  entry: Decimal;
  stop: LadderPrice | null;
  liquidation: LadderPrice;
  bankruptcy: LadderPrice;
  /** With margin added: the new margin and liquidation price (the equity there is the new margin's). */
  topUp: { margin: Decimal; liquidation: LadderPrice } | null;
}

function priced(spec: PositionSpec, margin: Decimal, entry: Decimal, price: Decimal): LadderPrice {
  return { price, equity: margin.plus(unrealizedPnl(spec, price)), change: price.minus(entry).div(entry) };
}

function required(value: Decimal | null, what: string): Decimal {
  if (value === null) throw new Error(`the position has no ${what}`);
  return value;
}

/** Entry, optional stop, liquidation and bankruptcy prices of an isolated position, from the engine. */
export function priceLadderFigures(
  spec: PositionSpec,
  options: { stopPrice?: string; addMargin?: string } = {},
): PriceLadderFigures {
  const entry = toDecimal(spec.entryPrice, 'entryPrice');
  const margin = positionMargin(spec);
  const at = (price: Decimal) => priced(spec, margin, entry, price);
  let topUp: PriceLadderFigures['topUp'] = null;
  if (options.addMargin !== undefined) {
    const more = margin.plus(toDecimal(options.addMargin, 'addMargin'));
    const larger = { ...spec, margin: more };
    topUp = {
      margin: more,
      liquidation: priced(larger, more, entry, required(liquidationPrice(larger), 'liquidation price')),
    };
  }
  return {
    margin,
    entry,
    stop: options.stopPrice === undefined ? null : at(toDecimal(options.stopPrice, 'stopPrice')),
    liquidation: at(required(liquidationPrice(spec), 'liquidation price')),
    bankruptcy: at(required(bankruptcyPrice(spec), 'bankruptcy price')),
    topUp,
  };
}
