import { marginAccountValue, marginLiquidationPrice, markedGiven, markedMoney } from '@liqlab/core';
import { required } from '../../checks/check-positions';
import type { LessonQuiz } from '../question-schema';

const lesson = 'borrowed-fund-margin';

/** The short on margin: 0.1 BTC borrowed and sold at 60,000 with 3,000 of the trader's own. */
const marginShort = { baseAsset: '0', quoteAsset: '9000', baseLiability: '0.1', quoteLiability: '0' };
const shortTrigger = required(marginLiquidationPrice(marginShort, '1.1'), 'trigger price');
const shortDebtAtTrigger = marginAccountValue(marginShort, shortTrigger).debt;

export const borrowedFundMarginQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l03-margin-level',
      lesson,
      section: 'the-margin-level',
      kind: 'numeric',
      difficulty: 'easy',
      prompt:
        'A margin account holds {{baseAsset}} BTC, worth {{price}} USDT each, and owes {{quoteLiability}} USDT plus {{interest}} USDT of accrued interest. What is its margin level?',
      hints: ['Value the assets at the current price.', 'Margin level = asset value ÷ (debt + interest).'],
      generator: 'spot-margin-level',
      tolerance: { kind: 'absolute', value: '0.001' },
      unit: 'ratio',
      explanation:
        'Margin level = total asset value ÷ (total debt + accrued interest). It falls as a long’s collateral loses value.',
    },
    {
      id: 'l03-liquidation-trigger',
      lesson,
      section: 'margin-call-and-liquidation-levels',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'You hold {{baseAsset}} BTC bought with a loan of {{quoteLiability}} USDT. At what BTC price does the margin level reach {{level}}?',
      hints: ['Write the condition quantity × P = level × debt.', 'Divide level × debt by the quantity.'],
      generator: 'spot-margin-trigger-price',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Solve quantity × P = level × debt for P: the assets must be worth the level times what is owed.',
    },
    {
      id: 'l03-margin-call-meaning',
      lesson,
      section: 'margin-call-and-liquidation-levels',
      kind: 'single',
      difficulty: 'easy',
      prompt: 'Your account receives a margin call at a margin level of 1.3. What has happened?',
      hints: ['A margin call is not yet the sale itself.', 'It is the step before the liquidation level.'],
      options: [
        {
          id: 'sold',
          text: 'The venue has sold your assets to repay the loan.',
          explanation: 'That happens at the lower liquidation level, such as 1.1.',
        },
        {
          id: 'warning',
          text: 'You have been warned that the cushion is thin; adding collateral or repaying would raise the level.',
          explanation: 'Correct: a margin call is a warning and the last comfortable moment to act.',
        },
        {
          id: 'interest',
          text: 'Your interest rate has been raised.',
          explanation: 'Interest is charged all the time; a margin call concerns the margin level.',
        },
      ],
      correct: 'warning',
    },
    {
      id: 'l03-interest-accrued',
      lesson,
      section: 'interest-moves-the-line',
      kind: 'numeric',
      difficulty: 'easy',
      prompt:
        'You borrow {{debt}} USDT at {{dailyRate}} per day. How much interest has accrued after {{days}} days (simple interest)?',
      hints: ['Find the interest for one day first.', 'Multiply debt × daily rate × days.'],
      generator: 'borrowing-interest',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Interest = debt × daily rate × days. It is added to the debt and raises a long’s liquidation price.',
    },
    {
      id: 'l03-interest-direction',
      lesson,
      section: 'interest-moves-the-line',
      kind: 'true-false',
      difficulty: 'medium',
      prompt:
        'While you hold a leveraged long on a margin account, accrued interest moves its liquidation price up, even if the market does not move.',
      hints: [
        'Interest is added to which side of the margin level?',
        'A larger denominator lowers the margin level.',
      ],
      correct: true,
      explanations: {
        true: 'Right: interest grows the debt, so the assets must be worth more to stay above the liquidation level.',
        false: `It does move: ${markedGiven('144')} USDT of interest on ${markedGiven('12000')} USDT of debt raised the example’s liquidation price from ${markedGiven('44000')} to ${markedGiven('44528')}.`,
      },
    },
    {
      id: 'l03-short-on-margin',
      lesson,
      section: 'a-short-on-margin',
      kind: 'multiple',
      difficulty: 'hard',
      prompt: `You short on a margin account by borrowing 0.1 BTC and selling it at ${markedGiven('60000')}, with ${markedGiven('3000')} USDT of your own. Which statements are true?`,
      hints: [
        'Your assets are in USDT, your debt is in BTC.',
        `Compute the margin level as ${markedGiven('9000')} ÷ (0.1 × P).`,
      ],
      options: [
        {
          id: 'rise-hurts',
          text: 'A rising BTC price lowers the margin level.',
          explanation: 'Yes: the debt is in BTC, so its value grows with the price.',
        },
        {
          id: 'starts-1-5',
          text: 'The margin level starts at 1.5.',
          explanation: `Yes: ${markedGiven('9000')} ÷ ${markedGiven('6000')} = 1.5.`,
        },
        {
          id: 'liq-81818',
          text: 'At a liquidation level of 1.1 it is liquidated near 81,818.',
          explanation: `Yes: 0.1 × P = ${markedGiven('9000')} ÷ 1.1 ≈ ${markedMoney(shortDebtAtTrigger)}, so P ≈ ${markedMoney(shortTrigger)}.`,
        },
        {
          id: 'no-interest',
          text: 'Borrowed coins do not accrue interest.',
          explanation:
            'No: borrowed coins accrue interest in the coin, which also lowers the margin level over time.',
        },
      ],
      correct: ['rise-hurts', 'starts-1-5', 'liq-81818'],
    },
  ],
};
