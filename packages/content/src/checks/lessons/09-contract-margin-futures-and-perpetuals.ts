import { fundingPayment, liquidationPrice, markedGiven, markedMoney, type PositionSpec } from '@liqlab/core';
import { cents, long10x, required } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'contract-margin-futures-and-perpetuals';

const funding = fundingPayment(long10x({ quantity: '2', entryPrice: '50000' }), '50000', '0.0001');
/** A Bybit inverse 5× long: 30,000 contracts of 1 USD at 50,000 (0.6 BTC), margin in BTC. */
const inverseLong: PositionSpec = {
  rules: 'bybit-inverse',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '50000',
  quantity: '30000',
  contractSize: '1',
  leverage: '5',
  maintenanceMarginRate: '0.005',
};
const inverseLiquidation = required(liquidationPrice(inverseLong), 'liquidation price');

export const contractMarginChecks: InlineCheck[] = [
  {
    id: 'c04-guarantee',
    lesson,
    section: 'margin-as-a-performance-guarantee',
    kind: 'choice',
    prompt: 'Nothing is borrowed when you open a contract. Why can it still be liquidated?',
    options: [
      { id: 'loss', text: 'Its margin guarantees the loss owed to the winning side' },
      { id: 'loan', text: 'The exchange secretly lends you the coin' },
      { id: 'never', text: 'It cannot; only margin loans are liquidated' },
    ],
    correct: 'loss',
    why: 'The risk the exchange manages is an unpaid loss, not an unpaid debt; the margin is what pays it.',
  },
  {
    id: 'c04-mark-price',
    lesson,
    section: 'mark-price-last-price-and-index-price',
    kind: 'choice',
    prompt: 'Which price does a contract exchange compare with your liquidation price?',
    options: [
      { id: 'last', text: 'The last traded price on its chart' },
      { id: 'mark', text: 'The mark price' },
      { id: 'entry', text: 'Your entry price' },
    ],
    correct: 'mark',
    why: 'The mark price follows the index of several venues, so one thin order book cannot trigger liquidations.',
  },
  {
    id: 'c04-earlier-trigger',
    lesson,
    section: 'why-you-can-be-liquidated-before-your-price',
    kind: 'choice',
    prompt: 'You bought more of a losing long at a worse price. What did that do to its liquidation price?',
    options: [
      { id: 'closer', text: 'Moved it toward the market' },
      { id: 'away', text: 'Moved it further away' },
      { id: 'same', text: 'Nothing; only the mark price matters' },
    ],
    correct: 'closer',
    why: 'The added size moves the average entry, and the liquidation price follows it toward the market.',
  },
  {
    id: 'c04-funding',
    lesson,
    section: 'funding-on-perpetual-contracts',
    kind: 'numeric',
    prompt: `A long of 2 BTC with a mark price of ${markedGiven('50000')} and a funding rate of +0.01%. How much does it pay at the next funding time, in USDT?`,
    unit: 'USDT',
    answer: cents(funding),
    tolerance: '0.05',
    why: `Notional ${markedGiven('100000')} × 0.01% = ${markedMoney(funding)} USDT, paid by the long because the rate is positive.`,
  },
  {
    id: 'c04-cross-risk',
    lesson,
    section: 'isolated-versus-cross-margin',
    kind: 'choice',
    prompt: 'A position in cross margin is liquidated. What can the loss take?',
    options: [
      { id: 'margin', text: 'Only the margin assigned to that position' },
      { id: 'wallet', text: 'The wallet balance that backs every position' },
      { id: 'fees', text: 'Only the closing fee' },
    ],
    correct: 'wallet',
    why: 'Cross margin puts the whole wallet behind the position: further liquidation, larger loss.',
  },
  {
    id: 'c04-other-positions',
    lesson,
    section: 'cross-margin-and-the-other-positions',
    kind: 'choice',
    prompt:
      'In cross mode, an ETH short in the same account keeps losing while bitcoin stands still. What happens to your BTC long’s liquidation price?',
    options: [
      { id: 'closer', text: 'It moves toward the market' },
      { id: 'away', text: 'It moves further away' },
      { id: 'same', text: 'Nothing; the positions are separate' },
    ],
    correct: 'closer',
    why: 'The shared balance pays the ETH loss, so less is left behind the BTC long.',
  },
  {
    id: 'c04-inverse-long',
    lesson,
    section: 'inverse-contracts-margin-in-the-coin',
    kind: 'numeric',
    prompt: `A Bybit inverse 5× long of 30,000 contracts (1 USD each) at ${markedGiven('50000')}, maintenance rate 0.5%. What is its liquidation price, in USD?`,
    unit: 'USD',
    answer: cents(inverseLiquidation),
    tolerance: '1',
    why: `Position value 0.6 BTC, margin 0.12, maintenance 0.003: 30,000 ÷ (0.6 + 0.12 − 0.003) ≈ ${markedMoney(inverseLiquidation)}.`,
  },
];
