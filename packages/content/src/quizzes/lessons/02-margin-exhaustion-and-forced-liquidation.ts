import { markedGiven } from '@liqlab/core';
import type { LessonQuiz } from '../question-schema';

const lesson = 'margin-exhaustion-and-forced-liquidation';

export const marginExhaustionQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l02-equity-at-price',
      lesson,
      section: 'equity-is-margin-plus-unrealized-profit-or-loss',
      kind: 'numeric',
      difficulty: 'easy',
      prompt:
        'A {{side}} of {{quantity}} BTC was opened at {{entryPrice}} USDT with {{margin}} USDT of isolated margin. The price is now {{currentPrice}}. What is the position’s equity?',
      hints: [
        'Work out the unrealized profit or loss first.',
        'Equity = margin + unrealized PnL; a long gains when the price rises, a short when it falls.',
      ],
      generator: 'position-equity',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Equity = margin + unrealized PnL, where a long’s PnL is (current − entry) × quantity and a short’s is (entry − current) × quantity.',
    },
    {
      id: 'l02-bankruptcy-price',
      lesson,
      section: 'margin-exhaustion-equity-at-zero',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'An isolated {{side}} of {{quantity}} BTC is opened at {{entryPrice}} USDT with {{leverage}}× leverage. At what price is its margin exhausted (its bankruptcy price)?',
      hints: [
        'Find the price where the loss equals the margin.',
        'For a long: entry − margin ÷ quantity; for a short: entry + margin ÷ quantity.',
      ],
      generator: 'bankruptcy-price',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Margin exhaustion means equity = 0: the loss equals the margin, below the entry for a long and above it for a short.',
    },
    {
      id: 'l02-why-before-zero',
      lesson,
      section: 'why-close-early',
      kind: 'single',
      difficulty: 'medium',
      prompt: 'Why do exchanges liquidate a position while its equity is still positive?',
      hints: [
        'Think about what happens while the liquidation engine is selling.',
        'Closing takes time and moves through the order book.',
      ],
      options: [
        {
          id: 'profit',
          text: 'To keep the trader’s remaining margin as profit.',
          explanation:
            'The remainder often does end up in the insurance fund, but that is a consequence, not the purpose.',
        },
        {
          id: 'buffer',
          text: 'To leave a buffer for slippage, gaps and the closing fee, so the close finishes before equity turns negative.',
          explanation: 'Correct: the maintenance margin pays for the cost of closing in a moving market.',
        },
        {
          id: 'rule',
          text: 'Because regulators forbid positions with less than 10% equity.',
          explanation: 'Maintenance rates are set by the exchange per tier, often well below 1%.',
        },
        {
          id: 'warning',
          text: 'To warn the trader before the real liquidation happens.',
          explanation: 'A warning is a margin call. Liquidation at the maintenance margin is the real thing.',
        },
      ],
      correct: 'buffer',
    },
    {
      id: 'l02-liquidation-price',
      lesson,
      section: 'maintenance-margin-the-line-before-zero',
      kind: 'numeric',
      difficulty: 'hard',
      prompt:
        'An isolated {{side}} of {{quantity}} BTC at {{entryPrice}} USDT uses {{leverage}}× leverage with a flat maintenance margin rate of {{maintenanceMarginRate}}. What is its liquidation price under Binance’s formula?',
      hints: [
        'Set equity equal to the maintenance margin at the unknown price.',
        'Long: P = (entry × quantity − margin) ÷ (quantity × (1 − rate)). Short: P = (entry × quantity + margin) ÷ (quantity × (1 + rate)).',
      ],
      generator: 'isolated-liquidation-price',
      fixed: { rules: 'binance-usdm' },
      tolerance: { kind: 'absolute', value: '0.5' },
      unit: 'USDT',
      explanation:
        'Solve equity = maintenance margin for the price: margin + PnL at P = rate × P × quantity. The line sits a little before the bankruptcy price.',
    },
    {
      id: 'l02-residual-spot',
      lesson,
      section: 'the-residual-balance',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'A spot margin account owes {{debt}} USDT and is liquidated when its margin level reaches {{liquidationLevel}}. Before fees and slippage, what is the most that can be left after the debt is repaid?',
      hints: ['At the trigger, assets = level × debt.', 'Subtract the debt from the assets.'],
      generator: 'spot-residual-balance',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation: 'Residual = level × debt − debt = debt × (level − 1). Fees and slippage come out of it.',
    },
    {
      id: 'l02-ratio-vs-residual',
      lesson,
      section: 'the-residual-balance',
      kind: 'true-false',
      difficulty: 'medium',
      prompt:
        'On a spot margin account, a higher liquidation ratio (say 1.2 instead of 1.1) means liquidation comes later and leaves more behind.',
      hints: ['Which ratio is reached first as the price falls?', 'The margin level starts high and falls.'],
      correct: false,
      explanations: {
        true: 'Half right: a higher ratio leaves more behind, but it is reached sooner, not later, as the margin level falls.',
        false:
          'Right: a higher ratio triggers earlier and leaves a larger residual; a lower one gives more room and leaves less.',
      },
    },
    {
      id: 'l02-scenario-slow-bleed',
      lesson,
      section: 'maintenance-margin-the-line-before-zero',
      kind: 'scenario',
      difficulty: 'medium',
      prompt: `The 10× long of 1 BTC at ${markedGiven('60000')} (${markedGiven('6000')} USDT isolated margin, 0.5% maintenance rate, no stop) meets a slow 12% decline to ${markedGiven('52800')}. How does it end?`,
      hints: [
        'Work out this position’s liquidation price first.',
        'Then compare it with the lowest mark price of the path.',
      ],
      preset: 'long-10x-slow-bleed',
      outcome: 'liquidated',
      explanation: `The low of ${markedGiven('52800')} is below the liquidation price of about 54,271, so the position is liquidated on the way down, before the bankruptcy price of ${markedGiven('54000')}.`,
    },
  ],
};
