import { Decimal, isLiquidationError } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { computePanel } from './panel-figures';
import { DEFAULT_STATE, type PositionDraft, type SandboxState } from './sandbox-state';
import { scenarioSchemaValidator } from './scenario-schema-validator';

const fixed = { kind: 'fixed', rate: '0.005', amount: '0' } as const;

function withPosition(patch: Partial<PositionDraft>): SandboxState {
  return {
    ...DEFAULT_STATE,
    scenario: { ...DEFAULT_STATE.scenario, position: { ...DEFAULT_STATE.scenario.position, ...patch } },
  };
}

function figures(state: SandboxState) {
  const result = computePanel(state, scenarioSchemaValidator);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.figures;
}

describe('computePanel', () => {
  it('reproduces the course example: 1 BTC long at 60,000, 10×, 0.5 % maintenance', () => {
    const f = figures(withPosition({ maintenance: fixed }));
    expect(f.initialMargin.toString()).toBe('6000');
    expect(f.liquidationPrice?.toFixed(2)).toBe('54271.36');
    expect(f.bankruptcyPrice?.toString()).toBe('54000');
    // At the entry the balance is the margin: 300 / 6000.
    expect(f.marginRatio.toString()).toBe('0.05');
    expect(f.maxLoss.toString()).toBe('6000');
    expect(f.maxLossBound).toBe('margin');
  });

  it('uses the Binance BTCUSDT brackets: cap and maintenance amount of the entry bracket', () => {
    const f = figures(DEFAULT_STATE);
    expect(f.maxLeverage.toString()).toBe('100');
    // (6000 + 50 − 60000) / (0.005 − 1)
    expect(f.liquidationPrice?.toString()).toBe(new Decimal(-53950).div('-0.995').toString());
  });

  it('converts a size in quote into an exact quantity', () => {
    const f = figures(withPosition({ size: { unit: 'quote', notional: '30000' }, maintenance: fixed }));
    expect(f.quantity.toString()).toBe('0.5');
    expect(f.notional.toString()).toBe('30000');
    expect(f.initialMargin.toString()).toBe('3000');
  });

  it('bounds the max loss by the stop-loss when it sits before the liquidation price', () => {
    const f = figures(withPosition({ maintenance: fixed, stopLoss: { price: '57000', trigger: 'mark' } }));
    expect(f.maxLoss.toString()).toBe('3000');
    expect(f.maxLossBound).toBe('stop-loss');
    expect(f.stopProbability).toBeGreaterThan(0);
  });

  it('gives the probability and the σ distance from the random walk’s own volatility', () => {
    const f = figures(withPosition({ maintenance: fixed }));
    expect(f.analysis?.fromPath).toBe(true);
    expect(f.distance?.percent.toFixed(4)).toBe('9.5477');
    expect(f.liquidationProbability).toBeGreaterThan(0);
    expect(f.liquidationProbability).toBeLessThan(0.1);
  });

  it('shows fees only when they are switched on', () => {
    expect(figures(DEFAULT_STATE).openingFee).toBeNull();
    const f = figures(withPosition({ fees: { enabled: true } }));
    expect(f.openingFee?.toString()).toBe('30');
    expect(f.closingFee?.toString()).toBe('30');
  });

  it('puts a schema error next to its field', () => {
    const result = computePanel(withPosition({ entryPrice: '6e4' }), scenarioSchemaValidator);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.entryPrice).toMatch(/without an exponent/);
  });

  it('puts the engine’s LiquidationError next to the field that caused it', () => {
    const result = computePanel(withPosition({ leverage: '120' }), scenarioSchemaValidator);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.leverage).toMatch(/can be at most 100× for this position/);
    const tooBig = computePanel(
      withPosition({ size: { unit: 'quantity', quantity: '100000' } }),
      scenarioSchemaValidator,
    );
    if (!tooBig.ok) expect(tooBig.errors.size).toMatch(/larger than the largest maintenance bracket/);
    expect(tooBig.ok).toBe(false);
  });

  it('states the bracket’s real cap when the leverage is beyond even the schema’s outer bound', () => {
    // The engine's own refusal just above the cap names it; the schema's refusal must name the same.
    const refused = computePanel(withPosition({ leverage: '120' }), scenarioSchemaValidator);
    const cap = !refused.ok ? /at most (\d+)×/.exec(refused.errors.leverage ?? '')?.[1] : undefined;
    expect(cap).toBeDefined();
    const result = computePanel(withPosition({ leverage: '250' }), scenarioSchemaValidator);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.leverage).toBe(`The leverage must be from 1× to ${cap}×.`);
  });

  it('flags a stop-loss on the wrong side without hiding the figures', () => {
    const result = computePanel(
      withPosition({ stopLoss: { price: '61000', trigger: 'mark' } }),
      scenarioSchemaValidator,
    );
    expect(result.ok).toBe(true);
    expect(result.errors['stopLoss.price']).toMatch(/below the entry/);
  });

  it('never throws a non-engine error for a cross position on an isolated-only exchange', () => {
    const result = computePanel(
      withPosition({ rules: 'okx-linear', marginMode: 'cross', walletBalance: '10000', maintenance: fixed }),
      scenarioSchemaValidator,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.marginMode).toBe('OKX USDT swap publishes an isolated-margin formula only.');
    expect(isLiquidationError(result)).toBe(false);
  });
});
