import { liquidationPrice, markedGiven, markedMoney, type Rules } from '@liqlab/core';
import { long10x, required } from '../../checks/check-positions';
import { tierLiquidationRows } from '../../lessons/tier-table-figures';
import type { LessonQuiz } from '../question-schema';

const lesson = 'how-exchanges-compute-the-liquidation-price';

/** The running 10× long on each venue's formula (OKX's takes its 0.05% closing fee). */
const venueLiquidation = (rules: Rules) =>
  required(
    liquidationPrice(long10x({ rules, ...(rules === 'okx-linear' ? { takerFeeRate: '0.0005' } : {}) })),
    'liquidation price',
  );
/** The running 10× long of `quantity` BTC on Binance's BTCUSDT tiers, as the lesson's table prints it. */
const tieredLiquidation = (quantity: string) =>
  required(
    tierLiquidationRows({
      tiersPreset: 'binance-btcusdt',
      rules: 'binance-usdm',
      side: 'long',
      entryPrice: '60000',
      leverage: '10',
      quantities: [quantity],
    })[0]!.liquidation,
    'liquidation price',
  );

export const liquidationFormulasQuiz: LessonQuiz = {
  lesson,
  questions: [
    {
      id: 'l05-tiered-maintenance',
      lesson,
      section: 'tiered-maintenance-margin',
      kind: 'numeric',
      difficulty: 'medium',
      prompt:
        'Using the BTCUSDT tier table below, what is the maintenance margin of a position with a notional value of {{notional}} USDT?',
      hints: [
        'First find the row whose notional range contains the position.',
        'Maintenance margin = notional × rate − maintenance amount.',
      ],
      generator: 'tiered-maintenance-margin',
      tiersPreset: 'binance-btcusdt',
      tolerance: { kind: 'absolute', value: '0.01' },
      unit: 'USDT',
      explanation:
        'Pick the tier by notional, then compute notional × rate − maintenance amount; the deduction keeps the requirement continuous.',
    },
    {
      id: 'l05-maintenance-amount',
      lesson,
      section: 'tiered-maintenance-margin',
      kind: 'single',
      difficulty: 'medium',
      prompt: 'What is the purpose of the maintenance amount (Binance’s “cum”) in a tier table?',
      hints: [
        'Compare the requirement just below and just above a tier boundary.',
        'Without it, one extra dollar of notional could jump the requirement.',
      ],
      options: [
        {
          id: 'fee',
          text: 'It is a fixed fee charged when the position is liquidated.',
          explanation: 'It is not charged at all; it is subtracted from the requirement.',
        },
        {
          id: 'continuity',
          text: 'It keeps the maintenance requirement continuous at each tier boundary.',
          explanation: 'Correct: at 50,000, 0.4% × 50,000 and 0.5% × 50,000 − 50 both give 200.',
        },
        {
          id: 'bonus',
          text: 'It is extra margin the exchange lends to large traders.',
          explanation: 'No margin is lent; it is a deduction in a formula.',
        },
      ],
      correct: 'continuity',
    },
    {
      id: 'l05-larger-sooner',
      lesson,
      section: 'why-large-positions-are-liquidated-sooner',
      kind: 'true-false',
      difficulty: 'easy',
      prompt:
        'At the same leverage, a 100 BTC long has the same liquidation price as a 1 BTC long opened at the same entry.',
      hints: [
        'Which tier does each position fall into?',
        'A higher maintenance rate moves a long’s liquidation price up.',
      ],
      correct: false,
      explanations: {
        true: `Only with a flat maintenance rate. Tiers give the 100 BTC position a higher rate: about ${markedMoney(tieredLiquidation('100'))} against ${markedMoney(tieredLiquidation('1'))} in the lesson’s table.`,
        false:
          'Right: the larger position falls into a higher tier with a higher maintenance rate, so it is liquidated sooner.',
      },
    },
    {
      id: 'l05-isolated-liquidation-bybit',
      lesson,
      section: 'bybit-margin-measured-at-entry',
      kind: 'numeric',
      difficulty: 'hard',
      prompt:
        'Using Bybit’s linear formula, what is the liquidation price of an isolated {{side}} of {{quantity}} BTC at {{entryPrice}} USDT with {{leverage}}× leverage and a maintenance rate of {{maintenanceMarginRate}}?',
      hints: [
        'Bybit values the maintenance margin at the entry price.',
        'For a long: LP = entry − (initial margin − maintenance margin) ÷ quantity.',
      ],
      generator: 'isolated-liquidation-price',
      fixed: { rules: 'bybit-linear' },
      tolerance: { kind: 'absolute', value: '0.5' },
      unit: 'USDT',
      explanation:
        'Bybit: LP = EP ∓ (IM − MM) ÷ Q with IM = EP × Q ÷ leverage and MM = EP × Q × MMR, both valued at the entry price.',
    },
    {
      id: 'l05-compare-venues',
      lesson,
      section: 'side-by-side',
      kind: 'ordering',
      difficulty: 'hard',
      prompt: `For a 1 BTC, 10× long at ${markedGiven('60000')} with a 0.5% maintenance rate (and a 0.05% fee for OKX), order the liquidation prices from lowest to highest.`,
      hints: [
        'Bybit measures the maintenance margin at the entry price, which is higher than the liquidation price.',
        'OKX adds the closing fee to the maintenance rate: a larger requirement.',
      ],
      items: [
        { id: 'okx', text: 'OKX linear' },
        { id: 'binance', text: 'Binance USDS-M' },
        { id: 'bybit', text: 'Bybit linear' },
      ],
      correctOrder: ['binance', 'okx', 'bybit'],
      explanation: `Binance ≈ ${markedMoney(venueLiquidation('binance-usdm'))}, OKX ≈ ${markedMoney(venueLiquidation('okx-linear'))} (fee included in the denominator), Bybit ${markedMoney(venueLiquidation('bybit-linear'))} (maintenance margin valued at entry).`,
    },
    {
      id: 'l05-formula-inputs',
      lesson,
      section: 'binance-one-formula-for-isolated-and-cross',
      kind: 'multiple',
      difficulty: 'medium',
      prompt: 'Which inputs appear in Binance’s liquidation-price formula for a cross-margin position?',
      hints: [
        'Cross margin brings the rest of the account into the formula.',
        'Four of the options are inputs.',
      ],
      options: [
        { id: 'wallet', text: 'Wallet balance', explanation: 'Yes: WB is the cushion behind the position.' },
        {
          id: 'other-mm',
          text: 'Maintenance margin of other positions',
          explanation: 'Yes: TMM is subtracted.',
        },
        { id: 'other-pnl', text: 'Unrealized PnL of other positions', explanation: 'Yes: UPNL is added.' },
        {
          id: 'cum',
          text: 'The tier’s maintenance amount',
          explanation: 'Yes: cum appears in the numerator.',
        },
        {
          id: 'last',
          text: 'The last traded price',
          explanation: 'No: the formula gives the mark price at which liquidation happens.',
        },
      ],
      correct: ['wallet', 'other-mm', 'other-pnl', 'cum'],
    },
  ],
};
