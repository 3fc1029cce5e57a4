import { Decimal, formatAsGiven, markedGiven, positionMargin, unrealizedPnl } from '@liqlab/core';
import { shownTerm, step, worked } from '../worked-solution';
import { isolatedLinearPosition, sideOf } from './linear-position';
import {
  amountSpec,
  BTC_PRICE_RANGE,
  LEVERAGES,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
  sideSpec,
} from './market-params';
import { type NumericGenerator, type NumericParams, roundToStep } from './numeric-generator';

function withoutCurrentPrice({ currentPrice: _, ...position }: NumericParams<'position-equity'>) {
  return position;
}

export const positionEquity: NumericGenerator<'position-equity'> = {
  id: 'position-equity',
  unit: 'USDT',
  params: {
    side: sideSpec,
    entryPrice: priceSpec,
    currentPrice: priceSpec,
    quantity: quantitySpec,
    margin: amountSpec,
  },
  draw: (d) => {
    const side = d.param('side', () => d.pick(['long', 'short']));
    const entryPrice = d.param('entryPrice', () =>
      d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
    );
    const quantity = d.param('quantity', () =>
      d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP),
    );
    const leverage = new Decimal(d.pick(LEVERAGES));
    const margin = d.param('margin', () =>
      roundToStep(new Decimal(entryPrice).times(quantity).div(leverage), '0.01'),
    );
    // Up to 80% of the margin lost or gained: the position is still open, so equity stays positive.
    const reach = new Decimal(entryPrice).times('0.8').div(leverage);
    const currentPrice = d.param('currentPrice', () =>
      d.decimal(new Decimal(entryPrice).minus(reach), new Decimal(entryPrice).plus(reach), PRICE_TICK),
    );
    return { side, entryPrice, currentPrice, quantity, margin };
  },
  answer: (p) => {
    const position = isolatedLinearPosition(withoutCurrentPrice(p));
    return positionMargin(position).plus(unrealizedPnl(position, p.currentPrice));
  },
  workedSolution: (p, answer) => {
    const long = sideOf(p.side) === 'long';
    const pnl = step(
      `Unrealized PnL of the ${p.side}`,
      long ? '(current − entry) × quantity' : '(entry − current) × quantity',
      long
        ? `(${markedGiven(p.currentPrice)} − ${markedGiven(p.entryPrice)}) × ${formatAsGiven(p.quantity)}`
        : `(${markedGiven(p.entryPrice)} − ${markedGiven(p.currentPrice)}) × ${formatAsGiven(p.quantity)}`,
      unrealizedPnl(isolatedLinearPosition(withoutCurrentPrice(p)), p.currentPrice),
      'USDT',
    );
    return [
      pnl,
      step(
        'Equity',
        'margin + unrealized PnL',
        worked`${markedGiven(p.margin)} ${shownTerm(pnl)}`,
        answer,
        'USDT',
      ),
    ];
  },
};
