import {
  formatDecimal,
  fundingPayment,
  markedGiven,
  markedMoney,
  partialLiquidationRule,
  targetPrice,
} from '@liqlab/core';
import { cents, long10x, required } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'fees-funding-and-the-insurance-fund';

const breakEven = required(
  targetPrice(long10x({ entryPrice: '50000', leverage: '1', takerFeeRate: '0.0005' }), 0, {
    includeFees: true,
  }),
  'break-even price',
);
const tenDaysFunding = fundingPayment(long10x(), '60000', '0.0001').times(3 * 10);
const hyperliquid = partialLiquidationRule('hyperliquid').method;
if (hyperliquid.kind !== 'fraction') throw new Error('Hyperliquid cuts a fraction of the position');
const firstCut = hyperliquid.fraction.times(10);

export const feesFundingChecks: InlineCheck[] = [
  {
    id: 'c11-break-even',
    lesson,
    section: 'trading-fees',
    kind: 'numeric',
    prompt: `A long opened at ${markedGiven('50000')} pays a 0.05% taker fee on the way in and out. At what exit price does it break even?`,
    unit: 'USDT',
    answer: cents(breakEven),
    tolerance: '0.05',
    why: `${markedGiven('50000')} × 1.0005 ÷ 0.9995 ≈ ${markedMoney(breakEven)}: the price must rise just to pay the two fees.`,
  },
  {
    id: 'c11-isolated-funding',
    lesson,
    section: 'funding-annualised',
    kind: 'choice',
    prompt:
      'An isolated long pays funding out of its own margin every 8 hours while the price stands still. What happens to its liquidation price?',
    options: [
      { id: 'closer', text: 'It creeps closer to the current price' },
      { id: 'away', text: 'It moves further away' },
      { id: 'still', text: 'Nothing, because the price did not move' },
    ],
    correct: 'closer',
    why: 'Funding taken from the position’s margin leaves less margin, and less margin means a closer liquidation price.',
  },
  {
    id: 'c11-surplus',
    lesson,
    section: 'the-liquidation-fee-and-the-surplus',
    kind: 'choice',
    prompt:
      'On Binance, the engine sells a liquidated long above its bankruptcy price. Where does the surplus go?',
    options: [
      { id: 'fund', text: 'To the insurance fund' },
      { id: 'trader', text: 'Back to the trader' },
      { id: 'winner', text: 'To the trader on the other side' },
    ],
    correct: 'fund',
    why: 'Binance’s published rule sends what is left after the close to its insurance fund.',
  },
  {
    id: 'c11-shortfall',
    lesson,
    section: 'the-insurance-fund',
    kind: 'choice',
    prompt: `A liquidation ends ${markedGiven('300')} USDT below zero. What pays the winning side that ${markedGiven('300')} first?`,
    options: [
      { id: 'fund', text: 'The insurance fund' },
      { id: 'trader', text: 'A debt the liquidated trader must repay' },
      { id: 'nobody', text: 'Nobody; the winners get less' },
    ],
    correct: 'fund',
    why: 'The fund is built from liquidation surpluses for exactly this: winners are paid in full.',
  },
  {
    id: 'c11-adl-first',
    lesson,
    section: 'auto-deleveraging',
    kind: 'choice',
    prompt:
      'The insurance fund cannot cover a shortfall. Whose positions does auto-deleveraging close first?',
    options: [
      { id: 'winners', text: 'Profitable, high-leverage traders on the other side' },
      { id: 'losers', text: 'Other losing traders' },
      { id: 'small', text: 'The smallest positions' },
    ],
    correct: 'winners',
    why: 'ADL closes winning positions against the bankrupt one, ranked by profit and leverage.',
  },
  {
    id: 'c11-partial',
    lesson,
    section: 'partial-liquidation-large-positions-go-in-steps',
    kind: 'numeric',
    prompt: `On Hyperliquid, a 10 BTC long worth far more than 100,000 USDC reaches its liquidation price. How many BTC does the first cut send to the book?`,
    unit: 'BTC',
    answer: firstCut.toFixed(),
    tolerance: '0.001',
    why: `Hyperliquid’s rule sends ${formatDecimal(hyperliquid.fraction.times(100), { digits: 6, trim: true })}% of a large position: ${formatDecimal(firstCut, { digits: 6, trim: true })} BTC, sold at a real loss.`,
  },
  {
    id: 'c11-month-funding',
    lesson,
    section: 'adding-it-up',
    kind: 'numeric',
    prompt: `A 1 BTC long at ${markedGiven('60000')} is held for 10 days and pays 0.01% funding every 8 hours. How much funding does it pay, in USDT?`,
    unit: 'USDT',
    answer: cents(tenDaysFunding),
    tolerance: '0.5',
    why: `${markedGiven('6')} USDT per interval × 3 a day × 10 days = ${markedMoney(tenDaysFunding)} USDT.`,
  },
];
