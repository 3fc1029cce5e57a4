import {
  formatDecimal,
  liquidationPrice,
  maintenanceTierFor,
  markedGiven,
  markedMoney,
  toDecimal,
} from '@liqlab/core';
import { tierTable } from '../../lessons/tier-table-figures';
import { cents, long10x, required } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'how-exchanges-compute-the-liquidation-price';

const binance5x = required(liquidationPrice(long10x({ leverage: '5' })), 'liquidation price');
const tier = maintenanceTierFor([...tierTable('binance-btcusdt').tiers], '100000');
const tierMaintenance = toDecimal(tier.maintenanceMarginRate, 'rate')
  .times(100000)
  .minus(tier.maintenanceAmount);
const bybit5x = required(
  liquidationPrice(long10x({ leverage: '5', rules: 'bybit-linear' })),
  'liquidation price',
);

export const exchangeFormulaChecks: InlineCheck[] = [
  {
    id: 'c05-binance-5x',
    lesson,
    section: 'binance-one-formula-for-isolated-and-cross',
    kind: 'numeric',
    prompt: `By Binance’s formula, an isolated 5× long of 1 BTC at ${markedGiven('60000')} with a flat 0.5% rate and no maintenance amount. What is its liquidation price?`,
    unit: 'USDT',
    answer: cents(binance5x),
    tolerance: '1',
    why: `Margin ${markedGiven('12000')}: (${markedGiven('12000')} − ${markedGiven('60000')}) ÷ (0.005 − 1) ≈ ${markedMoney(binance5x)}.`,
  },
  {
    id: 'c05-tier-maintenance',
    lesson,
    section: 'tiered-maintenance-margin',
    kind: 'numeric',
    prompt: `Using the tier table above, what is the maintenance margin of a position with a notional value of ${markedGiven('100000')} USDT?`,
    unit: 'USDT',
    answer: cents(tierMaintenance),
    tolerance: '0.5',
    why: `${markedGiven('100000')} falls in the ${formatDecimal(toDecimal(tier.maintenanceMarginRate, 'rate').times(100), { digits: 6, trim: true })}% tier: ${markedGiven('100000')} × rate − ${formatDecimal(toDecimal(tier.maintenanceAmount, 'amount'), { digits: 0 })} = ${markedMoney(tierMaintenance)} USDT.`,
  },
  {
    id: 'c05-larger-sooner',
    lesson,
    section: 'why-large-positions-are-liquidated-sooner',
    kind: 'choice',
    prompt:
      'Same 10× leverage, a much larger position. Where is its liquidation price, compared with a small one?',
    options: [
      { id: 'closer', text: 'Closer to the entry' },
      { id: 'further', text: 'Further from the entry' },
      { id: 'same', text: 'Exactly the same' },
    ],
    correct: 'closer',
    why: 'A larger notional lands in a higher tier with a higher maintenance rate, so equity meets it sooner.',
  },
  {
    id: 'c05-bybit-5x',
    lesson,
    section: 'bybit-margin-measured-at-entry',
    kind: 'numeric',
    prompt: `By Bybit’s linear formula, an isolated 5× long of 1 BTC at ${markedGiven('60000')} with a 0.5% maintenance rate. What is its liquidation price?`,
    unit: 'USDT',
    answer: cents(bybit5x),
    tolerance: '1',
    why: `${markedGiven('60000')} − (${markedGiven('12000')} − ${markedGiven('300')}) ÷ 1 = ${markedMoney(bybit5x)}: the maintenance margin is valued at the entry.`,
  },
  {
    id: 'c05-okx-fee',
    lesson,
    section: 'okx-the-closing-fee-inside-the-formula',
    kind: 'choice',
    prompt: 'Same inputs, yet OKX puts a long’s liquidation price a little higher than Binance. Why?',
    options: [
      { id: 'fee', text: 'Its formula adds the fee to close to the maintenance rate' },
      { id: 'entry', text: 'It values the position at the entry price' },
      { id: 'tiers', text: 'It always uses a higher tier' },
    ],
    correct: 'fee',
    why: 'OKX asks the position to keep enough for the closing fee too, so equity meets it a little sooner.',
  },
  {
    id: 'c05-what-drives',
    lesson,
    section: 'side-by-side',
    kind: 'choice',
    prompt:
      'With identical inputs the three venues differ by under 30 USDT. What moves a liquidation price far more?',
    options: [
      { id: 'inputs', text: 'Leverage, size, tier and fees' },
      { id: 'venue', text: 'The venue’s name' },
      { id: 'time', text: 'The time of day' },
    ],
    correct: 'inputs',
    why: 'The formulas agree on the idea; the inputs you choose decide where the line sits.',
  },
];
