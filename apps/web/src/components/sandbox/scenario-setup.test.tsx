import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { Decimal, initialMargin, liquidationPrice, namedPath } from '@liqlab/core';
import { DEFAULT_SCENARIO } from '@liqlab/scenario/default-scenario';
import { positionSpecOf } from '@liqlab/scenario/position-spec-from-scenario';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { scenarioSetup } from './scenario-setup';
import { ScenarioSetupSummary } from './scenario-setup-summary';

/** The sandbox's 50× long into the flash-crash wick, with a stop at 59,500 on the last price. */
const fiftyX = scenarioInputSchema.parse({
  title: '50× into a flash crash',
  notes: '',
  position: { ...DEFAULT_SCENARIO.position, leverage: '50', stopLoss: { price: '59500', trigger: 'last' } },
  path: {
    kind: 'named',
    name: 'flash-crash-wick',
    seed: 'sandbox',
    startPrice: '60000',
    steps: 1000,
    horizonHours: 24,
    wickPercent: '25',
    markDipPercent: '6',
  },
});

describe('scenarioSetup', () => {
  it('states the figures core computes for the position, recomputed here from the spec', () => {
    const setup = scenarioSetup(fiftyX);
    const spec = positionSpecOf(fiftyX.position);
    expect(setup).toMatchObject({
      exchange: 'Binance USDS-M (USDT-margined)',
      side: 'long',
      marginMode: 'isolated',
    });
    expect(setup.quantity.toString()).toBe('1');
    // 1 BTC at 60,000 is 60,000 USDT; at 50× that is 1,200 USDT of margin.
    expect(setup.notional.toString()).toBe('60000');
    expect(setup.initialMargin.eq(initialMargin(spec))).toBe(true);
    expect(setup.initialMargin.toString()).toBe('1200');
    expect(setup.leverage.toString()).toBe('50');
    const liquidation = liquidationPrice(spec, { includeClosingFee: false });
    expect(liquidation).not.toBeNull();
    expect(setup.liquidationPrice?.eq(liquidation as Decimal)).toBe(true);
    expect(setup.stopLoss).toEqual({ price: new Decimal('59500'), trigger: 'last' });
    expect(setup.takeProfit).toBeNull();
  });

  it('describes the path from the generated ticks themselves', () => {
    const setup = scenarioSetup(fiftyX);
    const path = namedPath('flash-crash-wick', {
      seed: 'sandbox',
      startPrice: 60000,
      steps: 1000,
      horizonHours: 24,
      wickPercent: 25,
      markDipPercent: 6,
    });
    expect(setup.path.kind).toBe('Flash-crash wick');
    expect(setup.path.ticks).toBe(path.t.length);
    expect(setup.path.durationMs).toBe((path.t.at(-1) as number) - (path.t[0] as number));
    expect(setup.path.lowestMark.toNumber()).toBe(Math.min(...path.mark));
    expect(setup.path.highestMark.toNumber()).toBe(Math.max(...path.mark));
    expect(setup.path.lowestLast?.toNumber()).toBe(Math.min(...(path.last as Float64Array)));
    // The wick takes the last price about 25 % down, the mark only about 6 %.
    expect(setup.path.lowestLast?.toNumber()).toBeLessThan(60000 * 0.8);
    expect(setup.path.lowestMark.toNumber()).toBeGreaterThan(60000 * 0.9);
  });

  it('ends as the replay ends: the stop on the last price fires in the wick', () => {
    expect(scenarioSetup(fiftyX).outcome).toBe('stopped-out');
    const { stopLoss: _stop, ...noStop } = fiftyX.position;
    expect(scenarioSetup({ ...fiftyX, position: noStop }).outcome).toBe('liquidated');
  });

  it('states cross margin with its wallet, and an inverse contract in contracts', () => {
    const cross = scenarioInputSchema.parse(scenarioFromPreset(sandboxPreset('funding-slow-bleed-cross')!));
    const setup = scenarioSetup(cross);
    expect(setup.marginMode).toBe('cross');
    expect(setup.walletBalance?.toString()).toBe(cross.position.walletBalance);
    const inverse = scenarioInputSchema.parse({
      ...fiftyX,
      position: {
        ...fiftyX.position,
        rules: 'binance-coinm',
        size: { unit: 'quantity', quantity: '600' },
        contractSize: '100',
        maintenance: { kind: 'fixed', rate: '0.004', amount: '0' },
      },
    });
    const coin = scenarioSetup(inverse);
    expect(coin.quantityUnit).toBe('contracts');
    expect(coin.marginAsset).toBe('BTC');
    // 600 contracts of 100 USD at 60,000 USD per BTC: 1 BTC.
    expect(coin.notional.toString()).toBe('1');
  });
});

describe('ScenarioSetupSummary', () => {
  it('says the setup in words and figures', () => {
    const html = renderToStaticMarkup(<ScenarioSetupSummary setup={scenarioSetup(fiftyX)} />);
    expect(html).toContain(
      'A 50× long of 1 BTC on Binance USDS-M (USDT-margined), isolated margin, opened at 60,000.00',
    );
    expect(html).toContain('with a stop-loss at 59,500.00');
    expect(html).toContain('1,200.00\u2009USDT of initial margin');
    expect(html).toContain('59,500.00 (on the last price)');
    expect(html).toContain('Flash-crash wick: 1,001 ticks over 24 hours from 60,000.00');
    expect(html).toContain('Stopped out');
  });
});
