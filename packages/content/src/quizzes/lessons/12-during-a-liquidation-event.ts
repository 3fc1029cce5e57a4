import { markedGiven } from '@liqlab/core';
import type { LessonQuiz } from '../question-schema';

const lesson = 'during-a-liquidation-event';

export const liquidationEventQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l12-read-first',
      lesson,
      section: 'first-the-facts-on-the-screen',
      kind: 'multiple',
      difficulty: 'easy',
      prompt:
        'Before pressing any button during a fast move against you, which facts does the checklist tell you to read?',
      hints: ['Four numbers or facts are listed first.', 'One option is not on the screen at all.'],
      options: [
        { id: 'mark', text: 'The mark price', explanation: 'Yes: liquidation follows it.' },
        {
          id: 'liq',
          text: 'The liquidation price and the distance to it',
          explanation: 'Yes: it tells you how much room is left.',
        },
        { id: 'mode', text: 'The margin mode', explanation: 'Yes: it decides how much can be lost.' },
        {
          id: 'orders',
          text: 'Your open orders',
          explanation: 'Yes: a forgotten order can add to the position.',
        },
        {
          id: 'forum',
          text: 'What other traders say on social media',
          explanation: 'No: opinions are not facts about your position.',
        },
      ],
      correct: ['mark', 'liq', 'mode', 'orders'],
    },
    {
      id: 'l12-add-margin',
      lesson,
      section: 'what-you-can-still-do',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'An isolated long of {{quantity}} BTC was opened at {{entryPrice}} USDT with {{leverage}}× leverage and a maintenance rate of {{maintenanceMarginRate}}. As the price falls, you add {{topUp}} USDT of margin. By how many USDT does the top-up move the liquidation price away (Binance formula)?',
      hints: [
        'Work out the liquidation price twice: with the opening margin, and with the margin after the top-up.',
        'For a long: LP = (entry × quantity − margin) ÷ (quantity × (1 − rate)).',
      ],
      generator: 'liquidation-price-after-top-up',
      tolerance: { kind: 'absolute', value: '0.5' },
      unit: 'USDT',
      explanation:
        'More margin lowers a long’s liquidation price, but every USDT added is now at risk too: a top-up buys distance, not safety.',
    },
    {
      id: 'l12-what-not',
      lesson,
      section: 'what-not-to-do',
      kind: 'single',
      difficulty: 'easy',
      prompt:
        'The price is approaching your liquidation price and your stop is about to be hit. Which action does the checklist warn against?',
      hints: [
        'Look for the action that raises the loss you accepted while calm.',
        'The stop was part of the plan.',
      ],
      options: [
        {
          id: 'let-stop',
          text: 'Letting the stop work',
          explanation: 'That is the plan running; the checklist recommends it.',
        },
        {
          id: 'widen-stop',
          text: 'Widening the stop so it is not hit',
          explanation: 'Correct: removing or widening the stop replaces the plan with hope.',
        },
        {
          id: 'reduce',
          text: 'Closing part of the position',
          explanation: 'Reducing the amount at risk is a legitimate option.',
        },
      ],
      correct: 'widen-stop',
    },
    {
      id: 'l12-duplicate-orders',
      lesson,
      section: 'what-not-to-do',
      kind: 'true-false',
      difficulty: 'medium',
      prompt:
        'When the exchange is slow during a cascade, sending the same close order several times is a safe way to make sure one goes through.',
      hints: ['What if all of them go through?', 'Check the order status first.'],
      correct: false,
      explanations: {
        true: 'If several fill, you can end up with a new position in the opposite direction. Check whether the first order went through.',
        false:
          'Right: duplicated orders can overshoot. Reduce-only flags and checking order status prevent it.',
      },
    },
    {
      id: 'l12-averaging-down',
      lesson,
      section: 'what-not-to-do',
      kind: 'numeric',
      difficulty: 'hard',
      prompt:
        'A cross-margin account of {{walletBalance}} USDT holds a long of {{quantity}} BTC bought at {{entryPrice}}. The price falls to {{addPrice}} and you average down, buying {{addQuantity}} BTC more. With a maintenance rate of {{maintenanceMarginRate}} and no other positions, what is the liquidation price now (Binance formula)?',
      hints: [
        'Find the new average entry and the new total quantity first.',
        'Cross, one long: LP = (wallet − quantity × entry) ÷ (quantity × rate − quantity).',
      ],
      generator: 'averaged-down-liquidation-price',
      tolerance: { kind: 'absolute', value: '0.5' },
      unit: 'USDT',
      explanation:
        'Averaging down lowers the average entry, but the same wallet now backs more bitcoin, so the liquidation price moves up, toward the market.',
    },
    {
      id: 'l12-review-order',
      lesson,
      section: 'the-review-afterwards',
      kind: 'ordering',
      difficulty: 'medium',
      prompt: 'Put the steps of the post-liquidation review in order.',
      hints: [
        'You cannot say what broke before you know what was intended.',
        'A rule only helps if it is used before a trade.',
      ],
      items: [
        { id: 'rule', text: 'Write the single rule that would have prevented it' },
        { id: 'plan', text: 'Write down the original plan: entry, stop, size, leverage' },
        { id: 'check-next', text: 'Before the next trade, check that trade against the new rule' },
        {
          id: 'broken',
          text: 'Compare what happened with the plan: which part was missing or broken, and what actually triggered it',
        },
      ],
      correctOrder: ['plan', 'broken', 'rule', 'check-next'],
      explanation:
        'Each step needs the one before it: the plan, then what broke against it, then the rule that would have caught it, then using that rule on the next trade.',
    },
    {
      id: 'l12-scenario-drill',
      lesson,
      section: 'if-the-position-is-liquidated',
      kind: 'scenario',
      difficulty: 'medium',
      prompt: `In the drill, a cascade drives the mark price of bitcoin 10% down, to ${markedGiven('54000')}, within minutes. A 10× long of 1 BTC at ${markedGiven('60000')} (0.5% maintenance rate) has no stop. How does it end?`,
      hints: ['Find where this position is liquidated.', 'Compare the mark-price low with it.'],
      preset: 'liquidation-event-drill',
      outcome: 'liquidated',
      explanation: `The mark price reaches ${markedGiven('54000')}, below the liquidation price of about 54,271; the position is liquidated and its ${markedGiven('6000')} margin is lost.`,
    },
  ],
};
