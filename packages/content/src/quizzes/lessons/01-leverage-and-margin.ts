import { markedGiven } from '@liqlab/core';
import type { LessonQuiz } from '../question-schema';

const lesson = 'leverage-and-margin';

export const leverageAndMarginQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l01-notional-value',
      lesson,
      section: 'notional-value',
      kind: 'numeric',
      difficulty: 'easy',
      prompt: 'You open a position of {{quantity}} BTC at {{entryPrice}} USDT. What is its notional value?',
      hints: ['Notional value ignores leverage entirely.', 'Multiply the price by the quantity.'],
      generator: 'notional-value',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation: 'Notional value = price × quantity; leverage only changes the margin behind it.',
    },
    {
      id: 'l01-initial-margin',
      lesson,
      section: 'initial-margin',
      kind: 'numeric',
      difficulty: 'easy',
      prompt:
        'A {{leverage}}× long of {{quantity}} BTC is opened at {{entryPrice}} USDT. How much initial margin does it need?',
      hints: [
        'Start from the notional value of the position.',
        'Initial margin = notional value ÷ leverage.',
      ],
      generator: 'initial-margin',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Initial margin = price × quantity ÷ leverage: the part of the exposure you pay for with your own money.',
    },
    {
      id: 'l01-leverage-from-margin',
      lesson,
      section: 'leverage-is-a-ratio',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'You post {{margin}} USDT of margin for a long of {{quantity}} BTC opened at {{entryPrice}} USDT. What leverage is that?',
      hints: [
        'Leverage compares the size of the position with the money behind it.',
        'Find the notional value first; then ask how many times the margin fits into it.',
      ],
      generator: 'leverage-from-margin',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: '×',
      explanation:
        'Leverage = notional value ÷ margin: the same formula as initial margin, read the other way round.',
    },
    {
      id: 'l01-leverage-definition',
      lesson,
      section: 'leverage-is-a-ratio',
      kind: 'single',
      difficulty: 'easy',
      prompt: 'Which statement defines leverage correctly?',
      hints: [
        'Leverage compares two amounts of money.',
        'At 10×, which of the two amounts is ten times the other?',
      ],
      options: [
        {
          id: 'inverted-ratio',
          text: 'Margin divided by the notional value of the position.',
          explanation:
            'That is the ratio upside down: at 10× it gives 0.1, the share of the position your margin pays for.',
        },
        {
          id: 'ratio',
          text: 'Notional value divided by the margin behind the position.',
          explanation: 'Correct: at 10× each unit of margin carries ten units of notional exposure.',
        },
        {
          id: 'profit-multiplier',
          text: 'A multiplier applied to the market’s price moves.',
          explanation:
            'The market moves the same however you trade; leverage changes how those moves compare with your margin.',
        },
        {
          id: 'quantity',
          text: 'The number of coins in the position.',
          explanation: 'That is the quantity. The same quantity can be held at any leverage.',
        },
      ],
      correct: 'ratio',
    },
    {
      id: 'l01-same-quantity-same-pnl',
      lesson,
      section: 'what-leverage-does-not-change',
      kind: 'true-false',
      difficulty: 'medium',
      prompt: `Two traders each hold 1 BTC long, one at 5× and one at 20×. When bitcoin rises by ${markedGiven('1000')} USDT, the 20× trader earns four times as many dollars.`,
      hints: ['Profit is computed on notional value.', 'Compare the notional values of the two positions.'],
      correct: false,
      explanations: {
        true: `Not quite: both positions have the same 1 BTC of notional, so both earn ${markedGiven('1000')} USDT. Only the percentage of margin differs.`,
        false: `Right: both earn ${markedGiven('1000')} USDT. The 20× trader’s gain is a larger share of a smaller margin, and so is a loss.`,
      },
    },
    {
      id: 'l01-move-that-consumes-margin',
      lesson,
      section: 'leverage-is-a-ratio',
      kind: 'single',
      difficulty: 'medium',
      prompt: 'Roughly how large an adverse price move consumes the whole initial margin of a 20× position?',
      hints: [
        'Turn the leverage around.',
        'What share of the notional value is the margin at 20×? A move that size uses it up.',
      ],
      options: [
        { id: 'two', text: 'About 2%', explanation: 'That is the figure for 50×.' },
        {
          id: 'five',
          text: 'About 5%',
          explanation: 'Correct: 1 ÷ 20 = 5%, and 5% of the notional equals the margin.',
        },
        { id: 'twenty', text: 'About 20%', explanation: 'That is the figure for 5×.' },
        {
          id: 'never',
          text: 'It never does; margin cannot be lost',
          explanation: 'Margin is exactly what is lost first.',
        },
      ],
      correct: 'five',
    },
    {
      id: 'l01-return-on-margin',
      lesson,
      section: 'profit-and-loss-in-percent-of-margin',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'The price moves {{priceChangePercent}}% in your favour on a {{leverage}}× position. What is the return on your margin, in percent?',
      hints: [
        'The profit is computed on notional, the return is measured against margin.',
        'Multiply the price change by the leverage.',
      ],
      generator: 'return-on-margin',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: '%',
      explanation:
        'Return on margin = price change × leverage, before fees. The same multiplication applies to losses.',
    },
    {
      id: 'l01-effective-leverage',
      lesson,
      section: 'what-leverage-does-not-change',
      kind: 'multiple',
      difficulty: 'hard',
      prompt: 'Which of these does raising the leverage of a 1 BTC position (keeping the quantity) change?',
      hints: [
        'Separate what depends on quantity from what depends on margin.',
        'Two of the options depend on margin.',
      ],
      options: [
        {
          id: 'margin',
          text: 'The initial margin locked',
          explanation: 'Yes: margin = notional ÷ leverage, so it shrinks.',
        },
        {
          id: 'cushion',
          text: 'The adverse move needed to consume the margin',
          explanation: 'Yes: roughly 1 ÷ leverage, so the cushion gets thinner.',
        },
        {
          id: 'pnl',
          text: 'The dollar profit per 1% move',
          explanation: 'No: that depends only on the notional value.',
        },
        {
          id: 'odds',
          text: 'The probability that the trade is right',
          explanation: 'No: leverage has no influence on where the market goes.',
        },
      ],
      correct: ['margin', 'cushion'],
    },
  ],
};
