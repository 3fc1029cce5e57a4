import {
  balancesAfterStopOuts,
  effectiveLeverage,
  formatDecimal,
  markedGiven,
  markedMoney,
  positionSizeForRisk,
  toDecimal,
} from '@liqlab/core';
import { cents, long10x } from '../check-positions';
import type { InlineCheck } from '../inline-check-schema';

const lesson = 'position-size';

const riskAmount = toDecimal('25000', 'balance').times('0.01');
const size = positionSizeForRisk({
  balance: '20000',
  riskPercent: '1',
  entryPrice: '40000',
  stopPrice: '39000',
});
/** 1 BTC at 60,000 in cross mode on a 20,000 USDT account: the whole account backs it. */
const accountLeverage = effectiveLeverage(long10x({ marginMode: 'cross', walletBalance: '20000' }), '0');
const leftPercent = balancesAfterStopOuts({ balance: '10000', riskPercent: '2', stopOuts: '10' })
  .at(-1)!
  .div(10000)
  .times(100);

export const positionSizeChecks: InlineCheck[] = [
  {
    id: 'c10-risk-amount',
    lesson,
    section: 'start-from-the-loss-not-from-the-leverage',
    kind: 'numeric',
    prompt: `Your account holds ${markedGiven('25000')} USDT and you risk 1% per trade. How much may one stop-out cost, in USDT?`,
    unit: 'USDT',
    answer: cents(riskAmount),
    tolerance: '0.5',
    why: `1% of ${markedGiven('25000')} is ${markedMoney(riskAmount)} USDT: the size follows from that, not from the leverage offered.`,
  },
  {
    id: 'c10-size',
    lesson,
    section: 'sizing-from-the-stop-distance',
    kind: 'numeric',
    prompt: `Account ${markedGiven('20000')} USDT, risk 1% per trade, long entry at ${markedGiven('40000')} with a stop at ${markedGiven('39000')}, fees ignored. What quantity, in BTC?`,
    unit: 'BTC',
    answer: size.toFixed(),
    tolerance: '0.0005',
    why: `Risk ${markedGiven('200')} USDT ÷ ${markedGiven('1000')} per bitcoin = ${formatDecimal(size, { digits: 6, trim: true })} BTC.`,
  },
  {
    id: 'c10-leverage-role',
    lesson,
    section: 'where-leverage-comes-in',
    kind: 'choice',
    prompt: 'Same quantity, same stop, higher leverage. What changes?',
    options: [
      { id: 'loss', text: 'The loss if the stop fills' },
      { id: 'collateral', text: 'The margin locked and the distance to liquidation' },
      { id: 'size', text: 'The quantity you hold' },
    ],
    correct: 'collateral',
    why: 'Leverage sets the collateral and the liquidation distance; the loss at the stop comes from size and distance.',
  },
  {
    id: 'c10-effective-leverage',
    lesson,
    section: 'recognising-an-oversized-position',
    kind: 'numeric',
    prompt: `You hold a 1 BTC long at ${markedGiven('60000')} on an account of ${markedGiven('20000')} USDT. What is the effective leverage on the account?`,
    unit: '×',
    answer: accountLeverage.toFixed(),
    tolerance: '0.01',
    why: `${markedGiven('60000')} of notional on a ${markedGiven('20000')} account is ${formatDecimal(accountLeverage, { digits: 6, trim: true })}×: a 10% fall costs 30% of the account.`,
  },
  {
    id: 'c10-streak',
    lesson,
    section: 'why-small-sizes-survive',
    kind: 'numeric',
    prompt:
      'You risk 2% of the current balance per trade. What share of the account, in %, is left after ten stop-outs in a row?',
    unit: '%',
    answer: leftPercent.toDecimalPlaces(2).toFixed(),
    tolerance: '0.1',
    why: `0.98¹⁰ ≈ ${formatDecimal(leftPercent.div(100), { digits: 3, trim: true })}, so about ${formatDecimal(leftPercent, { digits: 1, trim: true })}% is left.`,
  },
];
