import {
  balancesAfterStopOuts,
  type Decimal,
  expectancyInR,
  initialMargin,
  liquidationPrice,
  maintenanceTierFor,
  marginLevel,
  type PositionSpec,
  positionSizeForRisk,
  toDecimal,
  tradingFee,
  typicalMove,
  unrealizedPnl,
} from '@liqlab/core';
import { tierTable } from '../lessons/tier-table-figures';
import { formatFigure, formatTrimmed } from '../quizzes/format-quiz-number';
import { type InlineCheck, inlineCheckSchema } from './inline-check-schema';

/*
 * "Check as you go": short questions placed inside the lessons (<InlineCheck id="…" />), answered in
 * place and graded on the server. Every numeric answer is computed here by the engine from the figures
 * the prompt states, never typed in; the `why` line quotes the same computed figures.
 */

const long10x = (over: Partial<PositionSpec> = {}): PositionSpec => ({
  rules: 'binance-usdm',
  side: 'long',
  marginMode: 'isolated',
  entryPrice: '60000',
  quantity: '1',
  leverage: '10',
  maintenanceMarginRate: '0.005',
  ...over,
});

const cents = (value: Decimal) => value.toDecimalPlaces(2).toFixed();

const l01Margin = initialMargin(long10x({ quantity: '0.5', leverage: '20' }));
const l02Equity = initialMargin(long10x()).plus(unrealizedPnl(long10x(), '56500'));
const l03Level = marginLevel(
  { baseAsset: '0.3', quoteAsset: '0', baseLiability: '0', quoteLiability: '12000', interest: '0' },
  '50000',
);
const l05Tier = maintenanceTierFor([...tierTable('binance-btcusdt').tiers], '100000');
const l05Maintenance = toDecimal(l05Tier.maintenanceMarginRate, 'rate')
  .times(100000)
  .minus(l05Tier.maintenanceAmount);
const l06Liquidation = liquidationPrice(long10x({ side: 'short', leverage: '4' }))!;
const l07Fees = tradingFee('60000', '0.0005').plus(tradingFee('58000', '0.0005'));
const l07Loss = toDecimal('2000', 'loss').plus(l07Fees);
const l08Balance = balancesAfterStopOuts({ balance: '10000', riskPercent: '2', stopOuts: '5' }).at(-1)!;
const l08Expectancy = expectancyInR({ winRate: '0.5', averageWinR: '1.5' });
const l09Move = typicalMove({ price: '50000', annualVolatility: '0.8', horizonDays: '1' });
const l10Size = positionSizeForRisk({
  balance: '20000',
  riskPercent: '1',
  entryPrice: '40000',
  stopPrice: '39000',
});

const checks: InlineCheck[] = [
  {
    id: 'c00-short-gains',
    lesson: 'start-at-zero',
    section: 'long-and-short',
    kind: 'choice',
    prompt: 'You open a short position. Which price move earns you money?',
    options: [
      { id: 'fall', text: 'The price falls' },
      { id: 'rise', text: 'The price rises' },
      { id: 'either', text: 'Any move, as long as it is large' },
    ],
    correct: 'fall',
    why: 'A short sells first and buys back later, so it gains when the price drops.',
  },
  {
    id: 'c00-market-order',
    lesson: 'start-at-zero',
    section: 'market-orders-and-limit-orders',
    kind: 'choice',
    prompt: 'Your market buy is larger than the amount offered at the best ask. What happens to the rest?',
    options: [
      { id: 'next', text: 'It fills at the next, higher asks' },
      { id: 'wait', text: 'It waits in the book for a seller' },
      { id: 'best', text: 'It all fills at the best ask anyway' },
    ],
    correct: 'next',
    why: 'A market order takes what the book offers, line by line, until it is filled.',
  },
  {
    id: 'c01-initial-margin',
    lesson: 'leverage-and-margin',
    section: 'initial-margin',
    kind: 'numeric',
    prompt: 'A 20× long of 0.5 BTC at 60,000 USDT. How much initial margin does it need, in USDT?',
    unit: 'USDT',
    answer: cents(l01Margin),
    tolerance: '0.5',
    why: `Notional 0.5 × 60,000 = 30,000; divided by 20 that is ${formatFigure(l01Margin)} USDT.`,
  },
  {
    id: 'c01-same-loss',
    lesson: 'leverage-and-margin',
    section: 'what-leverage-does-not-change',
    kind: 'choice',
    prompt:
      'Two traders each hold a 1 BTC long, one at 5× and one at 20×. The price falls 1%. Who loses more USDT?',
    options: [
      { id: 'five', text: 'The 5× trader' },
      { id: 'twenty', text: 'The 20× trader' },
      { id: 'same', text: 'Both lose the same amount' },
    ],
    correct: 'same',
    why: 'Profit and loss come from the notional value, which is the same; leverage only changes the margin behind it.',
  },
  {
    id: 'c02-equity',
    lesson: 'margin-exhaustion-and-forced-liquidation',
    section: 'equity-is-margin-plus-unrealized-profit-or-loss',
    kind: 'numeric',
    prompt:
      'Our 10× long of 1 BTC from 60,000 has 6,000 USDT of margin. What is its equity when the price is 56,500?',
    unit: 'USDT',
    answer: cents(l02Equity),
    tolerance: '0.5',
    why: `Equity = margin + unrealized PnL = 6,000 + (56,500 − 60,000) = ${formatFigure(l02Equity)} USDT.`,
  },
  {
    id: 'c02-before-zero',
    lesson: 'margin-exhaustion-and-forced-liquidation',
    section: 'maintenance-margin-the-line-before-zero',
    kind: 'choice',
    prompt: 'When does the exchange take over an isolated position?',
    options: [
      { id: 'zero', text: 'When its equity reaches zero, at the bankruptcy price' },
      { id: 'maintenance', text: 'When its equity falls to the maintenance margin' },
      { id: 'half', text: 'When half of the margin is lost' },
    ],
    correct: 'maintenance',
    why: 'The engine acts while some equity is left, so the buffer can pay for slippage and the closing fee.',
  },
  {
    id: 'c03-margin-level',
    lesson: 'borrowed-fund-margin',
    section: 'the-margin-level',
    kind: 'numeric',
    prompt:
      'You hold 0.3 BTC and owe 12,000 USDT, with no interest yet. What is the margin level when bitcoin trades at 50,000?',
    unit: '',
    answer: l03Level.toDecimalPlaces(4).toFixed(),
    tolerance: '0.005',
    why: `Assets 0.3 × 50,000 = 15,000; divided by the 12,000 debt that is ${formatTrimmed(l03Level, 4)}.`,
  },
  {
    id: 'c03-interest',
    lesson: 'borrowed-fund-margin',
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
    id: 'c04-mark-price',
    lesson: 'contract-margin-futures-and-perpetuals',
    section: 'mark-price-last-price-and-index-price',
    kind: 'choice',
    prompt: 'Which price does a contract exchange compare with your liquidation price?',
    options: [
      { id: 'last', text: 'The last traded price on its chart' },
      { id: 'mark', text: 'The mark price' },
      { id: 'entry', text: 'Your entry price' },
    ],
    correct: 'mark',
    why: 'The mark price follows the index of several venues, so one thin order book cannot trigger liquidations.',
  },
  {
    id: 'c04-cross-risk',
    lesson: 'contract-margin-futures-and-perpetuals',
    section: 'isolated-versus-cross-margin',
    kind: 'choice',
    prompt: 'A position in cross margin is liquidated. What can the loss take?',
    options: [
      { id: 'margin', text: 'Only the margin assigned to that position' },
      { id: 'wallet', text: 'The wallet balance that backs every position' },
      { id: 'fees', text: 'Only the closing fee' },
    ],
    correct: 'wallet',
    why: 'Cross margin puts the whole wallet behind the position: further liquidation, larger loss.',
  },
  {
    id: 'c05-tier-maintenance',
    lesson: 'how-exchanges-compute-the-liquidation-price',
    section: 'tiered-maintenance-margin',
    kind: 'numeric',
    prompt:
      'Using the tier table above, what is the maintenance margin of a position with a notional value of 100,000 USDT?',
    unit: 'USDT',
    answer: cents(l05Maintenance),
    tolerance: '0.5',
    why: `100,000 falls in the ${formatTrimmed(toDecimal(l05Tier.maintenanceMarginRate, 'rate').times(100))}% tier: 100,000 × rate − ${formatFigure(toDecimal(l05Tier.maintenanceAmount, 'amount'), 0)} = ${formatFigure(l05Maintenance)} USDT.`,
  },
  {
    id: 'c05-larger-sooner',
    lesson: 'how-exchanges-compute-the-liquidation-price',
    section: 'why-large-positions-are-liquidated-sooner',
    kind: 'choice',
    prompt:
      'Same 10× leverage, a much larger position. Where is its liquidation price, compared with a small one?',
    options: [
      { id: 'closer', text: 'Closer to the entry' },
      { id: 'further', text: 'Further from the entry' },
      { id: 'same', text: 'Exactly the same' },
    ],
    correct: 'closer',
    why: 'A larger notional lands in a higher tier with a higher maintenance rate, so equity meets it sooner.',
  },
  {
    id: 'c06-short-liquidation',
    lesson: 'shorts-and-short-squeezes',
    section: 'the-liquidation-price-of-a-short',
    kind: 'numeric',
    prompt:
      'An isolated 4× short of 1 BTC at 60,000, maintenance rate 0.5% (Binance). What is its liquidation price?',
    unit: 'USDT',
    answer: cents(l06Liquidation),
    tolerance: '1',
    why: `Margin 15,000: (15,000 + 60,000) ÷ 1.005 = ${formatFigure(l06Liquidation)}.`,
  },
  {
    id: 'c06-squeeze-order',
    lesson: 'shorts-and-short-squeezes',
    section: 'anatomy-of-a-short-squeeze',
    kind: 'choice',
    prompt: 'A short position’s stop-loss fires. What order reaches the market?',
    options: [
      { id: 'buy', text: 'A market buy' },
      { id: 'sell', text: 'A market sell' },
      { id: 'none', text: 'No order; the position just ends' },
    ],
    correct: 'buy',
    why: 'Closing a short means buying back, and those forced buys push the price further up.',
  },
  {
    id: 'c07-stop-limit-gap',
    lesson: 'stop-losses',
    section: 'stop-market-and-stop-limit',
    kind: 'choice',
    prompt: 'The price jumps straight past the limit of your stop-limit order. What happens?',
    options: [
      { id: 'open', text: 'The order rests unfilled and the position stays open' },
      { id: 'limit', text: 'It fills at the limit price anyway' },
      { id: 'next', text: 'It fills at the next available price' },
    ],
    correct: 'open',
    why: 'A limit order never fills worse than its limit, so a gap past it leaves you in the trade.',
  },
  {
    id: 'c07-planned-loss',
    lesson: 'stop-losses',
    section: 'the-planned-loss',
    kind: 'numeric',
    prompt:
      'Long 1 BTC at 60,000 with a stop at 58,000 and a 0.05% taker fee on the way in and out. What is the planned loss in USDT?',
    unit: 'USDT',
    answer: cents(l07Loss),
    tolerance: '0.5',
    why: `Price loss 2,000 plus fees ${formatFigure(l07Fees)} (0.05% of 60,000 and of 58,000) = ${formatFigure(l07Loss)} USDT.`,
  },
  {
    id: 'c08-stop-outs',
    lesson: 'opening-calmly',
    section: 'whipsaws-and-the-cost-of-small-stop-outs',
    kind: 'numeric',
    prompt:
      'An account of 10,000 USDT loses 2% of its current balance on each of five stop-outs in a row. Ignoring fees, what is left?',
    unit: 'USDT',
    answer: cents(l08Balance),
    tolerance: '0.5',
    why: `Losses compound: 10,000 × 0.98⁵ = ${formatFigure(l08Balance)} USDT, not 9,000.`,
  },
  {
    id: 'c08-expectancy',
    lesson: 'opening-calmly',
    section: 'win-rate-and-payoff',
    kind: 'numeric',
    prompt:
      'A strategy wins half of its trades; winners average 1.5R and every loss is 1R. What is the expected result per trade, in R?',
    unit: 'R',
    answer: l08Expectancy.toFixed(),
    tolerance: '0.01',
    why: `0.5 × 1.5 − 0.5 × 1 = ${formatTrimmed(l08Expectancy)}R per trade.`,
  },
  {
    id: 'c09-typical-move',
    lesson: 'the-volatility-band',
    section: 'measuring-volatility',
    kind: 'numeric',
    prompt:
      'Bitcoin trades at 50,000 with an annual volatility of 80%. What is the typical one-day move, in USDT?',
    unit: 'USDT',
    answer: cents(l09Move),
    tolerance: '5',
    why: `50,000 × 0.8 × √(1/365) ≈ ${formatFigure(l09Move)} USDT.`,
  },
  {
    id: 'c09-lower-leverage',
    lesson: 'the-volatility-band',
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
    id: 'c10-size',
    lesson: 'position-size',
    section: 'sizing-from-the-stop-distance',
    kind: 'numeric',
    prompt:
      'Account 20,000 USDT, risk 1% per trade, long entry at 40,000 with a stop at 39,000, fees ignored. What quantity, in BTC?',
    unit: 'BTC',
    answer: l10Size.toFixed(),
    tolerance: '0.0005',
    why: `Risk 200 USDT ÷ 1,000 per bitcoin = ${formatTrimmed(l10Size)} BTC.`,
  },
  {
    id: 'c10-leverage-role',
    lesson: 'position-size',
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
    id: 'c11-surplus',
    lesson: 'fees-funding-and-the-insurance-fund',
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
    id: 'c11-isolated-funding',
    lesson: 'fees-funding-and-the-insurance-fund',
    section: 'funding-annualised',
    kind: 'choice',
    prompt:
      'An isolated long pays funding every 8 hours while the price stands still. What happens to its liquidation price?',
    options: [
      { id: 'closer', text: 'It creeps closer to the current price' },
      { id: 'away', text: 'It moves further away' },
      { id: 'still', text: 'Nothing, because the price did not move' },
    ],
    correct: 'closer',
    why: 'Where funding is taken from the position’s margin, less margin means a closer liquidation price.',
  },
  {
    id: 'c12-add-margin',
    lesson: 'during-a-liquidation-event',
    section: 'what-you-can-still-do',
    kind: 'choice',
    prompt: 'What does adding margin to an isolated long do?',
    options: [
      { id: 'both', text: 'Moves the liquidation price away and raises what you can lose' },
      { id: 'safe', text: 'Removes the risk of liquidation' },
      { id: 'none', text: 'Changes only the fees' },
    ],
    correct: 'both',
    why: 'More margin buys distance, but if the price gets there anyway the whole larger margin is gone.',
  },
  {
    id: 'c12-averaging-down',
    lesson: 'during-a-liquidation-event',
    section: 'what-not-to-do',
    kind: 'choice',
    prompt: 'The price races toward your liquidation. Which move usually deepens the hole?',
    options: [
      { id: 'average', text: 'Buying more to average down' },
      { id: 'reduce', text: 'Closing part of the position' },
      { id: 'stop', text: 'Placing a stop now' },
    ],
    correct: 'average',
    why: 'More size doubles the bet on the idea that is failing: every further fall costs more.',
  },
];

export const inlineChecks: readonly InlineCheck[] = checks.map((check) => inlineCheckSchema.parse(check));

const byId = new Map(inlineChecks.map((check) => [check.id, check]));

export function inlineCheckById(id: string): InlineCheck | undefined {
  return byId.get(id);
}
