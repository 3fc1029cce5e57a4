import type { LessonQuiz } from '../question-schema';

const lesson = 'fees-funding-and-the-insurance-fund';

export const feesAndInsuranceQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l11-break-even',
      lesson,
      section: 'trading-fees',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'A long opened at {{entryPrice}} pays a taker fee of {{takerFeeRate}} on entry and on exit. At what exit price does it break even?',
      hints: [
        'The exit must cover the entry fee and its own fee.',
        'Break-even = entry × (1 + fee) ÷ (1 − fee).',
      ],
      generator: 'break-even-price',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Solve exit × (1 − fee) = entry × (1 + fee): the price must move a little more than two fees before the trade makes anything.',
    },
    {
      id: 'l11-annualised-funding',
      lesson,
      section: 'funding-annualised',
      kind: 'numeric',
      difficulty: 'easy',
      prompt:
        'A funding rate of {{fundingRate}} is charged {{intervalsPerDay}} times a day. What is that per year, in percent of notional?',
      hints: ['Count the intervals in a year.', 'Rate × intervals per day × 365, as a percentage.'],
      generator: 'annualised-funding-percent',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: '%',
      explanation:
        'Rate × intervals per day × 365: small rates add up over a year, and against the margin the share is larger by the leverage.',
    },
    {
      id: 'l11-surplus',
      lesson,
      section: 'the-liquidation-fee-and-the-surplus',
      kind: 'numeric',
      difficulty: 'hard',
      prompt:
        'An isolated long of {{quantity}} BTC at {{entryPrice}} with {{leverage}}× leverage is liquidated, and the engine sells it at {{fillPrice}}. What is the surplus (positive) or shortfall (negative) relative to the bankruptcy price?',
      hints: [
        'Find the bankruptcy price first: entry − margin ÷ quantity.',
        'Surplus = (fill − bankruptcy price) × quantity.',
      ],
      generator: 'liquidation-surplus',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Bankruptcy price = entry × (1 − 1 ÷ leverage) for a long. A fill above it leaves a surplus that usually goes to the insurance fund; below it, a shortfall.',
    },
    {
      id: 'l11-partial-liquidation',
      lesson,
      section: 'partial-liquidation-large-positions-go-in-steps',
      kind: 'single',
      difficulty: 'medium',
      prompt:
        'A very large position falls to its maintenance margin, and the venue performs a partial liquidation instead of closing all of it. What happens?',
      hints: [
        'Think of the tier table: what happens to the requirement when the notional gets smaller?',
        'It is still a liquidation: something is closed, and where the venue charges a liquidation fee, that part pays it.',
      ],
      options: [
        {
          id: 'lower-tier',
          text: 'Part of the position is closed, so the rest falls into a lower tier with a smaller maintenance requirement; if the rest can stand on its own, it stays open',
          explanation:
            'Correct: a smaller notional means a lower maintenance rate, so the remainder may clear the line again. Where the venue charges a liquidation fee, the closed part still pays it.',
        },
        {
          id: 'free',
          text: 'Part of the position is closed at no cost, as a courtesy to large traders',
          explanation:
            'The part that is closed is liquidated like any other, at the market, and pays the venue’s liquidation fee where it charges one.',
        },
        {
          id: 'loan',
          text: 'The venue lends the position extra margin so that nothing has to be closed',
          explanation: 'Nothing is lent; the position is made smaller instead.',
        },
        {
          id: 'refund',
          text: 'The maintenance margin is returned to the trader and the position stays as it is',
          explanation: 'The position shrinks; the margin behind the closed part is used to close it.',
        },
      ],
      correct: 'lower-tier',
    },
    {
      id: 'l11-adl-order',
      lesson,
      section: 'auto-deleveraging',
      kind: 'ordering',
      difficulty: 'medium',
      prompt:
        'A liquidated position ends below its bankruptcy price. In what order do the exchange’s safety nets respond?',
      hints: [
        'Auto-deleveraging is the last resort.',
        'The position is first taken over by the liquidation engine.',
      ],
      items: [
        { id: 'adl', text: 'Auto-deleveraging closes profitable opposite positions' },
        { id: 'engine', text: 'The liquidation engine takes over and closes the position in the market' },
        { id: 'fund', text: 'The insurance fund pays the shortfall' },
      ],
      correctOrder: ['engine', 'fund', 'adl'],
      explanation:
        'The engine closes the position; a shortfall is paid by the insurance fund; only if the fund cannot cover it does ADL step in.',
    },
    {
      id: 'l11-adl-who',
      lesson,
      section: 'auto-deleveraging',
      kind: 'single',
      difficulty: 'medium',
      prompt: 'Whose positions does auto-deleveraging close first?',
      hints: ['ADL uses the other side of the bankrupt trade.', 'The ranking mixes profit and leverage.'],
      options: [
        {
          id: 'losers',
          text: 'Other losing traders on the same side',
          explanation: 'No: their losses would not cover anything.',
        },
        {
          id: 'profitable-levered',
          text: 'Profitable, highly leveraged traders on the opposite side',
          explanation: 'Correct: they are ranked by profit and leverage and closed at the bankruptcy price.',
        },
        {
          id: 'newest',
          text: 'The most recently opened positions',
          explanation: 'Age is not the ranking criterion.',
        },
      ],
      correct: 'profitable-levered',
    },
    {
      id: 'l11-residual-isolated',
      lesson,
      section: 'the-liquidation-fee-and-the-surplus',
      kind: 'true-false',
      difficulty: 'easy',
      prompt:
        'When an isolated contract position is liquidated at its liquidation price, the trader usually gets back the maintenance margin that was left.',
      hints: ['Where does the surplus of a liquidation go on many venues?', 'Think of the residual balance.'],
      correct: false,
      explanations: {
        true: 'Usually not: the remainder pays the liquidation fee or goes to the insurance fund, so the residual balance is typically zero.',
        false: 'Right: the residual balance of a liquidated isolated position is usually zero.',
      },
    },
  ],
};
