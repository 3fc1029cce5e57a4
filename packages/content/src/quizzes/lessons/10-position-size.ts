import { liquidationPrice, markedGiven, markedMoney } from '@liqlab/core';
import { long10x, required } from '../../checks/check-positions';
import type { LessonQuiz } from '../question-schema';

const lesson = 'position-size';

export const positionSizeQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l10-size-from-stop',
      lesson,
      section: 'sizing-from-the-stop-distance',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'Account {{balance}} USDT, risk {{riskPercent}}% per trade. Long entry {{entryPrice}}, stop {{stopPrice}}, taker fee {{takerFeeRate}} on entry and exit. What quantity (in BTC) risks exactly that amount?',
      hints: [
        'First find the loss per bitcoin if the stop fills, fees included.',
        'Quantity = risk amount ÷ (stop distance + fee × entry + fee × stop).',
      ],
      generator: 'position-size-from-stop',
      tolerance: { kind: 'relative', value: '0.001' },
      unit: 'BTC',
      explanation:
        'Quantity = risk amount ÷ loss per unit, fees included; on an exchange, round it down to the lot step.',
    },
    {
      id: 'l10-leverage-role',
      lesson,
      section: 'where-leverage-comes-in',
      kind: 'single',
      difficulty: 'medium',
      prompt: 'Once the size is fixed by the stop, what does changing the leverage change?',
      hints: ['The loss at the stop is size × distance.', 'Leverage decides how much collateral is locked.'],
      options: [
        {
          id: 'loss',
          text: 'The loss if the stop fills',
          explanation: 'No: that depends on size and stop distance only.',
        },
        {
          id: 'margin-liq',
          text: 'The margin locked and the distance to the liquidation price',
          explanation: 'Correct: and too much leverage can put the liquidation price before the stop.',
        },
        {
          id: 'notional',
          text: 'The notional value of the position',
          explanation: 'No: notional = price × quantity.',
        },
      ],
      correct: 'margin-liq',
    },
    {
      id: 'l10-fifty-x',
      lesson,
      section: 'where-leverage-comes-in',
      kind: 'true-false',
      difficulty: 'hard',
      prompt: `A 0.1 BTC long at ${markedGiven('60000')} with a stop at ${markedGiven('59000')} behaves the same at 50× as at 10×, because the position size is the same.`,
      hints: [
        `At 50× the margin is only ${markedGiven('120')} USDT: find where it runs out.`,
        `Compare that liquidation price with the stop at ${markedGiven('59000')}.`,
      ],
      correct: false,
      explanations: {
        true: `At 50× the liquidation price is about ${markedMoney(required(liquidationPrice(long10x({ leverage: '50', quantity: '0.1' })), 'liquidation price'))}, above the ${markedGiven('59000')} stop: the exchange liquidates before the stop can fire.`,
        false:
          'Right: at 10× liquidation is near 54,271, at 50× near 59,095 — above the stop, which breaks the plan.',
      },
    },
    {
      id: 'l10-oversized-signs',
      lesson,
      section: 'recognising-an-oversized-position',
      kind: 'multiple',
      difficulty: 'medium',
      prompt: `Which signs show that a position is oversized for a ${markedGiven('10000')} USDT account?`,
      hints: [
        'Think in terms of the loss at an ordinary stop-out.',
        'Three of the options are warning signs.',
      ],
      options: [
        {
          id: 'loss-10pct',
          text: 'An ordinary stop-out would cost about 10% of the account',
          explanation: 'Yes: far beyond a risk per trade such as 1%.',
        },
        {
          id: 'effective-6x',
          text: `The notional is ${markedGiven('60000')}, an effective leverage of 6×`,
          explanation: 'Yes: a 10% fall would cost 60% of the account.',
        },
        {
          id: 'night',
          text: 'You keep checking the price at night',
          explanation: 'Yes: stress is a reliable sign that the size exceeds your tolerance.',
        },
        {
          id: 'small-margin',
          text: `The isolated margin is only ${markedGiven('600')} USDT`,
          explanation: `Not by itself: a 0.1 BTC position at 10× locks ${markedGiven('600')} USDT and risks about 100 at its stop.`,
        },
      ],
      correct: ['loss-10pct', 'effective-6x', 'night'],
    },
    {
      id: 'l10-scenario-oversized',
      lesson,
      section: 'recognising-an-oversized-position',
      kind: 'scenario',
      difficulty: 'medium',
      prompt: `A 25× long of 1 BTC at ${markedGiven('60000')} (${markedGiven('2400')} USDT margin, no stop, 0.5% maintenance rate) meets a choppy market that swings 4% either way, down to ${markedGiven('57600')}. How does it end?`,
      hints: [
        `Find the liquidation price with ${markedGiven('2400')} USDT of margin.`,
        'Compare it with the low of an ordinary swing.',
      ],
      preset: 'oversized-long-25x',
      outcome: 'liquidated',
      explanation: `The liquidation price is about ${markedMoney(required(liquidationPrice(long10x({ leverage: '25' })), 'liquidation price'))}, inside the ordinary 4% swing; the low of ${markedGiven('57600')} liquidates it.`,
    },
    {
      id: 'l10-scenario-right-sized',
      lesson,
      section: 'sizing-from-the-stop-distance',
      kind: 'scenario',
      difficulty: 'easy',
      prompt: `The right-sized long — 0.094 BTC at ${markedGiven('60000')}, stop at ${markedGiven('59000')}, opened at 10× with a 0.5% maintenance rate — meets the same kind of choppy market, down to ${markedGiven('57600')}. How does it end?`,
      hints: [
        'On the way down, which level comes first: the stop or the liquidation price?',
        'Work out where a 10× long is liquidated and compare it with the stop and the low.',
      ],
      preset: 'right-sized-long-10x',
      outcome: 'stopped-out',
      explanation: `The stop at ${markedGiven('59000')} closes it for a loss of about 100 USDT, 1% of the account. The liquidation price is never approached.`,
    },
  ],
};
