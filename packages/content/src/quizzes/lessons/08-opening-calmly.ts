import { markedGiven } from '@liqlab/core';
import type { LessonQuiz } from '../question-schema';

const lesson = 'opening-calmly';

export const openingCalmlyQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l08-trend-or-range',
      lesson,
      section: 'trends-and-ranges',
      kind: 'single',
      difficulty: 'easy',
      prompt: `The last three swing highs were ${markedGiven('61800')}, ${markedGiven('62000')} and ${markedGiven('61900')}; the last three swing lows were ${markedGiven('58100')}, ${markedGiven('57900')} and ${markedGiven('58000')}. What is the market doing?`,
      hints: [
        'Are the highs and lows rising, falling or overlapping?',
        'A trend needs both highs and lows to move the same way.',
      ],
      options: [
        {
          id: 'uptrend',
          text: 'Trending up',
          explanation: 'An uptrend needs higher highs and higher lows; these overlap.',
        },
        {
          id: 'downtrend',
          text: 'Trending down',
          explanation: 'A downtrend needs lower highs and lower lows; these overlap.',
        },
        {
          id: 'range',
          text: 'Ranging between about 58,000 and 62,000',
          explanation: 'Correct: overlapping highs and lows mark a range.',
        },
      ],
      correct: 'range',
    },
    {
      id: 'l08-compounded-stop-outs',
      lesson,
      section: 'whipsaws-and-the-cost-of-small-stop-outs',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'An account of {{balance}} USDT risks {{riskPercent}}% of its current balance per trade and is stopped out {{stopOuts}} times in a row. Ignoring fees, what is the balance afterwards?',
      hints: ['Each loss is a percentage of the balance at that moment.', 'Balance × (1 − risk)^stop-outs.'],
      generator: 'compounded-stop-outs',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Each stop-out multiplies the balance by (1 − risk), so a run of small losses compounds: each one is a little smaller than the last.',
    },
    {
      id: 'l08-expectancy',
      lesson,
      section: 'win-rate-and-payoff',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'A strategy wins {{winRatePercent}}% of its trades; its winners average {{averageWinR}}R and its losers lose 1R. What is the expected result per trade, in R?',
      hints: [
        'Weight the win by the win rate and the loss by the loss rate.',
        'Expected = win rate × average win − (1 − win rate) × 1.',
      ],
      generator: 'expectancy-r',
      tolerance: { kind: 'absolute', value: '0.001' },
      unit: 'R',
      explanation:
        'Expectancy = p × W − (1 − p) × 1: a low win rate can pay if the winners are large enough, and a high one can lose if they are small.',
    },
    {
      id: 'l08-tight-stop-range',
      lesson,
      section: 'trends-and-ranges',
      kind: 'true-false',
      difficulty: 'easy',
      prompt: `In a market ranging between ${markedGiven('58000')} and ${markedGiven('62000')}, a long bought at ${markedGiven('61500')} with a stop at ${markedGiven('60500')} is well protected from being stopped out by ordinary swings.`,
      hints: [
        'How wide are the ordinary swings of this range?',
        `Compare the ${markedGiven('1000')} USDT stop distance with the ${markedGiven('4000')} USDT range.`,
      ],
      correct: false,
      explanations: {
        true: 'The stop sits well inside the range’s normal swings; an ordinary move back toward the middle reaches it.',
        false:
          'Right: a stop inside the range’s swings is likely to be hit by noise, even if the idea is eventually right.',
      },
    },
    {
      id: 'l08-checklist-order',
      lesson,
      section: 'a-pre-trade-checklist',
      kind: 'ordering',
      difficulty: 'hard',
      prompt: 'Put these pre-trade steps in a sensible order.',
      hints: [
        'The size depends on the stop, and the leverage check depends on the size.',
        'Start with the market’s mood, finish with the liquidation check.',
      ],
      items: [
        { id: 'liq', text: 'Confirm the liquidation price lies clearly beyond the stop' },
        { id: 'mood', text: 'Decide whether the market is trending or ranging' },
        { id: 'size', text: 'Compute the size from the risk per trade and the stop distance' },
        { id: 'stop', text: 'Place the stop where the idea is wrong, outside the volatility band' },
      ],
      correctOrder: ['mood', 'stop', 'size', 'liq'],
      explanation:
        'Read the market, place the stop, size from the stop, then choose leverage so the liquidation price stays beyond the stop.',
    },
    {
      id: 'l08-scenario-range',
      lesson,
      section: 'whipsaws-and-the-cost-of-small-stop-outs',
      kind: 'scenario',
      difficulty: 'easy',
      prompt: `A 10× long of 1 BTC at ${markedGiven('60000')} (0.5% maintenance rate) has its stop at ${markedGiven('59400')}, in a market that swings 4% either way (down to ${markedGiven('57600')}). How does it end?`,
      hints: [
        'List the levels the price meets on the way down: the stop and the liquidation price.',
        'How far below the entry does an ordinary swing reach?',
      ],
      preset: 'choppy-range-tight-stop',
      outcome: 'stopped-out',
      explanation: `The stop at ${markedGiven('59400')} fires on the first ordinary swing, for a loss of about 600 USDT plus fees; the liquidation price near 54,271 is never reached. It survives — but the stop was inside the noise.`,
    },
  ],
};
