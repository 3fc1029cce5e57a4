import { Decimal, formatAsGiven, initialMargin, liquidationPrice, markedGiven } from '@liqlab/core';
import { required } from '../numeric-question-error';
import { step, worked } from '../worked-solution';
import { isolatedLinearPosition } from './linear-position';
import {
  amountSpec,
  BTC_PRICE_RANGE,
  leverageSpec,
  maintenanceRateSpec,
  maintenanceRatesFor,
  PRICE_TICK,
  priceSpec,
  QUANTITY_RANGE,
  QUANTITY_STEP,
  quantitySpec,
} from './market-params';
import { type NumericGenerator, type NumericParams, roundToStep } from './numeric-generator';

/** Leverages at which a top-up is a real decision: the liquidation price is close enough to worry. */
const TOP_UP_LEVERAGES = ['5', '8', '10', '12', '15', '20', '25'] as const;

function long(p: NumericParams<'liquidation-price-after-top-up'>, margin?: Decimal) {
  return isolatedLinearPosition({
    side: 'long',
    entryPrice: p.entryPrice,
    quantity: p.quantity,
    leverage: p.leverage,
    maintenanceMarginRate: p.maintenanceMarginRate,
    ...(margin ? { margin } : {}),
  });
}

function margins(p: NumericParams<'liquidation-price-after-top-up'>) {
  const before = initialMargin(long(p));
  return { before, after: before.plus(p.topUp) };
}

/**
 * How far adding margin to an isolated long (Binance USDS-M) moves its liquidation price away: the
 * liquidation price with the initial margin minus the one with the margin plus the top-up.
 */
export const liquidationPriceAfterTopUp: NumericGenerator<'liquidation-price-after-top-up'> = {
  id: 'liquidation-price-after-top-up',
  unit: 'USDT',
  params: {
    entryPrice: priceSpec,
    quantity: quantitySpec,
    leverage: leverageSpec,
    maintenanceMarginRate: maintenanceRateSpec,
    topUp: amountSpec,
  },
  draw: (d) => {
    const entryPrice = d.param('entryPrice', () =>
      d.decimal(BTC_PRICE_RANGE.min, BTC_PRICE_RANGE.max, PRICE_TICK),
    );
    const quantity = d.param('quantity', () =>
      d.decimal(QUANTITY_RANGE.min, QUANTITY_RANGE.max, QUANTITY_STEP),
    );
    const leverage = d.param('leverage', () => d.pick(TOP_UP_LEVERAGES));
    // A top-up of a quarter to the whole of the initial margin, in whole USDT as a trader would send it.
    const initial = new Decimal(entryPrice).times(quantity).div(leverage);
    const topUp = d.param('topUp', () =>
      Decimal.max(roundToStep(initial.times(d.decimal('0.25', '1', '0.05')), '1'), 1).toFixed(),
    );
    return {
      entryPrice,
      quantity,
      leverage,
      maintenanceMarginRate: d.param('maintenanceMarginRate', () => d.pick(maintenanceRatesFor(leverage))),
      topUp,
    };
  },
  answer: (p) => {
    const { before, after } = margins(p);
    return required(liquidationPrice(long(p, before)), 'liquidation price').minus(
      required(liquidationPrice(long(p, after)), 'liquidation price'),
    );
  },
  workedSolution: (p, answer) => {
    const ep = markedGiven(p.entryPrice);
    const q = formatAsGiven(p.quantity);
    const mmr = formatAsGiven(p.maintenanceMarginRate);
    const { before, after } = margins(p);
    const formula = '(entry × quantity − margin) ÷ (quantity × (1 − maintenance rate))';
    const marginBefore = step(
      'Margin before',
      'entry × quantity ÷ leverage',
      `${ep} × ${q} ÷ ${formatAsGiven(p.leverage)}`,
      before,
      'USDT',
    );
    const lpBefore = step(
      'Liquidation price before (Binance)',
      formula,
      worked`(${ep} × ${q} − ${marginBefore}) ÷ (${q} × (1 − ${mmr}))`,
      required(liquidationPrice(long(p, before)), 'liquidation price'),
      'USDT',
    );
    const marginAfter = step(
      'Margin after the top-up',
      'margin + top-up',
      worked`${marginBefore} + ${markedGiven(p.topUp)}`,
      after,
      'USDT',
    );
    const lpAfter = step(
      'Liquidation price after',
      formula,
      worked`(${ep} × ${q} − ${marginAfter}) ÷ (${q} × (1 − ${mmr}))`,
      required(liquidationPrice(long(p, after)), 'liquidation price'),
      'USDT',
    );
    return [
      marginBefore,
      lpBefore,
      marginAfter,
      lpAfter,
      step(
        'How far the liquidation price moved away',
        'before − after',
        worked`${lpBefore} − ${lpAfter}`,
        answer,
        'USDT',
      ),
    ];
  },
};
