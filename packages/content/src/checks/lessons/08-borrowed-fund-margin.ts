import {
  formatDecimal,
  marginLevel,
  marginLiquidationPrice,
  markedGiven,
  markedMoney,
  toDecimal,
} from '@liqlab/core';
import { cents, required } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'borrowed-fund-margin';

const loanLeverage = toDecimal('15000', 'assets').div('5000');
const level = marginLevel(
  { baseAsset: '0.3', quoteAsset: '0', baseLiability: '0', quoteLiability: '12000', interest: '0' },
  '50000',
);
const trigger = required(
  marginLiquidationPrice(
    { baseAsset: '0.5', quoteAsset: '0', baseLiability: '0', quoteLiability: '20000' },
    '1.1',
  ),
  'trigger price',
);

export const borrowedFundMarginChecks: InlineCheck[] = [
  {
    id: 'c03-loan-leverage',
    lesson,
    section: 'how-a-margin-loan-creates-leverage',
    kind: 'numeric',
    prompt: `You deposit ${markedGiven('5000')} USDT, borrow ${markedGiven('10000')} USDT and buy bitcoin with all ${markedGiven('15000')}. What is your leverage?`,
    unit: '×',
    answer: loanLeverage.toFixed(),
    tolerance: '0.01',
    why: `Exposure ÷ own money = ${markedGiven('15000')} ÷ ${markedGiven('5000')} = ${formatDecimal(loanLeverage, { digits: 6, trim: true })}×.`,
  },
  {
    id: 'c03-margin-level',
    lesson,
    section: 'the-margin-level',
    kind: 'numeric',
    prompt: `You hold 0.3 BTC and owe ${markedGiven('12000')} USDT, with no interest yet. What is the margin level when bitcoin trades at ${markedGiven('50000')}?`,
    unit: '',
    answer: level.toDecimalPlaces(4).toFixed(),
    tolerance: '0.005',
    why: `Assets 0.3 × ${markedGiven('50000')} = ${markedGiven('15000')}; divided by the ${markedGiven('12000')} debt that is ${formatDecimal(level, { digits: 4, trim: true })}.`,
  },
  {
    id: 'c03-liquidation-price',
    lesson,
    section: 'margin-call-and-liquidation-levels',
    kind: 'numeric',
    prompt: `You hold 0.5 BTC and owe ${markedGiven('20000')} USDT. At what bitcoin price does the margin level fall to 1.1?`,
    unit: 'USDT',
    answer: cents(trigger),
    tolerance: '1',
    why: `0.5 × P = 1.1 × ${markedGiven('20000')} = ${markedGiven('22000')}, so P = ${markedMoney(trigger)}.`,
  },
  {
    id: 'c03-interest',
    lesson,
    section: 'interest-moves-the-line',
    kind: 'choice',
    prompt:
      'The price of your margin long stays still for two months while interest accrues. What does its liquidation price do?',
    options: [
      { id: 'up', text: 'It rises toward the current price' },
      { id: 'down', text: 'It falls further away' },
      { id: 'still', text: 'It stays where it was' },
    ],
    correct: 'up',
    why: 'Interest adds to the debt, so the assets reach the liquidation level at a higher price.',
  },
  {
    id: 'c03-short-debt',
    lesson,
    section: 'a-short-on-margin',
    kind: 'choice',
    prompt: 'On a margin short you owe coins. What makes that debt heavier?',
    options: [
      { id: 'rise', text: 'A rising price' },
      { id: 'fall', text: 'A falling price' },
      { id: 'time', text: 'Nothing; the debt is fixed in USDT' },
    ],
    correct: 'rise',
    why: 'The debt is a number of coins, so every rise in their price makes it cost more USDT to repay.',
  },
  {
    id: 'c03-interest-not-funding',
    lesson,
    section: 'spot-margin-versus-contracts',
    kind: 'choice',
    prompt: 'What does a spot margin loan charge while you hold it?',
    options: [
      { id: 'interest', text: 'Interest on the borrowed funds' },
      { id: 'funding', text: 'Funding every 8 hours' },
      { id: 'nothing', text: 'Nothing until you close' },
    ],
    correct: 'interest',
    why: 'It is a real loan, so it pays interest; funding belongs to perpetual contracts.',
  },
];
