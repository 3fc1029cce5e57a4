import {
  binanceBtcusdtTiers,
  Decimal,
  formatAsGiven,
  maintenanceMargin,
  maintenanceTierFor,
  markedGiven,
} from '@liqlab/core';
import { step, worked } from '../worked-solution';
import { isolatedLinearPosition } from './linear-position';
import type { NumericGenerator } from './numeric-generator';

/** The brackets a retail or large trader plausibly reaches (up to 10 million USDT of notional). */
const DRAWN_BRACKETS = binanceBtcusdtTiers.slice(0, 4);
// The 2021 Binance table is capped on every row (its last cap is the largest position it allowed).
const TABLE_CAP = binanceBtcusdtTiers[binanceBtcusdtTiers.length - 1]!.notionalCap!;

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
  params: {
    notional: { kind: 'decimal', min: '1', max: new Decimal(TABLE_CAP).minus('0.01').toFixed(), money: true },
  },
  draw: (d) => ({
    notional: d.param('notional', () => {
      // Bracket first, then a notional inside it, so every row of the table gets asked about.
      const tier = d.pick(DRAWN_BRACKETS);
      const floor = Decimal.max(tier.notionalFloor, 1000);
      return d.decimal(floor, new Decimal(tier.notionalCap!).minus('0.01'), '0.01');
    }),
  }),
  answer: (p) => maintenanceMargin(unitPosition(p.notional), p.notional),
  workedSolution: (p, answer) => {
    const tier = maintenanceTierFor(binanceBtcusdtTiers, p.notional);
    const row = `the row from ${formatAsGiven(String(tier.notionalFloor))} to ${formatAsGiven(String(tier.notionalCap))} USDT`;
    const rate = step(
      'Maintenance rate',
      `read from the tier table: ${row}`,
      `row holding ${markedGiven(p.notional)}`,
      new Decimal(tier.maintenanceMarginRate),
      '',
      6,
    );
    const amount = step(
      'Maintenance amount',
      `read from the same row`,
      `row holding ${markedGiven(p.notional)}`,
      new Decimal(tier.maintenanceAmount),
      'USDT',
    );
    return [
      rate,
      amount,
      step(
        'Maintenance margin',
        'notional × rate − maintenance amount',
        worked`${markedGiven(p.notional)} × ${rate} − ${amount}`,
        answer,
        'USDT',
      ),
    ];
  },
};
