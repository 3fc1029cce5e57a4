import { describe, expect, it } from 'vitest';
import { allQuestions } from '../quizzes/course';
import type { SandboxPreset } from './preset-schema';
import { sandboxPreset, sandboxPresets } from './presets';

/**
 * An independent cross-check of the scenario answers, for the simple presets they use: a flat
 * maintenance rate and Binance's or Bybit's published isolated/cross formula with no other positions.
 * It protects the answer key from arithmetic slips; the engine remains the source of truth.
 */
function liquidationPrice(p: SandboxPreset['position']): number {
  const side = p.side === 'long' ? 1 : -1;
  const q = Number(p.quantity);
  const ep = Number(p.entryPrice);
  const mmr = Number(p.maintenanceMarginRate);
  const margin =
    p.marginMode === 'cross' ? Number(p.walletBalance) : Number(p.margin ?? (ep * q) / Number(p.leverage));
  if (p.rules === 'bybit-linear') return ep - (side * (margin - ep * q * mmr)) / q;
  if (p.rules === 'binance-usdm') return (margin - side * q * ep) / (q * mmr - side * q);
  throw new Error(`no cross-check for ${p.rules}`);
}

/** The worst mark price a named path reaches against the position (its scripted extreme). */
function worstMark(preset: SandboxPreset): number {
  const path = preset.path;
  if (path.kind !== 'named') throw new Error('scenario presets must use named paths');
  const start = Number(path.startPrice);
  const down = Number(
    path.name === 'flash-crash-wick' ? (path.markMagnitude ?? path.magnitude) : path.magnitude,
  );
  const long = preset.position.side === 'long';
  if (path.name === 'short-squeeze-after-new-high') return long ? start : start * (1 + down);
  if (path.name === 'choppy-range') return long ? start * (1 - down) : start * (1 + down);
  return long ? start * (1 - down) : start;
}

function survives(preset: SandboxPreset): boolean {
  const long = preset.position.side === 'long';
  const lp = liquidationPrice(preset.position);
  const worst = worstMark(preset);
  const beyond = (price: number, level: number) => (long ? price <= level : price >= level);
  const stop = preset.stopLoss === undefined ? undefined : Number(preset.stopLoss);
  // A stop that sits before the liquidation price and is reached closes the position first.
  if (stop !== undefined && !beyond(stop, lp) && beyond(worst, stop)) return true;
  return !beyond(worst, lp);
}

describe('scenario answers', () => {
  const scenarios = allQuestions.filter((q) => q.kind === 'scenario');

  it('exist for both outcomes', () => {
    expect(scenarios.some((q) => q.kind === 'scenario' && q.survives)).toBe(true);
    expect(scenarios.some((q) => q.kind === 'scenario' && !q.survives)).toBe(true);
  });

  it.each(scenarios.map((q) => [q.id, q] as const))('%s matches the preset’s arithmetic', (_, q) => {
    if (q.kind !== 'scenario') return;
    const preset = sandboxPreset(q.preset)!;
    expect(survives(preset)).toBe(q.survives);
  });
});

describe('preset figures quoted in descriptions', () => {
  it.each([
    ['long-10x-slow-bleed', 54271.36],
    ['mark-vs-last-wick-20x', 57286.43],
    ['cross-vs-isolated-10x', 50251.26],
    ['bybit-linear-10x-long', 54300],
    ['short-squeeze-20x', 62686.57],
    ['short-squeeze-3x', 79601.99],
    ['oversized-long-25x', 57889.45],
  ])('%s liquidates at about %s', (id, expected) => {
    expect(liquidationPrice(sandboxPreset(id)!.position)).toBeCloseTo(expected, 1);
  });

  it('are all valid and unique', () => {
    expect(new Set(sandboxPresets.map((p) => p.id)).size).toBe(sandboxPresets.length);
  });
});
