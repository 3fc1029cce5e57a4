import { balancesAfterStopOuts, expectancyInR, formatDecimal, markedGiven, markedMoney } from '@liqlab/core';
import { cents } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'opening-calmly';

const balance = balancesAfterStopOuts({ balance: '10000', riskPercent: '2', stopOuts: '5' }).at(-1)!;
const expectancy = expectancyInR({ winRate: '0.5', averageWinR: '1.5' });

export const openingCalmlyChecks: InlineCheck[] = [
  {
    id: 'c08-on-paper',
    lesson,
    section: 'impulsive-entries',
    kind: 'choice',
    prompt: 'What does it mean to open a trade calmly?',
    options: [
      { id: 'paper', text: 'Direction, entry, stop, size and reason are written down before opening' },
      { id: 'quiet', text: 'Opening only while the price is quiet' },
      { id: 'fast', text: 'Opening right after a big candle, before the move is gone' },
    ],
    correct: 'paper',
    why: 'A calm trade exists on paper before it exists on the exchange; a reactive one is opened first and planned later.',
  },
  {
    id: 'c08-range-stop',
    lesson,
    section: 'trends-and-ranges',
    kind: 'choice',
    prompt: `Bitcoin ranges between ${markedGiven('58000')} and ${markedGiven('62000')}. You buy at ${markedGiven('61500')} with a stop at ${markedGiven('60500')}. What is the likely outcome?`,
    options: [
      { id: 'swing', text: 'An ordinary swing toward the middle stops you out' },
      { id: 'safe', text: 'The stop is safe until the range breaks' },
      { id: 'breakout', text: 'The range breaks upward before the stop is touched' },
    ],
    correct: 'swing',
    why: 'In a range the price swings back and forth; a stop inside the swing is hit by the swing itself.',
  },
  {
    id: 'c08-stop-outs',
    lesson,
    section: 'whipsaws-and-the-cost-of-small-stop-outs',
    kind: 'numeric',
    prompt: `An account of ${markedGiven('10000')} USDT loses 2% of its current balance on each of five stop-outs in a row. Ignoring fees, what is left?`,
    unit: 'USDT',
    answer: cents(balance),
    tolerance: '0.5',
    why: `Losses compound: ${markedGiven('10000')} × 0.98⁵ = ${markedMoney(balance)} USDT, not ${markedGiven('9000')}.`,
  },
  {
    id: 'c08-expectancy',
    lesson,
    section: 'win-rate-and-payoff',
    kind: 'numeric',
    prompt:
      'A strategy wins half of its trades; winners average 1.5R and every loss is 1R. What is the expected result per trade, in R?',
    unit: 'R',
    answer: expectancy.toFixed(),
    tolerance: '0.01',
    why: `0.5 × 1.5 − 0.5 × 1 = ${formatDecimal(expectancy, { digits: 6, trim: true })}R per trade.`,
  },
  {
    id: 'c08-range-leverage',
    lesson,
    section: 'leverage-makes-impatience-expensive',
    kind: 'choice',
    prompt: 'Why is a 20× long risky in a range, even if the range later breaks your way?',
    options: [
      { id: 'inside', text: 'Its liquidation price can sit inside the normal swing' },
      { id: 'fees', text: 'Its fees are twenty times higher' },
      { id: 'banned', text: 'Exchanges close high leverage in ranges' },
    ],
    correct: 'inside',
    why: 'High leverage puts the liquidation price close; an ordinary swing can reach it before any breakout.',
  },
  {
    id: 'c08-revenge',
    lesson,
    section: 'a-pre-trade-checklist',
    kind: 'choice',
    prompt: 'You want to open a trade to win back yesterday’s loss. What does the checklist say?',
    options: [
      { id: 'wait', text: 'Wait' },
      { id: 'double', text: 'Open it with double the size' },
      { id: 'tight', text: 'Open it with a tighter stop' },
    ],
    correct: 'wait',
    why: 'A trade opened to make up for a loss is a reaction, not a plan; waiting costs nothing.',
  },
];
