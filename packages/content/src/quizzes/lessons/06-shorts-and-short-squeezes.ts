import { liquidationPrice, markedGiven, markedMoney } from '@liqlab/core';
import { long10x, required } from '../../checks/check-positions';
import type { LessonQuiz } from '../question-schema';

const lesson = 'shorts-and-short-squeezes';

const shortLiquidation = (leverage: string) =>
  required(liquidationPrice(long10x({ side: 'short', leverage })), 'liquidation price');

export const shortSqueezeQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l06-short-loss-unbounded',
      lesson,
      section: 'why-a-shorts-loss-has-no-ceiling',
      kind: 'true-false',
      difficulty: 'easy',
      prompt: `The largest possible loss on an unleveraged 1 BTC short opened at ${markedGiven('60000')} is ${markedGiven('60000')} USDT.`,
      hints: [
        'Is there a ceiling on how high a price can go?',
        'Compare with a long, whose price cannot fall below zero.',
      ],
      correct: false,
      explanations: {
        true: `${markedGiven('60000')} is the limit for a long. A short loses ${markedGiven('60000')} at a price of ${markedGiven('120000')} and keeps losing above it.`,
        false: 'Right: a price has no upper bound, so neither has a short’s loss.',
      },
    },
    {
      id: 'l06-rise-to-liquidate-short',
      lesson,
      section: 'the-liquidation-price-of-a-short',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'An isolated short uses {{leverage}}× leverage with a maintenance rate of {{maintenanceMarginRate}}. By what percentage must the price rise from the entry to liquidate it (Binance formula)?',
      hints: [
        'For a short, LP = (margin + Q × EP) ÷ (Q × (1 + rate)).',
        'With margin = EP × Q ÷ leverage, LP ÷ EP = (1 + 1 ÷ leverage) ÷ (1 + rate).',
      ],
      generator: 'short-liquidation-rise-percent',
      tolerance: { kind: 'absolute', value: '0.05' },
      unit: '%',
      explanation:
        'Rise = (1 + 1 ÷ leverage) ÷ (1 + rate) − 1: the margin buys a rise of about 1 ÷ leverage, less the maintenance rate.',
    },
    {
      id: 'l06-squeeze-sequence',
      lesson,
      section: 'anatomy-of-a-short-squeeze',
      kind: 'ordering',
      difficulty: 'medium',
      prompt: 'Put the stages of a typical short squeeze in order.',
      hints: [
        'It starts with a crowded position and ends when forced buyers run out.',
        'Stops fire before the liquidations of leveraged shorts.',
      ],
      items: [
        {
          id: 'liquidations',
          text: 'Leveraged shorts hit their liquidation prices; the forced closes are market buys',
        },
        {
          id: 'crowded',
          text: 'Many traders hold leveraged shorts with stops just above a well-known level',
        },
        { id: 'exhausted', text: 'The forced buyers run out and the rally loses its fuel' },
        { id: 'break', text: 'The price rises through the level and the shorts’ stops fire as market buys' },
      ],
      correctOrder: ['crowded', 'break', 'liquidations', 'exhausted'],
      explanation:
        'Crowding sets it up, the break fires the stops, their buys push the price into liquidation prices, and the cascade ends when forced buying is exhausted.',
    },
    {
      id: 'l06-new-high-reasons',
      lesson,
      section: 'why-new-highs-invite-squeezes',
      kind: 'multiple',
      difficulty: 'medium',
      prompt: 'Why are breaks to a new high dangerous for leveraged shorts?',
      hints: [
        'Think about who sells and who must buy above an old high.',
        'Three of the options are reasons given in the lesson.',
      ],
      options: [
        {
          id: 'no-sellers',
          text: 'Fewer holders above the old high are waiting to sell at break-even',
          explanation: 'Yes: rising prices tend to meet less supply — a tendency, not a rule.',
        },
        {
          id: 'clustered-stops',
          text: 'Shorts’ stops cluster just above the old high',
          explanation: 'Yes: a break triggers them together, as market buys.',
        },
        {
          id: 'funding',
          text: 'Crowded shorts can push funding negative, so shorts pay longs',
          explanation: 'Yes: waiting costs the shorts money every interval.',
        },
        {
          id: 'exchange-rule',
          text: 'Exchanges raise maintenance rates for shorts at new highs',
          explanation: 'No: tiers depend on position size, not on price records.',
        },
      ],
      correct: ['no-sellers', 'clustered-stops', 'funding'],
    },
    {
      id: 'l06-scenario-20x',
      lesson,
      section: 'why-new-highs-invite-squeezes',
      kind: 'scenario',
      difficulty: 'medium',
      prompt: `A 20× short of 1 BTC at ${markedGiven('60000')} (0.5% maintenance rate, no stop) faces a squeeze after a new high that peaks 15% higher, at ${markedGiven('69000')}. How does it end?`,
      hints: [
        `Work out where this short is liquidated: its margin is ${markedGiven('3000')} USDT.`,
        'Compare that price with the peak.',
      ],
      preset: 'short-squeeze-20x',
      outcome: 'liquidated',
      explanation: `The liquidation price is about ${markedMoney(shortLiquidation('20'))}, far below the ${markedGiven('69000')} peak; the position is liquidated early in the rally.`,
    },
    {
      id: 'l06-scenario-3x',
      lesson,
      section: 'why-new-highs-invite-squeezes',
      kind: 'scenario',
      difficulty: 'medium',
      prompt: `The same squeeze to ${markedGiven('69000')} meets a 3× short of 1 BTC at ${markedGiven('60000')} (${markedGiven('20000')} USDT margin, 0.5% maintenance rate, no stop). How does it end?`,
      hints: [
        'The margin is much larger now: find the liquidation price again.',
        'Compare it with the peak of the squeeze.',
      ],
      preset: 'short-squeeze-3x',
      outcome: 'open',
      explanation: `The liquidation price is about ${markedMoney(shortLiquidation('3'))}, above the ${markedGiven('69000')} peak. The short suffers a ${markedGiven('9000')} USDT unrealized loss at the top but is not liquidated.`,
    },
  ],
};
