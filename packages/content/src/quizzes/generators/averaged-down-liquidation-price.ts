import {
  averageEntry,
  Decimal,
  formatAsGiven,
  liquidationPrice,
  markedGiven,
  type PositionSpec,
} from '@liqlab/core';
import { required } from '../numeric-question-error';
import { step, worked } from '../worked-solution';
import {
  amountSpec,
  BTC_PRICE_RANGE,
  maintenanceRateSpec,
  PRICE_TICK,
  priceSpec,
  QUANTITY_STEP,
  quantitySpec,
} from './market-params';
import { type NumericGenerator, type NumericParams, roundToStep } from './numeric-generator';

const CROSS_MAINTENANCE_RATES = ['0.004', '0.005', '0.01'] as const;

/** A Binance USDS-M cross long backed by the whole wallet, with no other positions. */
function crossLong(
  p: NumericParams<'averaged-down-liquidation-price'>,
  entryPrice: string,
  quantity: string,
) {
  return {
    rules: 'binance-usdm',
    side: 'long',
    marginMode: 'cross',
    entryPrice,
    quantity,
    walletBalance: p.walletBalance,
    maintenanceMarginRate: p.maintenanceMarginRate,
  } satisfies PositionSpec;
}

function averaged(p: NumericParams<'averaged-down-liquidation-price'>) {
  const entry = averageEntry([
    { price: p.entryPrice, quantity: p.quantity },
    { price: p.addPrice, quantity: p.addQuantity },
  ]);
  return { entry, quantity: new Decimal(p.quantity).plus(p.addQuantity) };
}

const CROSS_FORMULA = '(wallet − quantity × entry) ÷ (quantity × maintenance rate − quantity)';

/**
 * Averaging down a cross-margin long: buying more as the price falls lowers the average entry, but the
 * same wallet now backs more size, so the liquidation price moves up, toward the market.
 */
export const averagedDownLiquidationPrice: NumericGenerator<'averaged-down-liquidation-price'> = {
  id: 'averaged-down-liquidation-price',
  unit: 'USDT',
  params: {
    walletBalance: amountSpec,
    entryPrice: priceSpec,
    quantity: quantitySpec,
    addPrice: priceSpec,
    addQuantity: quantitySpec,
    maintenanceMarginRate: maintenanceRateSpec,
  },
  draw: (d) => {
    const entryPrice = d.param('entryPrice', () =>
      d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
    );
    const quantity = d.param('quantity', () => d.decimal('0.1', '2', QUANTITY_STEP));
    const entry = new Decimal(entryPrice);
    // The wallet holds a third to a fifth of the first position's notional (3–5× on the account).
    const walletBalance = d.param('walletBalance', () =>
      roundToStep(entry.times(quantity).div(d.pick(['3', '4', '5'])), '1'),
    );
    // The price has fallen 2–8% when the trader buys again, as much again or up to half more.
    const addPrice = d.param('addPrice', () =>
      d.decimal(entry.times('0.92'), entry.times('0.98'), PRICE_TICK),
    );
    const addQuantity = d.param('addQuantity', () =>
      roundToStep(new Decimal(quantity).times(d.decimal('0.5', '1.5', '0.1')), QUANTITY_STEP),
    );
    return {
      walletBalance,
      entryPrice,
      quantity,
      addPrice,
      addQuantity,
      maintenanceMarginRate: d.param('maintenanceMarginRate', () => d.pick(CROSS_MAINTENANCE_RATES)),
    };
  },
  answer: (p) => {
    const { entry, quantity } = averaged(p);
    return required(liquidationPrice(crossLong(p, entry.toFixed(), quantity.toFixed())), 'liquidation price');
  },
  workedSolution: (p, answer) => {
    const { entry, quantity } = averaged(p);
    const wb = markedGiven(p.walletBalance);
    const mmr = formatAsGiven(p.maintenanceMarginRate);
    const before = step(
      'Liquidation price before adding (Binance cross)',
      CROSS_FORMULA,
      `(${wb} − ${formatAsGiven(p.quantity)} × ${markedGiven(p.entryPrice)}) ÷ (${formatAsGiven(p.quantity)} × ${mmr} − ${formatAsGiven(p.quantity)})`,
      required(liquidationPrice(crossLong(p, p.entryPrice, p.quantity)), 'liquidation price'),
      'USDT',
    );
    const total = step(
      'Quantity after adding',
      'first quantity + added quantity',
      `${formatAsGiven(p.quantity)} + ${formatAsGiven(p.addQuantity)}`,
      quantity,
      'BTC',
      6,
    );
    const average = step(
      'Average entry',
      '(first quantity × entry + added quantity × price) ÷ total quantity',
      worked`(${formatAsGiven(p.quantity)} × ${markedGiven(p.entryPrice)} + ${formatAsGiven(p.addQuantity)} × ${markedGiven(p.addPrice)}) ÷ ${total}`,
      entry,
      'USDT',
    );
    return [
      before,
      total,
      average,
      step(
        'Liquidation price after averaging down',
        CROSS_FORMULA,
        worked`(${wb} − ${total} × ${average}) ÷ (${total} × ${mmr} − ${total})`,
        answer,
        'USDT',
      ),
    ];
  },
};
