import {
  formatDecimal,
  markedGiven,
  markedMoney,
  recoveryGain,
  toDecimal,
  tradingFee,
  unrealizedPnl,
} from '@liqlab/core';
import { cents, long10x } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'stop-losses';

const fees = tradingFee('60000', '0.0005').plus(tradingFee('58000', '0.0005'));
const plannedLoss = toDecimal('2000', 'loss').plus(fees);
const gapLoss = unrealizedPnl(long10x(), '56500').neg();
const recovery = recoveryGain('0.2').times(100);

export const stopLossChecks: InlineCheck[] = [
  {
    id: 'c07-short-stop-side',
    lesson,
    section: 'what-a-stop-loss-does',
    kind: 'choice',
    prompt: 'Where does the trigger of a short position’s stop-loss sit?',
    options: [
      { id: 'above', text: 'Above the entry price' },
      { id: 'below', text: 'Below the entry price' },
      { id: 'at', text: 'At the entry price' },
    ],
    correct: 'above',
    why: 'A short loses when the price rises, so the price that proves it wrong lies above the entry.',
  },
  {
    id: 'c07-stop-limit-gap',
    lesson,
    section: 'stop-market-and-stop-limit',
    kind: 'choice',
    prompt: 'The price jumps straight past the limit of your stop-limit order. What happens?',
    options: [
      { id: 'open', text: 'The order rests unfilled and the position stays open' },
      { id: 'limit', text: 'It fills at the limit price anyway' },
      { id: 'next', text: 'It fills at the next available price' },
    ],
    correct: 'open',
    why: 'A limit order never fills worse than its limit, so a gap past it leaves you in the trade.',
  },
  {
    id: 'c07-planned-loss',
    lesson,
    section: 'the-planned-loss',
    kind: 'numeric',
    prompt: `Long 1 BTC at ${markedGiven('60000')} with a stop at ${markedGiven('58000')} and a 0.05% taker fee on the way in and out. What is the planned loss in USDT?`,
    unit: 'USDT',
    answer: cents(plannedLoss),
    tolerance: '0.5',
    why: `Price loss ${markedGiven('2000')} plus fees ${markedMoney(fees)} (0.05% of ${markedGiven('60000')} and of ${markedGiven('58000')}) = ${markedMoney(plannedLoss)} USDT.`,
  },
  {
    id: 'c07-gap-fill',
    lesson,
    section: 'gaps-and-slippage',
    kind: 'numeric',
    prompt: `A long of 1 BTC from ${markedGiven('60000')} has a stop-market order at ${markedGiven('57000')}. The price gaps and the order fills at ${markedGiven('56500')}. What is the price loss in USDT, fees aside?`,
    unit: 'USDT',
    answer: cents(gapLoss),
    tolerance: '0.5',
    why: `The fill, not the trigger, sets the loss: ${markedGiven('60000')} − ${markedGiven('56500')} = ${markedMoney(gapLoss)}, ${markedGiven('500')} more than planned.`,
  },
  {
    id: 'c07-recovery',
    lesson,
    section: 'the-gamblers-mindset',
    kind: 'numeric',
    prompt: 'An account loses 20%. What gain, in percent, brings it back to where it started?',
    unit: '%',
    answer: recovery.toFixed(),
    tolerance: '0.1',
    why: `80 must grow back to 100: 20 ÷ 80 = ${formatDecimal(recovery, { digits: 1, trim: true })}%, more than the 20% lost.`,
  },
  {
    id: 'c07-good-stop',
    lesson,
    section: 'setting-a-stop-that-makes-sense',
    kind: 'choice',
    prompt: 'Which is the better place for a long’s stop?',
    options: [
      { id: 'wrong', text: 'Where the idea is clearly wrong, outside the volatility band' },
      { id: 'round', text: 'At a round number just below the entry' },
      { id: 'beyond', text: 'Just below the liquidation price' },
    ],
    correct: 'wrong',
    why: 'A stop inside the noise fires on ordinary moves, and one beyond the liquidation price never fires.',
  },
];
