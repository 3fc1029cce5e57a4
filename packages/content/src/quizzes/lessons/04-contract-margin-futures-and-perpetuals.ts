import { liquidationPrice, markedGiven, markedMoney } from '@liqlab/core';
import { long10x, required } from '../../checks/check-positions';
import type { LessonQuiz } from '../question-schema';

const lesson = 'contract-margin-futures-and-perpetuals';

export const contractMarginQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l04-which-price-liquidates',
      lesson,
      section: 'mark-price-last-price-and-index-price',
      kind: 'single',
      difficulty: 'easy',
      prompt: 'Which price does an exchange use to trigger liquidations on perpetual contracts?',
      hints: [
        'The chart usually shows a different price.',
        'The exchange wants a price that one large order cannot push around.',
      ],
      options: [
        {
          id: 'last',
          text: 'The last traded price',
          explanation: 'A single large order can move it; liquidations do not follow it.',
        },
        {
          id: 'mark',
          text: 'The mark price',
          explanation: 'Correct: index plus a smoothed premium, resistant to wicks.',
        },
        {
          id: 'entry',
          text: 'Your entry price',
          explanation: 'The entry is fixed; liquidation depends on where the market is now.',
        },
        {
          id: 'best-bid',
          text: 'The best bid in the order book',
          explanation: 'The book matters for the fill, not for the trigger.',
        },
      ],
      correct: 'mark',
    },
    {
      id: 'l04-scenario-wick-10x',
      lesson,
      section: 'mark-price-last-price-and-index-price',
      kind: 'scenario',
      difficulty: 'medium',
      prompt: `A 10× long of 1 BTC at ${markedGiven('60000')} (0.5% maintenance rate, no stop) sees the last traded price wick down to ${markedGiven('52800')} while the mark price only dips to ${markedGiven('56400')}. How does it end?`,
      hints: [
        'Which of the two prices does the exchange use to liquidate?',
        'Work out this position’s liquidation price and compare it with the right low.',
      ],
      preset: 'mark-vs-last-wick-10x',
      outcome: 'open',
      explanation: `Liquidation follows the mark price, which stayed above the liquidation price of about 54,271. The wick on the last price liquidates nobody at this leverage.`,
    },
    {
      id: 'l04-scenario-wick-20x',
      lesson,
      section: 'mark-price-last-price-and-index-price',
      kind: 'scenario',
      difficulty: 'medium',
      prompt: `The same wick (last price low ${markedGiven('52800')}, mark price low ${markedGiven('56400')}) meets a 20× long of 1 BTC at ${markedGiven('60000')} with a 0.5% maintenance rate and no stop. How does it end?`,
      hints: [
        `At 20× the margin is ${markedGiven('3000')} USDT: find the liquidation price.`,
        'Compare it with the mark price’s low, not the last price’s.',
      ],
      preset: 'mark-vs-last-wick-20x',
      outcome: 'liquidated',
      explanation: `The 20× liquidation price is about ${markedMoney(required(liquidationPrice(long10x({ leverage: '20' })), 'liquidation price'))}. The mark price fell to ${markedGiven('56400')}, below it, so the position is liquidated.`,
    },
    {
      id: 'l04-funding-payment',
      lesson,
      section: 'funding-on-perpetual-contracts',
      kind: 'numeric',
      difficulty: 'easy',
      prompt:
        'A perpetual position of {{quantity}} BTC at {{entryPrice}} USDT pays a funding rate of {{fundingRate}} per interval. How much does it pay over {{intervals}} intervals (assume the price stays the same)?',
      hints: [
        'Funding is computed on notional value, not on margin.',
        'Multiply notional × rate × number of intervals.',
      ],
      generator: 'funding-payment',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Funding per interval = notional × rate, charged every interval the position stays open; over weeks it adds up.',
    },
    {
      id: 'l04-cross-liquidation',
      lesson,
      section: 'cross-margin-and-the-other-positions',
      kind: 'numeric',
      difficulty: 'hard',
      prompt:
        'In cross margin, a wallet of {{walletBalance}} USDT backs a {{side}} of {{quantity}} BTC at {{entryPrice}} (maintenance rate {{maintenanceMarginRate}}). Other positions need {{otherMaintenanceMargin}} USDT of maintenance margin and show {{otherUnrealizedPnl}} USDT of unrealized PnL. What is the liquidation price (Binance formula)?',
      hints: [
        'The other positions change the numerator of the formula.',
        'LP = (WB − TMM + UPNL − side × Q × EP) ÷ (Q × MMR − side × Q).',
      ],
      generator: 'cross-liquidation-price',
      tolerance: { kind: 'absolute', value: '0.5' },
      unit: 'USDT',
      explanation:
        'Binance: LP = (WB − TMM + UPNL + cum − side × Q × EP) ÷ (Q × MMR − side × Q), with TMM and UPNL from the other positions.',
    },
    {
      id: 'l04-isolated-vs-cross',
      lesson,
      section: 'isolated-versus-cross-margin',
      kind: 'multiple',
      difficulty: 'medium',
      prompt: 'Compared with isolated margin, what does cross margin do to a single position?',
      hints: [
        'Think about which money stands behind the position.',
        'One change is good news, one is bad news.',
      ],
      options: [
        {
          id: 'further',
          text: 'Moves its liquidation price further away',
          explanation: 'Yes: the whole wallet balance backs it.',
        },
        {
          id: 'more-at-risk',
          text: 'Puts more of the account at risk if liquidation does happen',
          explanation: 'Yes: a cross liquidation can consume nearly the whole balance.',
        },
        {
          id: 'others-matter',
          text: 'Makes its liquidation price depend on the other positions',
          explanation: 'Yes: their losses and maintenance margin reduce the shared cushion.',
        },
        {
          id: 'no-funding',
          text: 'Exempts it from funding payments',
          explanation: 'No: funding applies in both modes; in cross it comes from the shared balance.',
        },
      ],
      correct: ['further', 'more-at-risk', 'others-matter'],
    },
    {
      id: 'l04-inverse-long-liquidation',
      lesson,
      section: 'margin-as-a-performance-guarantee',
      kind: 'numeric',
      difficulty: 'hard',
      prompt:
        'An isolated inverse (coin-margined) long of {{contracts}} contracts, each worth 1 USD, is opened at {{entryPrice}} USD with {{leverage}}× leverage and a maintenance rate of {{maintenanceMarginRate}}. Margin and profit are in BTC. Bybit’s formula: LP = contracts ÷ (position value + initial margin − maintenance margin), every value in BTC. What is the liquidation price?',
      hints: [
        'Work in BTC: each contract is 1 USD, so the position value is contracts ÷ entry.',
        'Initial margin = position value ÷ leverage; maintenance margin = position value × rate.',
      ],
      generator: 'inverse-liquidation-price',
      tolerance: { kind: 'absolute', value: '0.5' },
      unit: 'USD',
      explanation:
        'An inverse long holds its margin in the coin it is long: as the price falls, the collateral loses value too, so the formula works in BTC and divides the contracts by what is left.',
    },
    {
      id: 'l04-no-loan-no-liquidation',
      lesson,
      section: 'margin-as-a-performance-guarantee',
      kind: 'true-false',
      difficulty: 'easy',
      prompt:
        'Because nothing is borrowed when you open a perpetual contract, a contract position cannot be liquidated.',
      hints: ['What does the margin of a contract guarantee?', 'The winner on the other side must be paid.'],
      correct: false,
      explanations: {
        true: 'No loan is made, but the margin guarantees that you can pay your losses to the other side; when it runs low, you are liquidated.',
        false:
          'Right: contract margin is a performance guarantee, and it can be exhausted exactly like a loan’s collateral.',
      },
    },
  ],
};
