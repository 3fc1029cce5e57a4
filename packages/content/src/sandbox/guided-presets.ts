import { markedGiven } from '@liqlab/core';
import { z } from 'zod';
import { type GuidedPreset, guidedPresetSchema } from './guided-preset-schema';
import { sandboxPreset } from './presets';

function preset(id: string) {
  const found = sandboxPreset(id);
  if (!found) throw new Error(`guided preset: no sandbox preset "${id}"`);
  return found;
}

/**
 * The start panel's guided challenges: a preset that goes wrong as given, and a goal the learner reaches
 * by changing inputs. Whether a goal is met is decided from the engine's replay (packages/scenario,
 * guided-goal.ts); guided-goal.test.ts checks that each preset fails its goal as given and that a change
 * of the inputs it allows reaches it.
 */
const guided: GuidedPreset[] = [
  {
    id: 'survive-the-wick',
    name: 'Survive the wick',
    goal: {
      text: 'Make this 20× long survive the flash crash.',
      hint: 'The crash stays as it is. Try the leverage, the margin or a stop-loss, and watch the liquidation price against the lowest mark price.',
      check: { kind: 'survive' },
      keep: ['path', 'side', 'rules'],
    },
    preset: preset('mark-vs-last-wick-20x'),
  },
  {
    id: 'short-squeeze-after-a-new-high',
    name: 'Short squeeze after a new high',
    goal: {
      text: 'Keep this 20× short from being liquidated when the price breaks its high and squeezes 15% up.',
      hint: 'A short loses as the price rises. Lower leverage or more margin pushes the liquidation price above the peak; a stop-loss can close it first.',
      check: { kind: 'survive' },
      keep: ['path', 'side', 'rules'],
    },
    preset: preset('short-squeeze-20x'),
  },
  {
    id: 'slow-bleed-with-funding',
    name: 'Slow bleed with funding',
    goal: {
      text: 'This 10× long pays funding every 8 hours while the price slides 8% over two weeks. Keep it alive to the end.',
      hint: 'Each funding payment is taken from the margin, so the liquidation price creeps up towards the falling price. More margin or less leverage buys room.',
      check: { kind: 'survive' },
      keep: ['path', 'side', 'rules'],
    },
    preset: {
      id: 'guided-slow-bleed-funding',
      title: 'Slow bleed with funding, 10× long',
      description: `A 1 BTC long at ${markedGiven('60000')} with 10× leverage in isolated margin pays 0.05% funding every 8 hours — five times the usual base rate, as in a crowded market — while the price slides 8% over 14 days. The decline alone would not reach the liquidation price; the funding payments drain the margin until it does.`,
      lesson: 'fees-funding-and-the-insurance-fund',
      position: {
        rules: 'binance-usdm',
        side: 'long',
        marginMode: 'isolated',
        entryPrice: '60000',
        quantity: '1',
        leverage: '10',
        maintenanceMarginRate: '0.005',
        takerFeeRate: '0.0005',
        fees: { enabled: false },
        funding: { rate: '0.0005', intervalHours: 8 },
      },
      path: {
        kind: 'named',
        name: 'slow-bleed',
        seed: 'guided-funding-bleed',
        startPrice: '60000',
        horizonHours: 336,
        steps: 672,
        magnitude: '0.08',
      },
    },
  },
  {
    id: 'margin-loan-called',
    name: 'Margin loan called',
    goal: {
      text: 'Leverage is money the exchange lends you, and the replay flags a margin call when the margin ratio reaches 80%. Get this 25× long through the choppy day without one.',
      hint: 'The margin ratio is the maintenance margin over what is left of your margin. A bigger cushion — less leverage or more margin — keeps it lower on the dips.',
      check: { kind: 'no-margin-call', ratio: '0.8' },
      keep: ['path', 'side', 'rules'],
    },
    preset: {
      id: 'guided-margin-call',
      title: 'Margin loan called, 25× long',
      description: `A 1 BTC long at ${markedGiven('60000')} with 25× leverage, in a market that swings 4% either way for a day. The exchange lends most of the position; as the dips eat the margin, the margin ratio climbs past the 80% margin call and on to liquidation.`,
      lesson: 'borrowed-fund-margin',
      position: {
        rules: 'binance-usdm',
        side: 'long',
        marginMode: 'isolated',
        entryPrice: '60000',
        quantity: '1',
        leverage: '25',
        maintenanceMarginRate: '0.005',
        takerFeeRate: '0.0005',
        fees: { enabled: false },
      },
      path: {
        kind: 'named',
        name: 'choppy-range',
        seed: 'guided-margin-call',
        startPrice: '60000',
        horizonHours: 24,
        steps: 288,
        magnitude: '0.04',
      },
    },
  },
];

export const guidedPresets: readonly GuidedPreset[] = z
  .array(guidedPresetSchema)
  .refine((list) => new Set(list.map((g) => g.id)).size === list.length, 'guided preset ids must be unique')
  .parse(guided);

const byId = new Map(guidedPresets.map((g) => [g.id, g]));

export function guidedPreset(id: string): GuidedPreset | undefined {
  return byId.get(id);
}
