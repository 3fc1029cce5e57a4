import { liquidationPrice, markedGiven, markedMoney, unrealizedPnl } from '@liqlab/core';
import { cents, long10x, required } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'shorts-and-short-squeezes';

const shortPnl = unrealizedPnl(long10x({ side: 'short', quantity: '0.5' }), '62000');
const shortLiquidation = required(
  liquidationPrice(long10x({ side: 'short', leverage: '4' })),
  'liquidation price',
);

export const shortsChecks: InlineCheck[] = [
  {
    id: 'c06-short-pnl',
    lesson,
    section: 'what-a-short-position-is',
    kind: 'numeric',
    prompt: `A short of 0.5 BTC opened at ${markedGiven('60000')}. What is its unrealized PnL, in USDT, when bitcoin trades at ${markedGiven('62000')}?`,
    unit: 'USDT',
    answer: cents(shortPnl),
    tolerance: '0.5',
    why: `(entry − price) × quantity = (${markedGiven('60000')} − ${markedGiven('62000')}) × 0.5 = ${markedMoney(shortPnl)} USDT: a loss.`,
  },
  {
    id: 'c06-no-ceiling',
    lesson,
    section: 'why-a-shorts-loss-has-no-ceiling',
    kind: 'choice',
    prompt: 'Why can a short lose more than its entry value, while a long cannot?',
    options: [
      { id: 'rise', text: 'A price can rise without limit but cannot fall below zero' },
      { id: 'fees', text: 'Shorts pay higher fees' },
      { id: 'funding', text: 'Shorts always pay funding' },
    ],
    correct: 'rise',
    why: 'A long’s loss stops when the price reaches zero; nothing stops a price from doubling or tripling.',
  },
  {
    id: 'c06-short-liquidation',
    lesson,
    section: 'the-liquidation-price-of-a-short',
    kind: 'numeric',
    prompt: `An isolated 4× short of 1 BTC at ${markedGiven('60000')}, maintenance rate 0.5% (Binance). What is its liquidation price?`,
    unit: 'USDT',
    answer: cents(shortLiquidation),
    tolerance: '1',
    why: `Margin ${markedGiven('15000')}: (${markedGiven('15000')} + ${markedGiven('60000')}) ÷ 1.005 = ${markedMoney(shortLiquidation)}.`,
  },
  {
    id: 'c06-squeeze-order',
    lesson,
    section: 'anatomy-of-a-short-squeeze',
    kind: 'choice',
    prompt: 'A short position’s stop-loss fires. What order reaches the market?',
    options: [
      { id: 'buy', text: 'A market buy' },
      { id: 'sell', text: 'A market sell' },
      { id: 'none', text: 'No order; the position just ends' },
    ],
    correct: 'buy',
    why: 'Closing a short means buying back, and those forced buys push the price further up.',
  },
  {
    id: 'c06-new-high',
    lesson,
    section: 'why-new-highs-invite-squeezes',
    kind: 'choice',
    prompt: 'Why is a break to a new high a dangerous moment for shorts?',
    options: [
      { id: 'stops', text: 'Their stops, bunched above the old high, fire together as market buys' },
      { id: 'funding', text: 'Funding always pays longs at a new high' },
      { id: 'rules', text: 'Exchanges close shorts at a new high' },
    ],
    correct: 'stops',
    why: 'Stops clustered above a well-known level turn into a burst of buying the moment it breaks.',
  },
  {
    id: 'c06-plan-first',
    lesson,
    section: 'shorting-with-your-eyes-open',
    kind: 'choice',
    prompt: 'You want to short near a new high. What do you settle before opening?',
    options: [
      { id: 'stop', text: 'A stop above the level a squeeze must break, with liquidation well beyond it' },
      { id: 'leverage', text: 'The highest leverage the exchange allows' },
      { id: 'later', text: 'Nothing; you will watch the price' },
    ],
    correct: 'stop',
    why: 'A short near a high needs its exit, its leverage and its size decided before the squeeze, not during it.',
  },
];
