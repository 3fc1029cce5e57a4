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
        'After a top-up, an isolated {{side}} of {{quantity}} BTC at {{entryPrice}} carries margin equal to its entry notional ÷ {{leverage}} (8,000 on 60,000 would be 7.5×). With a maintenance rate of {{maintenanceMarginRate}}, what is its liquidation price (Binance formula)?',
      hints: [
        'More margin means a lower effective leverage and a larger cushion.',
        'Use LP = (entry × Q − margin) ÷ (Q × (1 − rate)) for a long.',
      ],
      generator: 'isolated-liquidation-price',
      fixed: { rules: 'binance-usdm', side: 'long' },
      tolerance: { kind: 'absolute', value: '0.5' },
      unit: 'USDT',
      explanation:
        'Adding 2,000 to the 6,000 margin of the lesson gives (8,000 − 60,000) ÷ (0.005 − 1) ≈ 52,261.31 — further away, with 8,000 now at risk.',
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
      id: 'l12-review-order',
      lesson,
      section: 'the-review-afterwards',
      kind: 'ordering',
      difficulty: 'medium',
      prompt: 'Put the steps of the post-liquidation review in order.',
      hints: ['Start with what was intended.', 'End with a rule you can check next time.'],
      items: [
        { id: 'rule', text: 'Write the single rule that would have prevented it, and how you will check it' },
        { id: 'plan', text: 'Write down the original plan: entry, stop, size, leverage' },
        {
          id: 'trigger',
          text: 'Check what actually triggered it: mark price, funding, fees or a tier change',
        },
        { id: 'broken', text: 'Identify which part of the plan was missing or broken' },
      ],
      correctOrder: ['plan', 'broken', 'trigger', 'rule'],
      explanation:
        'Plan, then the gap in the plan, then the actual trigger, then one checkable rule for next time.',
    },
    {
      id: 'l12-scenario-drill',
      lesson,
      section: 'if-the-position-is-liquidated',
      kind: 'scenario',
      difficulty: 'medium',
      prompt:
        'In the drill, a cascade drives the mark price of bitcoin 10% down to 54,000. A 10× long of 1 BTC at 60,000 without a stop (liquidation ≈ 54,271) is watching. Does it survive?',
      hints: [
        'Compare the mark-price low with the liquidation price.',
        '54,000 is the bankruptcy price of this position.',
      ],
      preset: 'liquidation-event-drill',
      survives: false,
      explanation:
        'The mark price reaches 54,000, below the liquidation price of about 54,271; the position is liquidated and its 6,000 margin is lost.',
    },
  ],
};
