import { markedGiven } from '@liqlab/core';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'start-at-zero';

export const startAtZeroChecks: InlineCheck[] = [
  {
    id: 'c00-spot-own',
    lesson,
    section: 'spot-you-own-the-coin',
    kind: 'choice',
    prompt: 'You bought a little bitcoin on spot, and then its price halves. What happens to your coin?',
    options: [
      { id: 'keep', text: 'You still own it; it is worth half as much' },
      { id: 'sold', text: 'The exchange sells it to stop the loss' },
      { id: 'owe', text: 'You owe the exchange the difference' },
    ],
    correct: 'keep',
    why: 'On spot you paid the full price and own the coin: a fall makes it worth less, but nobody takes it away.',
  },
  {
    id: 'c00-usdt-price',
    lesson,
    section: 'stablecoins-and-usdt',
    kind: 'choice',
    prompt: `A screen says bitcoin costs ${markedGiven('60000')} USDT. How should you read that?`,
    options: [
      { id: 'dollars', text: 'About 60,000 US dollars' },
      { id: 'coins', text: '60,000 bitcoins' },
      { id: 'euros', text: '60,000 euros' },
    ],
    correct: 'dollars',
    why: 'USDT is a stablecoin built to stay worth one US dollar, so a price in USDT reads as dollars.',
  },
  {
    id: 'c00-derivative',
    lesson,
    section: 'derivatives-trading-the-price-without-the-coin',
    kind: 'choice',
    prompt: 'You open a perpetual contract on bitcoin. What do you hold?',
    options: [
      { id: 'contract', text: 'A contract that follows the price, and no coin' },
      { id: 'coin', text: 'Bitcoin, in your wallet' },
      { id: 'loan', text: 'Bitcoin lent to you by the exchange' },
    ],
    correct: 'contract',
    why: 'A derivative settles the price difference between two sides; the coin itself never changes hands.',
  },
  {
    id: 'c00-short-gains',
    lesson,
    section: 'long-and-short',
    kind: 'choice',
    prompt: 'You open a short position. Which price move earns you money?',
    options: [
      { id: 'fall', text: 'The price falls' },
      { id: 'rise', text: 'The price rises' },
      { id: 'either', text: 'Any move, as long as it is large' },
    ],
    correct: 'fall',
    why: 'A short sells first and buys back later, so it gains when the price drops.',
  },
  {
    id: 'c00-no-trade',
    lesson,
    section: 'the-order-book',
    kind: 'choice',
    prompt: 'In the small order book above, why has no trade happened yet?',
    options: [
      { id: 'gap', text: 'The best buyer offers less than the cheapest seller asks' },
      { id: 'empty', text: 'Nobody has placed an order' },
      { id: 'closed', text: 'The exchange is closed' },
    ],
    correct: 'gap',
    why: `A trade needs a buyer and a seller who agree on a price; ${markedGiven('59990')} offered is below the ${markedGiven('60000')} asked.`,
  },
  {
    id: 'c00-market-order',
    lesson,
    section: 'market-orders-and-limit-orders',
    kind: 'choice',
    prompt: 'Your market buy is larger than the amount offered at the best ask. What happens to the rest?',
    options: [
      { id: 'next', text: 'It fills at the next, higher asks' },
      { id: 'wait', text: 'It waits in the book for a seller' },
      { id: 'best', text: 'It all fills at the best ask anyway' },
    ],
    correct: 'next',
    why: 'A market order takes what the book offers, line by line, until it is filled.',
  },
  {
    id: 'c00-wick-price',
    lesson,
    section: 'three-prices-on-one-screen',
    kind: 'choice',
    prompt: 'The chart shows a sudden wick far below the rest. Which of the three prices made that wick?',
    options: [
      { id: 'last', text: 'The last price' },
      { id: 'index', text: 'The index price' },
      { id: 'mark', text: 'The mark price' },
    ],
    correct: 'last',
    why: 'The chart draws the last price. One exchange’s trades can dive for seconds while the index, and the mark built from it, move much less.',
  },
];
