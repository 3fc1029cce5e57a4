import { Decimal, positionMargin, unrealizedPnl } from '@liqlab/core';
import { formatFigure, formatParameter, formatTerm } from '../format-quiz-number';
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
  explanation: (p, answer) => {
    const pnl = unrealizedPnl(isolatedLinearPosition(withoutCurrentPrice(p)), p.currentPrice);
    const move =
      sideOf(p.side) === 'long'
        ? `(${formatParameter(p.currentPrice)} − ${formatParameter(p.entryPrice)})`
        : `(${formatParameter(p.entryPrice)} − ${formatParameter(p.currentPrice)})`;
    return `Unrealized PnL of the ${p.side} = ${move} × ${formatParameter(p.quantity)} = ${formatFigure(pnl)} USDT; equity = margin + PnL = ${formatParameter(p.margin)} ${formatTerm(pnl)} = ${formatFigure(answer)} USDT.`;
  },
};
