import {
  effectiveLeverage,
  formatDecimal,
  initialMargin,
  markedGiven,
  markedMoney,
  unrealizedPnl,
} from '@liqlab/core';
import { cents, long10x } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'leverage-and-margin';

const notional = initialMargin(long10x({ quantity: '0.25', entryPrice: '63000', leverage: '1' }));
const margin = initialMargin(long10x({ quantity: '0.5', leverage: '20' }));
const leverage = effectiveLeverage(long10x({ quantity: '0.5', margin: '1500' }), '0');
const fiveX = long10x({ leverage: '5' });
const returnOnMargin = unrealizedPnl(fiveX, '61200').div(initialMargin(fiveX)).times(100);

export const leverageAndMarginChecks: InlineCheck[] = [
  {
    id: 'c01-margin-is-deposit',
    lesson,
    section: 'a-position-has-a-size-and-a-deposit',
    kind: 'choice',
    prompt: 'In a leveraged position, what is the initial margin?',
    options: [
      { id: 'deposit', text: 'The deposit you lock up behind the position' },
      { id: 'exposure', text: 'The full value of the position' },
      { id: 'fee', text: 'A fee the exchange keeps' },
    ],
    correct: 'deposit',
    why: 'The exposure is the notional value; the margin is only the deposit that backs it.',
  },
  {
    id: 'c01-notional',
    lesson,
    section: 'notional-value',
    kind: 'numeric',
    prompt: `What is the notional value of a 0.25 BTC position when bitcoin trades at ${markedGiven('63000')} USDT?`,
    unit: 'USDT',
    answer: cents(notional),
    tolerance: '0.5',
    why: `Notional value = price × quantity = ${markedGiven('63000')} × 0.25 = ${markedMoney(notional)} USDT.`,
  },
  {
    id: 'c01-initial-margin',
    lesson,
    section: 'initial-margin',
    kind: 'numeric',
    prompt: `A 20× long of 0.5 BTC at ${markedGiven('60000')} USDT. How much initial margin does it need, in USDT?`,
    unit: 'USDT',
    answer: cents(margin),
    tolerance: '0.5',
    why: `Notional 0.5 × ${markedGiven('60000')} = ${markedGiven('30000')}; divided by 20 that is ${markedMoney(margin)} USDT.`,
  },
  {
    id: 'c01-leverage-ratio',
    lesson,
    section: 'leverage-is-a-ratio',
    kind: 'numeric',
    prompt: `A long of 0.5 BTC at ${markedGiven('60000')} USDT is backed by ${markedGiven('1500')} USDT of margin. What is its leverage?`,
    unit: '×',
    answer: leverage.toFixed(),
    tolerance: '0.01',
    why: `Leverage = notional ÷ margin = ${markedGiven('30000')} ÷ ${markedGiven('1500')} = ${formatDecimal(leverage, { digits: 6, trim: true })}×.`,
  },
  {
    id: 'c01-same-loss',
    lesson,
    section: 'what-leverage-does-not-change',
    kind: 'choice',
    prompt:
      'Two traders each hold a 1 BTC long, one at 5× and one at 20×. The price falls 1%. Who loses more USDT?',
    options: [
      { id: 'five', text: 'The 5× trader' },
      { id: 'twenty', text: 'The 20× trader' },
      { id: 'same', text: 'Both lose the same amount' },
    ],
    correct: 'same',
    why: 'Profit and loss come from the notional value, which is the same; leverage only changes the margin behind it.',
  },
  {
    id: 'c01-return-on-margin',
    lesson,
    section: 'profit-and-loss-in-percent-of-margin',
    kind: 'numeric',
    prompt: `A 5× long of 1 BTC from ${markedGiven('60000')} sees the price rise 2%, to ${markedGiven('61200')}. What is its return on margin, in %?`,
    unit: '%',
    answer: returnOnMargin.toFixed(),
    tolerance: '0.05',
    why: `Profit ${markedGiven('1200')} on ${markedGiven('12000')} of margin: ${formatDecimal(returnOnMargin, { digits: 6, trim: true })}%, the 2% move times the leverage.`,
  },
];
