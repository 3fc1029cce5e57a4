import { Decimal, formatAsGiven, liquidationPrice } from '@liqlab/core';
import { required } from '../numeric-question-error';
import { step, worked } from '../worked-solution';
import { isolatedLinearPosition } from './linear-position';
import { LEVERAGES, leverageSpec, maintenanceRateSpec, maintenanceRatesFor } from './market-params';
import type { NumericGenerator } from './numeric-generator';

/** The rise is a ratio of prices, the same for any entry and size: price a reference short. */
const REFERENCE_ENTRY = new Decimal(100);

export const shortLiquidationRisePercent: NumericGenerator<'short-liquidation-rise-percent'> = {
  id: 'short-liquidation-rise-percent',
  unit: '%',
  params: { leverage: leverageSpec, maintenanceMarginRate: maintenanceRateSpec },
  draw: (d) => {
    const leverage = d.param('leverage', () => d.pick(LEVERAGES));
    return {
      leverage,
      maintenanceMarginRate: d.param('maintenanceMarginRate', () => d.pick(maintenanceRatesFor(leverage))),
    };
  },
  answer: (p) => {
    const short = isolatedLinearPosition({
      side: 'short',
      entryPrice: REFERENCE_ENTRY,
      quantity: 1,
      leverage: p.leverage,
      maintenanceMarginRate: p.maintenanceMarginRate,
    });
    return required(liquidationPrice(short), 'liquidation price').div(REFERENCE_ENTRY).minus(1).times(100);
  },
  workedSolution: (p, answer) => {
    const ratio = step(
      'Liquidation price ÷ entry (Binance, margin = entry × quantity ÷ leverage)',
      '(1 + 1 ÷ leverage) ÷ (1 + maintenance rate)',
      `(1 + 1 ÷ ${formatAsGiven(p.leverage)}) ÷ (1 + ${formatAsGiven(p.maintenanceMarginRate)})`,
      answer.div(100).plus(1),
      '',
      6,
    );
    return [
      ratio,
      step('Rise from the entry', '(ratio − 1) × 100', worked`(${ratio} − 1) × 100`, answer, '%'),
    ];
  },
};
