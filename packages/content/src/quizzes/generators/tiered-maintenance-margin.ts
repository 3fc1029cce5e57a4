import { binanceBtcusdtTiers, Decimal, maintenanceMargin, maintenanceTierFor } from '@liqlab/core';
import { formatFigure, formatParameter } from '../format-quiz-number';
import { isolatedLinearPosition } from './linear-position';
import type { NumericGenerator } from './numeric-generator';

/** The brackets a retail or large trader plausibly reaches (up to 10 million USDT of notional). */
const DRAWN_BRACKETS = binanceBtcusdtTiers.slice(0, 4);
const TABLE_CAP = binanceBtcusdtTiers[binanceBtcusdtTiers.length - 1]!.notionalCap;

/**
 * A position whose notional is `notional` at a mark price equal to it (one unit), so the engine's
 * maintenance margin at that mark is the table's requirement for exactly that notional.
 */
function unitPosition(notional: string) {
  return {
    ...isolatedLinearPosition({ side: 'long', entryPrice: notional, quantity: 1, leverage: 1 }),
    tiers: binanceBtcusdtTiers,
  };
}

export const tieredMaintenanceMargin: NumericGenerator<'tiered-maintenance-margin'> = {
  id: 'tiered-maintenance-margin',
  unit: 'USDT',
  params: { notional: { kind: 'decimal', min: '1', max: new Decimal(TABLE_CAP).minus('0.01').toFixed() } },
  draw: (d) => ({
    notional: d.param('notional', () => {
      // Bracket first, then a notional inside it, so every row of the table gets asked about.
      const tier = d.pick(DRAWN_BRACKETS);
      const floor = Decimal.max(tier.notionalFloor, 1000);
      return d.decimal(floor, new Decimal(tier.notionalCap).minus('0.01'), '0.01');
    }),
  }),
  answer: (p) => maintenanceMargin(unitPosition(p.notional), p.notional),
  explanation: (p, answer) => {
    const tier = maintenanceTierFor(binanceBtcusdtTiers, p.notional);
    const [floor, cap, rate, amount] = [
      tier.notionalFloor,
      tier.notionalCap,
      tier.maintenanceMarginRate,
      tier.maintenanceAmount,
    ].map((v) => formatParameter(String(v)));
    return `${formatParameter(p.notional)} falls in the bracket from ${floor} to ${cap} USDT (rate ${rate}, maintenance amount ${amount}): ${formatParameter(p.notional)} × ${rate} − ${amount} = ${formatFigure(answer)} USDT.`;
  },
};
