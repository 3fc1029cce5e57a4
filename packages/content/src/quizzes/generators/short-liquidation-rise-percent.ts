import { Decimal, liquidationPrice } from '@liqlab/core';
import { formatFigure, formatParameter } from '../format-quiz-number';
import { required } from '../numeric-question-error';
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
  explanation: (p, answer) =>
    `LP ÷ entry = (1 + 1 ÷ ${formatParameter(p.leverage)}) ÷ (1 + ${formatParameter(p.maintenanceMarginRate)}), so the price must rise ${formatFigure(answer, 3)}% from the entry.`,
};
