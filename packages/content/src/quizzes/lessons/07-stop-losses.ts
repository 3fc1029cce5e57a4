import { markedGiven } from '@liqlab/core';
import type { LessonQuiz } from '../question-schema';

const lesson = 'stop-losses';

export const stopLossesQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l07-stop-market-vs-limit',
      lesson,
      section: 'stop-market-and-stop-limit',
      kind: 'single',
      difficulty: 'easy',
      prompt: 'What does a stop-market order guarantee once its trigger is reached?',
      hints: ['It turns into a market order.', 'A market order takes whatever the book offers.'],
      options: [
        {
          id: 'price',
          text: 'A fill exactly at the trigger price',
          explanation: 'No: in a fast market the fill can be worse; that is slippage.',
        },
        {
          id: 'exit',
          text: 'That the position is closed, at the best available price',
          explanation: 'Correct: certainty of exit, not of price.',
        },
        {
          id: 'nothing',
          text: 'Nothing; it may stay unfilled',
          explanation: 'That describes a stop-limit order whose limit the market jumped over.',
        },
      ],
      correct: 'exit',
    },
    {
      id: 'l07-stop-loss-cost',
      lesson,
      section: 'gaps-and-slippage',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'A long of {{quantity}} BTC opened at {{entryPrice}} has a stop at {{stopPrice}}, which fills at {{fillPrice}}. With a taker fee of {{takerFeeRate}} on entry and exit, what is the total realized loss?',
      hints: [
        'The price loss uses the fill price, not the trigger.',
        'Add the fee on the entry notional and the fee on the exit notional.',
      ],
      generator: 'stop-loss-cost',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Loss = (entry − fill) × Q + fee × entry × Q + fee × fill × Q: the fill, not the trigger, sets the price loss, and both trades pay a fee.',
    },
    {
      id: 'l07-gap-slippage',
      lesson,
      section: 'gaps-and-slippage',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'A long of {{quantity}} BTC opened at {{entryPrice}} has a stop-market order at {{stopPrice}}. A flash crash gaps straight through it, and the market sell fills at {{fillPrice}}. Leaving fees aside, how much more does the stop-out lose than the loss planned at the stop?',
      hints: [
        'A stop-market order only starts a market sell; the book decides the price.',
        'Compare the loss at the fill with the loss at the trigger.',
      ],
      generator: 'stop-gap-slippage',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'The extra loss is (stop − fill) × quantity. A stop caps the loss only as far as the book lets it: in a gap the fill can land far below the trigger.',
    },
    {
      id: 'l07-stop-beyond-liquidation',
      lesson,
      section: 'the-planned-loss',
      kind: 'true-false',
      difficulty: 'medium',
      prompt: `For a 10× long of 1 BTC at ${markedGiven('60000')} (liquidation ≈ 54,271), a stop-loss at ${markedGiven('54000')} protects the position from liquidation.`,
      hints: [
        'Which price does the market reach first on the way down?',
        'What is left to close once the liquidation engine has taken the position?',
      ],
      correct: false,
      explanations: {
        true: `The market reaches the liquidation price of about 54,271 before ${markedGiven('54000')}, so the liquidation engine closes the position and the stop never fires.`,
        false:
          'Right: a stop beyond the liquidation price is useless. Either move the stop closer or lower the leverage.',
      },
    },
    {
      id: 'l07-stop-versus-liquidation',
      lesson,
      section: 'setting-a-stop-that-makes-sense',
      kind: 'single',
      difficulty: 'hard',
      prompt: `A 10× long of 1 BTC at ${markedGiven('60000')} with a 0.5% maintenance rate. Where should its stop go, relative to its liquidation price?`,
      hints: [
        'Work out the liquidation price first.',
        'A stop-market order can fill below its trigger; leave room for that.',
      ],
      options: [
        {
          id: 'below-liquidation',
          text: `At ${markedGiven('54000')}, just below the liquidation price, so it only fires if things get really bad`,
          explanation:
            'The liquidation price (about 54,271) is reached first; the position is gone before the stop can fire.',
        },
        {
          id: 'at-liquidation',
          text: `At ${markedGiven('54300')}, a hair above the liquidation price, to use as much of the margin as possible`,
          explanation: `Less than 30 USDT separates it from the liquidation price (about 54,271): a small gap between the last and the mark price lets the liquidation engine get there first.`,
        },
        {
          id: 'well-above',
          text: `At ${markedGiven('57000')}, where the trade idea is wrong, with a wide gap to the liquidation price for slippage`,
          explanation:
            'Correct: the stop belongs where the idea fails, and the liquidation price should lie well beyond it, so even a slipped fill closes the trade before liquidation.',
        },
        {
          id: 'no-stop',
          text: 'Nowhere: the liquidation price already works as a stop',
          explanation:
            'Liquidation takes the maintenance margin and a fee as well, and comes at the worst point; it is the failure of a plan, not a plan.',
        },
      ],
      correct: 'well-above',
    },
    {
      id: 'l07-gambler-arguments',
      lesson,
      section: 'the-gamblers-mindset',
      kind: 'multiple',
      difficulty: 'easy',
      prompt:
        'Which of these are forms of the gambler’s reasoning that leads traders to skip or weaken stops?',
      hints: [
        'Look for statements that replace a plan with hope.',
        'Only one option describes a sound habit.',
      ],
      options: [
        {
          id: 'comes-back',
          text: '“It always comes back.”',
          explanation: 'Yes: it may come back after the position has been liquidated.',
        },
        {
          id: 'move-stop',
          text: '“I’ll just move the stop a little further.”',
          explanation: 'Yes: each move raises the loss accepted while calm.',
        },
        {
          id: 'watch',
          text: '“I’ll watch it myself instead.”',
          explanation: 'Yes: liquidating moves take minutes, often while you are away.',
        },
        {
          id: 'decide-before',
          text: '“I decide my exit before I open the trade.”',
          explanation: 'No: that is the habit the lesson recommends.',
        },
      ],
      correct: ['comes-back', 'move-stop', 'watch'],
    },
    {
      id: 'l07-recovery-gain',
      lesson,
      section: 'the-gamblers-mindset',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'An account loses {{lossPercent}}% of its value. What percentage gain does it need to get back to where it started?',
      hints: ['The gain is measured on the smaller, remaining balance.', 'Gain = loss ÷ (1 − loss).'],
      generator: 'recovery-gain-percent',
      tolerance: { kind: 'absolute', value: '0.05' },
      unit: '%',
      explanation:
        'After losing a fraction L, the account must grow by L ÷ (1 − L), measured on the smaller balance: the deeper the loss, the faster the climb back grows.',
    },
    {
      id: 'l07-scenario-stop',
      lesson,
      section: 'gaps-and-slippage',
      kind: 'scenario',
      difficulty: 'medium',
      prompt: `A 10× long of 1 BTC at ${markedGiven('60000')} (0.5% maintenance rate) with a stop-market order at ${markedGiven('57000')} meets a crash that takes the mark price to ${markedGiven('52800')}. How does it end?`,
      hints: [
        'Two levels lie on the way down: the stop and the liquidation price. Work out the second.',
        'Whichever is reached first decides the ending.',
      ],
      preset: 'stop-loss-flash-crash',
      outcome: 'stopped-out',
      explanation: `The stop at ${markedGiven('57000')} fires long before the mark price reaches the liquidation price near 54,271; it fills a little below its trigger, and the position is closed at a loss of about half the margin instead of all of it.`,
    },
  ],
};
