import { formatDecimal, markedGiven, markedMoney, typicalMove } from '@liqlab/core';
import { touchProbabilityPercent } from '../../quizzes/generators/stop-touch-probability';
import { cents } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'the-volatility-band';

const move = typicalMove({ price: '50000', annualVolatility: '0.8', horizonDays: '1' });
const touch = touchProbabilityPercent('2');

export const volatilityBandChecks: InlineCheck[] = [
  {
    id: 'c09-noise-stop',
    lesson,
    section: 'noise-and-the-band-around-the-price',
    kind: 'choice',
    prompt: 'Your stop sits inside the volatility band. What will touch it?',
    options: [
      { id: 'noise', text: 'Ordinary noise, sooner or later' },
      { id: 'news', text: 'Only real news' },
      { id: 'nothing', text: 'Nothing, if your idea is right' },
    ],
    correct: 'noise',
    why: 'The band is where the price wanders anyway; a stop inside it is reached without anything changing.',
  },
  {
    id: 'c09-typical-move',
    lesson,
    section: 'measuring-volatility',
    kind: 'numeric',
    prompt: `Bitcoin trades at ${markedGiven('50000')} with an annual volatility of 80%. What is the typical one-day move, in USDT?`,
    unit: 'USDT',
    answer: cents(move),
    tolerance: '5',
    why: `${markedGiven('50000')} × 0.8 × √(1/365) ≈ ${markedMoney(move)} USDT.`,
  },
  {
    id: 'c09-touch-two',
    lesson,
    section: 'how-often-is-a-stop-touched',
    kind: 'numeric',
    prompt:
      'In the random-walk model, what is the chance, in %, that a stop two standard deviations away is touched within the period?',
    unit: '%',
    answer: touch.toDecimalPlaces(2).toFixed(),
    tolerance: '0.1',
    why: `2 × (1 − Φ(2)) ≈ ${formatDecimal(touch, { digits: 1, trim: true })}%: about one time in twenty, and real prices reach far levels more often.`,
  },
  {
    id: 'c09-stop-beyond-both',
    lesson,
    section: 'placing-the-stop',
    kind: 'choice',
    prompt: `Long at ${markedGiven('50000')}, 1-hour ATR ${markedGiven('300')} (1.5 ATR = ${markedGiven('450')}), support at ${markedGiven('49500')}. Which stop lies beyond both the band and the support?`,
    options: [
      { id: 'far', text: `${markedGiven('49300')}` },
      { id: 'support', text: `${markedGiven('49520')}` },
      { id: 'band', text: `${markedGiven('49600')}` },
    ],
    correct: 'far',
    why: `The band reaches down to ${markedGiven('49550')} and the support sits at ${markedGiven('49500')}: only ${markedGiven('49300')} is below both.`,
  },
  {
    id: 'c09-wider-smaller',
    lesson,
    section: 'the-trade-off-wider-stops-need-smaller-positions',
    kind: 'choice',
    prompt: `You move your stop from ${markedGiven('500')} to ${markedGiven('1000')} USDT away. To keep the same loss at the stop, what do you do with the size?`,
    options: [
      { id: 'halve', text: 'Halve it' },
      { id: 'double', text: 'Double it' },
      { id: 'keep', text: 'Keep it' },
    ],
    correct: 'halve',
    why: 'Loss at the stop = size × distance: twice the distance needs half the size.',
  },
  {
    id: 'c09-lower-leverage',
    lesson,
    section: 'check-the-band-against-the-liquidation-price',
    kind: 'choice',
    prompt: 'Your stop, placed outside the band, lies beyond the liquidation price. What do you change?',
    options: [
      { id: 'leverage', text: 'Lower the leverage' },
      { id: 'stop', text: 'Move the stop back inside the band' },
      { id: 'nothing', text: 'Nothing: the stop protects you' },
    ],
    correct: 'leverage',
    why: 'The band is set by the market; leverage is yours to set, and lower leverage moves liquidation away.',
  },
  {
    id: 'c09-volatility-rises',
    lesson,
    section: 'volatility-changes',
    kind: 'choice',
    prompt: 'Volatility has doubled since your last trade. What do you change for the next one?',
    options: [
      { id: 'wider', text: 'Widen the stop and shrink the size' },
      { id: 'tighter', text: 'Tighten the stop to lose less' },
      { id: 'nothing', text: 'Nothing; the old band still holds' },
    ],
    correct: 'wider',
    why: 'A wider band needs a wider stop, and a smaller size keeps the loss at the stop the same.',
  },
];
