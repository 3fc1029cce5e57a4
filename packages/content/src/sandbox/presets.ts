import {
  bankruptcyPrice,
  Decimal,
  initialMargin,
  liquidationPrice,
  markedGiven,
  markedMoney,
  type PositionSpec,
} from '@liqlab/core';
import { z } from 'zod';
import { type SandboxPreset, sandboxPresetSchema } from './preset-schema';

// Shared building blocks: most lessons reuse the course's running example, a 1 BTC long at 60,000.
const btcLong = (leverage: string) =>
  ({
    rules: 'binance-usdm',
    side: 'long',
    marginMode: 'isolated',
    entryPrice: '60000',
    quantity: '1',
    leverage,
    maintenanceMarginRate: '0.005',
    takerFeeRate: '0.0005',
    // The lessons' figures (6,000 USDT of margin lost, liquidation near 54,271) leave fees out.
    fees: { enabled: false },
  }) as const;

const btcShort = (leverage: string) => ({ ...btcLong(leverage), side: 'short' }) as const;

/**
 * A caption's figures come from the engine, marked for the reader's decimal places (core's markedMoney;
 * a given input is markedGiven): a figure typed into the text would stay at the places it was typed
 * with, and could drift from the replay it describes (preset-captions.test in apps/web replays each).
 * The captions' positions have a fixed maintenance rate and fees off, so they are core's spec as written.
 */
function specOf(position: SandboxPreset['position']): PositionSpec {
  const { fees: _fees, funding: _funding, tiersPreset, ...spec } = position;
  if (tiersPreset !== undefined) throw new Error('a caption figure of a tiered position needs its table');
  return spec;
}
const noFees = { includeClosingFee: false };
function liquidationOf(position: SandboxPreset['position']): string {
  const price = liquidationPrice(specOf(position), noFees);
  if (price === null) throw new Error('a caption names the liquidation price of a position without one');
  return markedMoney(price);
}
function bankruptcyOf(position: SandboxPreset['position']): string {
  const price = bankruptcyPrice(specOf(position));
  if (price === null) throw new Error('a caption names the bankruptcy price of a position without one');
  return markedMoney(price);
}
const marginOf = (position: SandboxPreset['position']) => markedMoney(initialMargin(specOf(position)));
/** Where a named path's extreme lies: startPrice × (1 ± magnitude), as the preset schema defines it. */
const pathExtreme = (startPrice: string, magnitude: string, direction: 1 | -1) =>
  markedMoney(new Decimal(startPrice).times(new Decimal(magnitude).times(direction).plus(1)));

const cross10x = { ...btcLong('10'), marginMode: 'cross', walletBalance: '10000' } as const;
const entry = markedGiven('60000');
const wallet = markedGiven('10000');

const presets: SandboxPreset[] = [
  {
    id: 'long-10x-slow-bleed',
    title: 'A 10× long in a slow decline',
    description: `The course’s running example — 1 BTC long at ${entry} with ${marginOf(btcLong('10'))} USDT of isolated margin — meets a steady 12% decline. Watch equity shrink, cross the maintenance margin at ${liquidationOf(btcLong('10'))} and trigger the liquidation before the bankruptcy price of ${bankruptcyOf(btcLong('10'))}.`,
    lesson: 'margin-exhaustion-and-forced-liquidation',
    position: btcLong('10'),
    path: {
      kind: 'named',
      name: 'slow-bleed',
      seed: 'lesson-02-slow-bleed',
      startPrice: '60000',
      horizonHours: 72,
      steps: 288,
      magnitude: '0.12',
    },
  },
  {
    id: 'mark-vs-last-wick-20x',
    title: 'A wick on the last price, 20× long',
    description: `The last price plunges 12% for a moment while the mark price dips only 6%, to ${pathExtreme('60000', '0.06', -1)}. The 20× long, liquidated at ${liquidationOf(btcLong('20'))}, does not survive the mark price.`,
    lesson: 'contract-margin-futures-and-perpetuals',
    position: btcLong('20'),
    path: {
      kind: 'named',
      name: 'flash-crash-wick',
      seed: 'lesson-04-wick',
      startPrice: '60000',
      horizonHours: 6,
      steps: 360,
      magnitude: '0.12',
      markMagnitude: '0.06',
    },
  },
  {
    id: 'mark-vs-last-wick-10x',
    title: 'The same wick, 10× long',
    description: `The identical wick against a 10× long, whose liquidation price is ${liquidationOf(btcLong('10'))}. The chart prints ${pathExtreme('60000', '0.12', -1)}, yet the mark price never goes below ${pathExtreme('60000', '0.06', -1)} and the position survives.`,
    lesson: 'contract-margin-futures-and-perpetuals',
    position: btcLong('10'),
    path: {
      kind: 'named',
      name: 'flash-crash-wick',
      seed: 'lesson-04-wick',
      startPrice: '60000',
      horizonHours: 6,
      steps: 360,
      magnitude: '0.12',
      markMagnitude: '0.06',
    },
  },
  {
    id: 'cross-vs-isolated-10x',
    // A title names the scenario (the learner's to rename, stored as typed): it holds no amount.
    title: 'Cross margin backed by the whole wallet',
    description: `The 10× long in cross margin, backed by a ${wallet} USDT wallet: liquidation at ${liquidationOf(cross10x)} instead of ${liquidationOf(btcLong('10'))}. A crash takes the mark price to ${pathExtreme('60000', '0.11', -1)} — fatal in isolated mode, survivable here, at the cost of most of the account’s cushion.`,
    lesson: 'contract-margin-futures-and-perpetuals',
    position: cross10x,
    path: {
      kind: 'named',
      name: 'flash-crash-wick',
      seed: 'lesson-04-cross',
      startPrice: '60000',
      horizonHours: 12,
      steps: 360,
      magnitude: '0.12',
      markMagnitude: '0.11',
    },
  },
  {
    id: 'tiered-100-btc-10x',
    title: 'A 100 BTC position in a higher tier',
    description: `Same 10× leverage, but 100 BTC: the ${markedMoney(new Decimal('60000').times(100))} USDT notional falls in a higher maintenance tier, so the liquidation price sits above that of a 1 BTC position. A 10% decline reaches it.`,
    lesson: 'how-exchanges-compute-the-liquidation-price',
    position: {
      rules: 'binance-usdm',
      side: 'long',
      marginMode: 'isolated',
      entryPrice: '60000',
      quantity: '100',
      leverage: '10',
      tiersPreset: 'binance-btcusdt',
      takerFeeRate: '0.0005',
      fees: { enabled: false },
    },
    path: {
      kind: 'named',
      name: 'slow-bleed',
      seed: 'lesson-05-tiers',
      startPrice: '60000',
      horizonHours: 48,
      steps: 288,
      magnitude: '0.1',
    },
  },
  {
    id: 'bybit-linear-10x-long',
    title: 'The running example under Bybit’s rules',
    description: `The 1 BTC, 10× long computed with Bybit’s linear formula, which values maintenance margin at the entry price: liquidation at ${liquidationOf({ ...btcLong('10'), rules: 'bybit-linear' })}. A choppy market swings 5% either way.`,
    lesson: 'how-exchanges-compute-the-liquidation-price',
    position: { ...btcLong('10'), rules: 'bybit-linear' },
    path: {
      kind: 'named',
      name: 'choppy-range',
      seed: 'lesson-05-bybit',
      startPrice: '60000',
      horizonHours: 48,
      steps: 288,
      magnitude: '0.05',
    },
  },
  {
    id: 'short-squeeze-20x',
    title: 'Short squeeze after a new high, 20× short',
    description: `The price breaks its previous high and rallies 15% to ${pathExtreme('60000', '0.15', 1)}. A 20× short of 1 BTC, liquidated at ${liquidationOf(btcShort('20'))}, is closed on the way up — its forced buy adds to the rally.`,
    lesson: 'shorts-and-short-squeezes',
    position: btcShort('20'),
    path: {
      kind: 'named',
      name: 'short-squeeze-after-new-high',
      seed: 'lesson-06-squeeze',
      startPrice: '60000',
      horizonHours: 24,
      steps: 288,
      magnitude: '0.15',
    },
  },
  {
    id: 'short-squeeze-3x',
    title: 'The same squeeze, 3× short',
    description: `The identical squeeze to ${pathExtreme('60000', '0.15', 1)} against a 3× short whose liquidation price is ${liquidationOf(btcShort('3'))}. The position shows a large unrealized loss at the peak but is not liquidated.`,
    lesson: 'shorts-and-short-squeezes',
    position: btcShort('3'),
    path: {
      kind: 'named',
      name: 'short-squeeze-after-new-high',
      seed: 'lesson-06-squeeze',
      startPrice: '60000',
      horizonHours: 24,
      steps: 288,
      magnitude: '0.15',
    },
  },
  {
    id: 'stop-loss-flash-crash',
    title: 'A flash crash with a stop-loss 5% below the entry',
    description: `The 10× long with a stop-market order at ${markedGiven('57000')} meets a crash that takes the mark price to ${pathExtreme('60000', '0.12', -1)}, below its liquidation price. The stop fires on the way down and fills a little below its trigger: a loss of about half the margin instead of all of it.`,
    lesson: 'stop-losses',
    position: btcLong('10'),
    stopLoss: '57000',
    path: {
      kind: 'named',
      name: 'flash-crash-wick',
      seed: 'lesson-07-crash',
      startPrice: '60000',
      horizonHours: 8,
      steps: 480,
      magnitude: '0.13',
      markMagnitude: '0.12',
    },
  },
  {
    id: 'long-10x-flash-crash-no-stop',
    title: 'The same flash crash without a stop',
    description: `The identical crash against the same 10× long with no stop-loss. The mark price reaches ${pathExtreme('60000', '0.12', -1)}, below the liquidation price of ${liquidationOf(btcLong('10'))}, and the whole ${marginOf(btcLong('10'))} USDT margin is lost.`,
    lesson: 'stop-losses',
    position: btcLong('10'),
    path: {
      kind: 'named',
      name: 'flash-crash-wick',
      seed: 'lesson-07-crash',
      startPrice: '60000',
      horizonHours: 8,
      steps: 480,
      magnitude: '0.13',
      markMagnitude: '0.12',
    },
  },
  {
    id: 'choppy-range-tight-stop',
    title: 'A tight stop in a choppy range',
    description:
      'A 10× long with its stop only 1% below the entry, in a market that swings 4% either way without trending. Count how quickly ordinary noise reaches the stop.',
    lesson: 'opening-calmly',
    position: btcLong('10'),
    stopLoss: '59400',
    path: {
      kind: 'named',
      name: 'choppy-range',
      seed: 'lesson-08-range',
      startPrice: '60000',
      horizonHours: 72,
      steps: 432,
      magnitude: '0.04',
    },
  },
  {
    id: 'volatility-band-wide-stop',
    title: 'A stop outside the volatility band',
    description: `A random market with 60% annual volatility over one day. The 0.1 BTC long at 5× has its stop at ${markedGiven('56000')}, about two daily standard deviations below the entry; try moving it inside the band and replaying different seeds.`,
    lesson: 'the-volatility-band',
    position: { ...btcLong('5'), quantity: '0.1' },
    stopLoss: '56000',
    path: {
      kind: 'gbm',
      seed: 'lesson-09-band',
      startPrice: '60000',
      annualVolatility: '0.6',
      annualDrift: '0',
      horizonDays: 1,
      steps: 288,
    },
  },
  {
    id: 'right-sized-long-10x',
    title: 'A right-sized long: 0.094 BTC risking 1%',
    description: `A ${wallet} USDT account risking 1% per trade: 0.094 BTC at ${entry} with the stop at ${markedGiven('59000')}, opened at 10×. The choppy market stops it out, filling a little below the stop, for about 110 USDT; the liquidation price of ${liquidationOf({ ...btcLong('10'), quantity: '0.094' })} is never in play.`,
    lesson: 'position-size',
    position: { ...btcLong('10'), quantity: '0.094' },
    stopLoss: '59000',
    path: {
      kind: 'named',
      name: 'choppy-range',
      seed: 'lesson-10-sizing',
      startPrice: '60000',
      horizonHours: 72,
      steps: 432,
      magnitude: '0.04',
    },
  },
  {
    id: 'oversized-long-25x',
    title: 'An oversized 25× long without a stop',
    description: `The same account puts 1 BTC on at 25× with ${marginOf(btcLong('25'))} USDT of margin and no stop. Its liquidation price, ${liquidationOf(btcLong('25'))}, lies inside the market’s ordinary 4% swing.`,
    lesson: 'position-size',
    position: btcLong('25'),
    path: {
      kind: 'named',
      name: 'choppy-range',
      seed: 'lesson-10-sizing',
      startPrice: '60000',
      horizonHours: 72,
      steps: 432,
      magnitude: '0.04',
    },
  },
  {
    id: 'funding-slow-bleed-cross',
    title: 'Funding and a slow decline in cross margin',
    description: `A 10× long in a ${wallet} USDT cross-margin account over 30 days of slow decline to ${pathExtreme('60000', '0.12', -1)}, paying funding every 8 hours. The position survives, but watch the wallet balance and the liquidation price move.`,
    lesson: 'fees-funding-and-the-insurance-fund',
    // The lesson on fees and funding: both are on. 0.01% every 8 hours is the usual base funding rate.
    position: {
      ...btcLong('10'),
      marginMode: 'cross',
      walletBalance: '10000',
      fees: { enabled: true },
      funding: { rate: '0.0001', intervalHours: 8 },
    },
    path: {
      kind: 'named',
      name: 'slow-bleed',
      seed: 'lesson-11-funding',
      startPrice: '60000',
      horizonHours: 720,
      steps: 720,
      magnitude: '0.12',
    },
  },
  {
    id: 'liquidation-event-drill',
    title: 'Liquidation-event drill',
    description: `A cascade drives the mark price 10% down to ${pathExtreme('60000', '0.1', -1)} in minutes. The 10× long without a stop is liquidated; replay it with a stop, a smaller size, extra margin or lower leverage and compare the outcomes.`,
    lesson: 'during-a-liquidation-event',
    position: btcLong('10'),
    path: {
      kind: 'named',
      name: 'flash-crash-wick',
      seed: 'lesson-12-drill',
      startPrice: '60000',
      horizonHours: 4,
      steps: 480,
      magnitude: '0.15',
      markMagnitude: '0.1',
    },
  },
];

export const sandboxPresets: readonly SandboxPreset[] = z
  .array(sandboxPresetSchema)
  .min(10)
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'preset ids must be unique')
  .parse(presets);

const byId = new Map(sandboxPresets.map((preset) => [preset.id, preset]));

export function sandboxPreset(id: string): SandboxPreset | undefined {
  return byId.get(id);
}
