import { averageEntry, liquidationPrice, markedGiven, markedMoney } from '@liqlab/core';
import { cents, long10x, required } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'during-a-liquidation-event';

const averaged = averageEntry([
  { price: '50000', quantity: '1' },
  { price: '46000', quantity: '1' },
]);
const cross = (entryPrice: string, quantity: string) =>
  required(
    liquidationPrice(long10x({ marginMode: 'cross', walletBalance: '10000', entryPrice, quantity })),
    'liquidation price',
  );
const before = cross('50000', '1');
const after = cross(averaged.toFixed(), '2');

export const liquidationEventChecks: InlineCheck[] = [
  {
    id: 'c12-open-orders',
    lesson,
    section: 'first-the-facts-on-the-screen',
    kind: 'choice',
    prompt: 'Why read your open orders before doing anything else in a crash?',
    options: [
      { id: 'forgotten', text: 'A forgotten order can add to the position or open a new one' },
      { id: 'fees', text: 'Open orders lower your fees' },
      { id: 'mark', text: 'Open orders hold the mark price up' },
    ],
    correct: 'forgotten',
    why: 'An order placed days ago fills when the market touches it, even in the middle of the fall.',
  },
  {
    id: 'c12-add-margin',
    lesson,
    section: 'what-you-can-still-do',
    kind: 'choice',
    prompt: 'What does adding margin to an isolated long do?',
    options: [
      { id: 'both', text: 'Moves the liquidation price away and raises what you can lose' },
      { id: 'safe', text: 'Removes the risk of liquidation' },
      { id: 'none', text: 'Changes only the fees' },
    ],
    correct: 'both',
    why: 'More margin buys distance, but if the price gets there anyway the whole larger margin is gone.',
  },
  {
    id: 'c12-averaging-down',
    lesson,
    section: 'what-not-to-do',
    kind: 'choice',
    prompt: 'The price races toward your liquidation. Which move usually deepens the hole?',
    options: [
      { id: 'average', text: 'Buying more to average down' },
      { id: 'reduce', text: 'Closing part of the position' },
      { id: 'stop', text: 'Placing a stop now' },
    ],
    correct: 'average',
    why: 'More size doubles the bet on the idea that is failing: every further fall costs more.',
  },
  {
    id: 'c12-average-entry',
    lesson,
    section: 'averaging-down-in-numbers',
    kind: 'numeric',
    prompt: `A cross-margin long of 1 BTC from ${markedGiven('50000')} on a ${markedGiven('10000')} USDT wallet buys 1 BTC more at ${markedGiven('46000')}. What is the new average entry, in USDT?`,
    unit: 'USDT',
    answer: cents(averaged),
    tolerance: '0.5',
    why: `(${markedGiven('50000')} + ${markedGiven('46000')}) ÷ 2 = ${markedMoney(averaged)}. Yet the liquidation price rises from about ${markedMoney(before)} to ${markedMoney(after)}.`,
  },
  {
    id: 'c12-after-liquidation',
    lesson,
    section: 'if-the-position-is-liquidated',
    kind: 'choice',
    prompt: 'Your cross-margin position has just been liquidated. What do you check?',
    options: [
      { id: 'leftovers', text: 'The residual balance, the other positions and any leftover orders' },
      { id: 'reopen', text: 'Where to reopen the same trade at once' },
      { id: 'nothing', text: 'Nothing; it is over' },
    ],
    correct: 'leftovers',
    why: 'The other positions just lost their cushion, and a leftover order could reopen a position.',
  },
  {
    id: 'c12-review-rule',
    lesson,
    section: 'the-review-afterwards',
    kind: 'choice',
    prompt: 'What should the written review after a liquidation produce?',
    options: [
      { id: 'rule', text: 'One rule that would have prevented it, and a way to check it next time' },
      { id: 'blame', text: 'The name of whoever moved the market' },
      { id: 'target', text: 'A price to win the loss back' },
    ],
    correct: 'rule',
    why: 'The review turns an expensive event into one concrete rule you check before the next trade.',
  },
];
