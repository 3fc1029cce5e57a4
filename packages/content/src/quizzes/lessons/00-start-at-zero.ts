import { markedGiven } from '@liqlab/core';
import type { LessonQuiz } from '../question-schema';

const lesson = 'start-at-zero';

export const startAtZeroQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l00-spot-cost',
      lesson,
      section: 'spot-you-own-the-coin',
      kind: 'numeric',
      difficulty: 'easy',
      prompt:
        'You buy {{quantity}} BTC on the spot market at {{entryPrice}} USDT. How many USDT do you pay, before fees?',
      hints: [
        'On spot you pay the full price of what you buy, now.',
        'Multiply the price by the number of coins.',
      ],
      generator: 'notional-value',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'On spot you pay price × quantity in full and own the coins; nobody can force you to sell them.',
    },
    {
      id: 'l00-short-gains',
      lesson,
      section: 'long-and-short',
      kind: 'single',
      difficulty: 'easy',
      prompt: 'You hold a short position in bitcoin. When do you gain?',
      hints: [
        'A short is the mirror image of buying the coin.',
        'Think of selling first and buying back later.',
      ],
      options: [
        {
          id: 'falls',
          text: 'When the price falls.',
          explanation: 'Correct: you sold first and can buy back cheaper.',
        },
        {
          id: 'rises',
          text: 'When the price rises.',
          explanation: 'That is a long. A short loses when the price rises.',
        },
        {
          id: 'either',
          text: 'Whenever the price moves, up or down.',
          explanation: 'A position has a direction: one way gains, the other way loses.',
        },
      ],
      correct: 'falls',
    },
    {
      id: 'l00-market-or-limit',
      lesson,
      section: 'market-orders-and-limit-orders',
      kind: 'single',
      difficulty: 'easy',
      prompt: `The cheapest sellers offer 0.2 BTC at ${markedGiven('60000')} and 0.3 BTC at ${markedGiven('60010')}. You send a market order to buy 0.4 BTC. What happens?`,
      hints: [
        'A market order takes what the book offers, line by line.',
        'The first line is not big enough for the whole order.',
      ],
      options: [
        {
          id: 'two-prices',
          text: `You get 0.2 BTC at ${markedGiven('60000')} and 0.2 BTC at ${markedGiven('60010')}.`,
          explanation:
            'Correct: the order eats through the book, so the average price is worse than the first line.',
        },
        {
          id: 'all-first',
          text: `You get all 0.4 BTC at ${markedGiven('60000')}.`,
          explanation: `Only 0.2 BTC was offered at ${markedGiven('60000')}; the rest comes from the next line.`,
        },
        {
          id: 'waits',
          text: `The order waits until someone sells 0.4 BTC at ${markedGiven('60000')}.`,
          explanation: `That is what a limit order at ${markedGiven('60000')} would do. A market order fills now.`,
        },
      ],
      correct: 'two-prices',
    },
    {
      id: 'l00-forced-close-price',
      lesson,
      section: 'three-prices-on-one-screen',
      kind: 'single',
      difficulty: 'medium',
      prompt: 'Which price do exchanges use to decide when to close a contract position by force?',
      hints: [
        'One of the prices can be moved by a single large trade.',
        'The exchange wants a fair value that one trade cannot push around.',
      ],
      options: [
        {
          id: 'mark',
          text: 'The mark price.',
          explanation:
            'Correct: it is built from the index price, so a brief wick on one exchange moves it little.',
        },
        {
          id: 'last',
          text: 'The last price on the chart.',
          explanation:
            'The chart’s last price can spike for seconds on one big order; forced closes do not follow it.',
        },
        {
          id: 'entry',
          text: 'The price you paid when you opened.',
          explanation: 'Your entry is fixed; the decision depends on where the market is now.',
        },
      ],
      correct: 'mark',
    },
    {
      id: 'l00-spot-forced-sale',
      lesson,
      section: 'derivatives-trading-the-price-without-the-coin',
      kind: 'true-false',
      difficulty: 'easy',
      prompt:
        'If you bought bitcoin on spot with your own money and its price halves, the exchange can sell it for you by force.',
      hints: [
        'Ask who else has a claim on the coin.',
        'Forced closes protect the exchange against losses you cannot pay.',
      ],
      correct: false,
      explanations: {
        true: 'Not so: nobody else has a claim on a coin you paid for in full, so nobody can force a sale.',
        false:
          'Right: the coin is simply worth less. Forced closes belong to borrowed money and contracts, which the next lessons explain.',
      },
    },
  ],
};
