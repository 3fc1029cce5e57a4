import { markedGiven } from '@liqlab/core';
import type { LessonQuiz } from '../question-schema';

const lesson = 'the-volatility-band';

export const volatilityBandQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l09-volatility-over-horizon',
      lesson,
      section: 'measuring-volatility',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'Bitcoin trades at {{price}} USDT with an annual volatility of {{annualVolatility}}. What is the typical move, in USDT, over {{horizonHours}} hours?',
      hints: [
        'Volatility scales with the square root of time.',
        'Move ≈ price × annual volatility × √(hours ÷ 8,760).',
      ],
      generator: 'volatility-over-horizon',
      tolerance: { kind: 'relative', value: '0.005' },
      unit: 'USDT',
      explanation:
        'Typical move = price × σ × √(t in years): volatility grows with the square root of time, not in a straight line.',
    },
    {
      id: 'l09-touch-probability',
      lesson,
      section: 'how-often-is-a-stop-touched',
      kind: 'numeric',
      difficulty: 'hard',
      prompt:
        'In a driftless random walk, what is the probability (in percent) that the price touches a level {{sigmas}} standard deviations away at some point within the period? The normal distribution function there is Φ({{sigmas}}) = {{normalCdf}}.',
      hints: [
        'The lesson gives a formula using the normal distribution function Φ.',
        'A path that ends beyond the level has touched it — and so has its mirror image that touched and came back.',
      ],
      generator: 'stop-touch-probability',
      tolerance: { kind: 'absolute', value: '0.1' },
      unit: '%',
      explanation:
        'By the reflection principle, P(touch) = 2 × (1 − Φ(k)). Real prices have fatter tails than this model, so treat it as a rough guide that likely understates large moves.',
    },
    {
      id: 'l09-placing-stop',
      lesson,
      section: 'placing-the-stop',
      kind: 'single',
      difficulty: 'medium',
      prompt: `Bitcoin is at ${markedGiven('60000')}, the 1-hour ATR is ${markedGiven('450')} and support sits at ${markedGiven('59200')}. Which stop for a long follows the lesson’s recipe?`,
      hints: ['The stop must clear both the band and the support.', `1.5 ATR is ${markedGiven('675')} USDT.`],
      options: [
        {
          id: 's59500',
          text: `${markedGiven('59500')}`,
          explanation: 'Inside 1.5 ATR and above the support: noise alone can reach it.',
        },
        {
          id: 's59300',
          text: `${markedGiven('59300')}`,
          explanation: 'Outside 1.5 ATR, but still above the support that should hold the idea.',
        },
        {
          id: 's58900',
          text: `${markedGiven('58900')}`,
          explanation: 'Correct: below the support and about 2.4 ATR away.',
        },
        {
          id: 's60000',
          text: `${markedGiven('60000')}`,
          explanation: 'That is the entry: any tick down would close the trade.',
        },
      ],
      correct: 's58900',
    },
    {
      id: 'l09-sqrt-time',
      lesson,
      section: 'measuring-volatility',
      kind: 'true-false',
      difficulty: 'easy',
      prompt:
        'If bitcoin typically moves 0.64% in an hour, it typically moves about 24 × 0.64% ≈ 15% in a day.',
      hints: [
        'Do independent moves add up in a straight line?',
        'Volatility grows with the square root of time.',
      ],
      correct: false,
      explanations: {
        true: 'Moves partly cancel out, so volatility grows with √time: √24 × 0.64% ≈ 3.1% per day, not 15%.',
        false: 'Right: the daily figure is about √24 ≈ 4.9 times the hourly one, roughly 3.1%.',
      },
    },
    {
      id: 'l09-band-vs-leverage',
      lesson,
      section: 'check-the-band-against-the-liquidation-price',
      kind: 'multiple',
      difficulty: 'hard',
      prompt:
        'Your stop needs to be about 6.3% below the entry to sit outside the band. With a 0.5% maintenance rate, which leverage settings leave the liquidation price beyond that stop?',
      hints: [
        'A long is liquidated after a fall of roughly 1 ÷ leverage minus a little.',
        'The liquidation price must lie further from the entry than the stop does.',
      ],
      options: [
        { id: 'x3', text: '3×', explanation: 'Yes: liquidation is more than 30% away.' },
        { id: 'x5', text: '5×', explanation: 'Yes: liquidation is about 19.6% away.' },
        { id: 'x10', text: '10×', explanation: 'Yes: about 9.5% away, beyond a 6.3% stop.' },
        {
          id: 'x20',
          text: '20×',
          explanation: 'No: liquidation after about 4.5%, before the stop can fire.',
        },
        { id: 'x50', text: '50×', explanation: 'No: liquidation after roughly 1.5%.' },
      ],
      correct: ['x3', 'x5', 'x10'],
    },
    {
      id: 'l09-wider-stop-size',
      lesson,
      section: 'the-trade-off-wider-stops-need-smaller-positions',
      kind: 'single',
      difficulty: 'easy',
      prompt: `You widen your stop from ${markedGiven('1000')} to ${markedGiven('2000')} USDT to move it outside the band. To keep the same risk per trade, what should happen to the position size?`,
      hints: ['Loss at the stop = size × stop distance.', 'The distance doubled.'],
      options: [
        { id: 'double', text: 'Double it', explanation: 'That would quadruple the loss at the stop.' },
        { id: 'same', text: 'Keep it', explanation: 'The loss at the stop would double.' },
        {
          id: 'halve',
          text: 'Halve it',
          explanation: 'Correct: half the size × twice the distance = the same loss.',
        },
      ],
      correct: 'halve',
    },
  ],
};
