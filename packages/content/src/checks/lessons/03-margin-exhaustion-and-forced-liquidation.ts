import {
  bankruptcyPrice,
  initialMargin,
  marginAccountValue,
  marginLiquidationPrice,
  markedGiven,
  markedMoney,
  unrealizedPnl,
} from '@liqlab/core';
import { cents, long10x, required } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'margin-exhaustion-and-forced-liquidation';

const equity = initialMargin(long10x()).plus(unrealizedPnl(long10x(), '56500'));
const bankruptcy = required(bankruptcyPrice(long10x({ leverage: '5' })), 'bankruptcy price');
/** 0.5 BTC bought with 20,000 USDT borrowed, liquidated at a margin level of 1.1. */
const loan = {
  baseAsset: '0.5',
  quoteAsset: '0',
  baseLiability: '0',
  quoteLiability: '20000',
  interest: '0',
};
const atTrigger = marginAccountValue(loan, required(marginLiquidationPrice(loan, '1.1'), 'trigger price'));
const leftOver = atTrigger.assets.minus(atTrigger.debt);

export const marginExhaustionChecks: InlineCheck[] = [
  {
    id: 'c02-equity',
    lesson,
    section: 'equity-is-margin-plus-unrealized-profit-or-loss',
    kind: 'numeric',
    prompt: `Our 10× long of 1 BTC from ${markedGiven('60000')} has ${markedGiven('6000')} USDT of margin. What is its equity when the price is ${markedGiven('56500')}?`,
    unit: 'USDT',
    answer: cents(equity),
    tolerance: '0.5',
    why: `Equity = margin + unrealized PnL = ${markedGiven('6000')} + (${markedGiven('56500')} − ${markedGiven('60000')}) = ${markedMoney(equity)} USDT.`,
  },
  {
    id: 'c02-bankruptcy',
    lesson,
    section: 'margin-exhaustion-equity-at-zero',
    kind: 'numeric',
    prompt: `An isolated 5× long of 1 BTC at ${markedGiven('60000')} has ${markedGiven('12000')} USDT of margin. At what price is its equity zero?`,
    unit: 'USDT',
    answer: cents(bankruptcy),
    tolerance: '1',
    why: `Entry − margin ÷ quantity = ${markedGiven('60000')} − ${markedGiven('12000')} = ${markedMoney(bankruptcy)}: the bankruptcy price.`,
  },
  {
    id: 'c02-before-zero',
    lesson,
    section: 'maintenance-margin-the-line-before-zero',
    kind: 'choice',
    prompt: 'When does the exchange take over an isolated position?',
    options: [
      { id: 'zero', text: 'When its equity reaches zero, at the bankruptcy price' },
      { id: 'maintenance', text: 'When its equity falls to the maintenance margin' },
      { id: 'half', text: 'When half of the margin is lost' },
    ],
    correct: 'maintenance',
    why: 'The engine acts while some equity is left, so the buffer can pay for slippage and the closing fee.',
  },
  {
    id: 'c02-buffer-kept',
    lesson,
    section: 'why-close-early',
    kind: 'choice',
    prompt:
      'An isolated long on Binance is liquidated and closed a little above its bankruptcy price. What does the trader get back?',
    options: [
      { id: 'nothing', text: 'Nothing of the margin' },
      { id: 'buffer', text: 'The buffer that was left' },
      { id: 'half', text: 'Half of the margin' },
    ],
    correct: 'nothing',
    why: 'What is left of the buffer after the close goes to the insurance fund, so the margin is all gone.',
  },
  {
    id: 'c02-margin-ratio',
    lesson,
    section: 'the-liquidation-ratio',
    kind: 'choice',
    prompt:
      'Binance shows a margin ratio of maintenance margin ÷ margin balance. At what value is the position liquidated?',
    options: [
      { id: 'hundred', text: '100%' },
      { id: 'fifty', text: '50%' },
      { id: 'zero', text: '0%' },
    ],
    correct: 'hundred',
    why: 'At 100% the margin balance has shrunk to the maintenance margin: that is the trigger.',
  },
  {
    id: 'c02-residual',
    lesson,
    section: 'the-residual-balance',
    kind: 'numeric',
    prompt: `You owe ${markedGiven('20000')} USDT on a spot margin account that liquidates at a margin level of 1.1. At most, how much is left after the debt is repaid, in USDT?`,
    unit: 'USDT',
    answer: cents(leftOver),
    tolerance: '0.5',
    why: `At the trigger the assets are 1.1 × ${markedGiven('20000')} = ${markedMoney(atTrigger.assets)}; minus the debt that leaves at most ${markedMoney(leftOver)}, before fees.`,
  },
  {
    id: 'c02-cross-trade',
    lesson,
    section: 'cross-margin-changes-the-picture',
    kind: 'choice',
    prompt: 'What does cross margin change, compared with isolated margin?',
    options: [
      { id: 'both', text: 'The liquidation price is further away, but more of the account can be lost' },
      { id: 'safer', text: 'The liquidation price is further away, and the loss is smaller' },
      { id: 'closer', text: 'The liquidation price is closer, and only the margin is at risk' },
    ],
    correct: 'both',
    why: 'The whole balance backs the position: more room before liquidation, and more to lose when it comes.',
  },
];
