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
        'Loss = (entry − fill) × Q + fee × entry × Q + fee × fill × Q. In the lesson: 3,300 + 30 + 28.35 = 3,358.35.',
    },
    {
      id: 'l07-stop-beyond-liquidation',
      lesson,
      section: 'the-planned-loss',
      kind: 'true-false',
      difficulty: 'medium',
      prompt:
        'For a 10× long of 1 BTC at 60,000 (liquidation ≈ 54,271), a stop-loss at 54,000 protects the position from liquidation.',
      hints: [
        'Which price does the market reach first on the way down?',
        'A stop must sit between the entry and the liquidation price.',
      ],
      correct: false,
      explanations: {
        true: 'The market reaches the liquidation price of about 54,271 before 54,000, so the liquidation engine closes the position and the stop never fires.',
        false:
          'Right: a stop beyond the liquidation price is useless. Either move the stop closer or lower the leverage.',
      },
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
        'After losing a fraction L, the account must grow by L ÷ (1 − L): 10% needs ≈ 11.1%, 50% needs 100%.',
    },
    {
      id: 'l07-scenario-stop',
      lesson,
      section: 'gaps-and-slippage',
      kind: 'scenario',
      difficulty: 'medium',
      prompt:
        'A 10× long of 1 BTC at 60,000 with a stop-market order at 57,000 meets a crash that takes the mark price to 52,800. Does the position survive without being liquidated?',
      hints: [
        'On the way down, which level is reached first: the stop or the liquidation price?',
        'The liquidation price is about 54,271.',
      ],
      preset: 'stop-loss-flash-crash',
      survives: true,
      explanation:
        'The stop at 57,000 fires long before the mark price reaches 54,271; it fills at 56,945.53, a little below its trigger, and the position is closed at a loss of about half the margin instead of all of it.',
    },
  ],
};
