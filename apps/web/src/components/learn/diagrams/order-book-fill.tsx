import { Decimal } from '@liqlab/core';
import { DIAGRAM_WIDTH, DiagramFigure, LABEL, SMALL } from './diagram-figure';
import { money } from './diagram-format';
import { FILL, INK, MUTED } from './diagram-tones';

export interface OrderBookFillProps {
  /** Sell orders as comma-separated "price:quantity", any order. */
  asks: string;
  /** Buy orders as comma-separated "price:quantity", any order. */
  bids: string;
  /** The quantity a market buy takes from the sell side. */
  marketBuy: string;
  baseAsset?: string;
}

export interface BookLine {
  price: Decimal;
  quantity: Decimal;
}

export interface MarketBuyFill {
  /** The sell orders from the cheapest up, each with the part the market buy takes. */
  lines: (BookLine & { taken: Decimal })[];
  filled: Decimal;
  /** Cost ÷ quantity filled: what the buyer paid per coin on average. */
  averagePrice: Decimal;
}

function parseBook(book: string, name: string): BookLine[] {
  return book.split(',').map((entry) => {
    const [price, quantity] = entry.split(':').map((part) => part.trim());
    if (!price || !quantity) throw new Error(`<OrderBookFill ${name}>: "${entry}" is not price:quantity`);
    return { price: new Decimal(price), quantity: new Decimal(quantity) };
  });
}

/**
 * A market buy walks the sell side from the cheapest order up, taking each line until it is filled:
 * the matching rule every order book uses (price priority).
 */
export function marketBuyFill(asks: string, quantity: string): MarketBuyFill {
  const lines = parseBook(asks, 'asks').sort((a, b) => a.price.comparedTo(b.price));
  let left = new Decimal(quantity);
  let cost = new Decimal(0);
  const taken = lines.map((line) => {
    const take = Decimal.min(left, line.quantity);
    left = left.minus(take);
    cost = cost.plus(take.times(line.price));
    return { ...line, taken: take };
  });
  const filled = new Decimal(quantity).minus(left);
  if (filled.isZero()) throw new Error('<OrderBookFill>: the market buy takes nothing');
  return { lines: taken, filled, averagePrice: cost.div(filled) };
}

const ROW = 26;
const TOP = 30;
const PRICE_X = 4;
const BAR_X = 96;
const BAR_WIDTH = DIAGRAM_WIDTH - BAR_X - 70;

/** A small order book, sell orders above buy orders, with the lines a market buy eats through. */
export function OrderBookFill({ asks, bids, marketBuy, baseAsset }: OrderBookFillProps) {
  const fill = marketBuyFill(asks, marketBuy);
  const buyLines = parseBook(bids, 'bids').sort((a, b) => b.price.comparedTo(a.price));
  const sellLines = [...fill.lines].reverse(); // the highest price on top, as exchanges draw it
  const largest = Decimal.max(...fill.lines.map((l) => l.quantity), ...buyLines.map((l) => l.quantity));
  const unit = baseAsset ? ` ${baseAsset}` : '';
  const width = (q: Decimal) => Math.max(2, q.div(largest).toNumber() * BAR_WIDTH);
  const gap = 18;
  const height = TOP + (sellLines.length + buyLines.length) * ROW + gap + 30;
  const buyTop = TOP + sellLines.length * ROW + gap;
  const takenLines = fill.lines.filter((l) => l.taken.gt(0));
  return (
    <DiagramFigure
      title="A market buy eating through the order book"
      description={`Sell orders: ${fill.lines
        .map((l) => `${l.quantity.toFixed()}${unit} at ${money(l.price)}`)
        .join(', ')}. Buy orders: ${buyLines
        .map((l) => `${l.quantity.toFixed()}${unit} at ${money(l.price)}`)
        .join(', ')}. A market buy of ${marketBuy}${unit} takes ${takenLines
        .map((l) => `${l.taken.toFixed()} at ${money(l.price)}`)
        .join(' and ')}, an average price of ${money(fill.averagePrice)}.`}
      caption="Sell orders wait above, buy orders below. A market buy takes the cheapest sell orders first and keeps climbing until it is filled, so its average price is worse than the first line."
      height={height}
    >
      <text x={PRICE_X} y={16} fontSize={SMALL} className={MUTED}>
        sell orders (price, size)
      </text>
      {sellLines.map((line, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={`ask-${line.price.toFixed()}`}>
            <text x={PRICE_X} y={y + 14} fontSize={LABEL} className={INK.danger}>
              {money(line.price)}
            </text>
            <rect
              x={BAR_X}
              y={y + 3}
              width={width(line.quantity)}
              height={14}
              rx={2}
              className={FILL.neutral}
            />
            {line.taken.gt(0) ? (
              <rect
                x={BAR_X}
                y={y + 3}
                width={width(line.taken)}
                height={14}
                rx={2}
                className={FILL.danger}
              />
            ) : null}
            <text x={BAR_X + width(line.quantity) + 6} y={y + 14} fontSize={SMALL} className="fill-current">
              {line.taken.gt(0)
                ? `${line.taken.toFixed()} of ${line.quantity.toFixed()} taken`
                : line.quantity.toFixed()}
            </text>
          </g>
        );
      })}
      <text x={PRICE_X} y={buyTop - 4} fontSize={SMALL} className={MUTED}>
        buy orders (price, size)
      </text>
      {buyLines.map((line, i) => {
        const y = buyTop + i * ROW;
        return (
          <g key={`bid-${line.price.toFixed()}`}>
            <text x={PRICE_X} y={y + 14} fontSize={LABEL} className={INK.safe}>
              {money(line.price)}
            </text>
            <rect x={BAR_X} y={y + 3} width={width(line.quantity)} height={14} rx={2} className={FILL.safe} />
            <text x={BAR_X + width(line.quantity) + 6} y={y + 14} fontSize={SMALL} className="fill-current">
              {line.quantity.toFixed()}
            </text>
          </g>
        );
      })}
      <text x={PRICE_X} y={height - 8} fontSize={LABEL} fontWeight={600} className="fill-current">
        {`market buy ${marketBuy}${unit}: average ${money(fill.averagePrice)}`}
      </text>
    </DiagramFigure>
  );
}
