import { liquidationPrice, parseVenuePosition, survivingAMove, volatilityBand } from '@liqlab/core';
import { DEFAULT_SCENARIO } from '@liqlab/scenario/default-scenario';
import { engineInputsOf } from '@liqlab/scenario/engine-inputs-from-scenario';
import { customTierTableFromText } from '@liqlab/scenario/scenario-tier-table';
import { describe, expect, it } from 'vitest';
import { parsePosition } from '~/components/sandbox/scenario-schema-validator';
import { DEFAULT_MARKET, explainFigures } from './explain-figures';
import { explainScenario, marketFromLink, marketQuery } from './explain-link';
import { withVenuePosition } from './venue-position-edits';

const OKX_TIERS = JSON.stringify({
  code: '0',
  msg: '',
  data: [
    {
      instFamily: 'BTC-USDT',
      tier: '1',
      minSz: '0',
      maxSz: '500',
      mmr: '0.004',
      imr: '0.01',
      maxLever: '100',
    },
    {
      instFamily: 'BTC-USDT',
      tier: '2',
      minSz: '501',
      maxSz: '1000',
      mmr: '0.005',
      imr: '0.0133',
      maxLever: '75',
    },
  ],
});
const OKX_POSITION = JSON.stringify({
  code: '0',
  msg: '',
  data: [
    {
      instType: 'SWAP',
      instId: 'BTC-USDT-SWAP',
      mgnMode: 'isolated',
      posSide: 'net',
      pos: '-600',
      avgPx: '60000',
      markPx: '60120.4',
      last: '60150.1',
      liqPx: '62700.3',
      lever: '20',
      margin: '18000',
    },
  ],
});

function okxPosition() {
  const pasted = parseVenuePosition(OKX_POSITION, { venue: 'okx', contractSize: '0.01' });
  const table = customTierTableFromText(OKX_TIERS, {
    venue: 'okx',
    contractSize: '0.01',
    asOf: '2026-12-05',
  });
  const draft = {
    ...withVenuePosition(DEFAULT_SCENARIO.position, pasted),
    maintenance: { kind: 'custom-tiers' as const, table },
  };
  const parsed = parsePosition(draft);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { pasted, position: parsed.value };
}

describe('explainFigures', () => {
  it("explains a pasted OKX short with OKX's tiers: the engine's price, OKX's fee included, the venue's figure beside it", () => {
    const { pasted, position } = okxPosition();
    expect(position).toMatchObject({ rules: 'okx-linear', side: 'short', fees: { enabled: true } });
    const market = {
      ...DEFAULT_MARKET,
      markPrice: pasted.markPrice!,
      lastPrice: pasted.lastPrice!,
      venueLiquidationPrice: pasted.venueLiquidationPrice!,
    };
    const result = explainFigures(position, market);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { figures } = result;
    const { spec, feeOptions } = engineInputsOf(position);
    const engine = liquidationPrice(spec, feeOptions)!;
    expect(figures.explanation.liquidationPrice!.eq(engine)).toBe(true);
    expect(figures.explanation.tier!.number).toBe(2); // 600 contracts: tier 2 (501–1000)
    expect(figures.venue!.difference.eq(engine.minus('62700.3'))).toBe(true);
    expect(figures.table).toMatchObject({ kind: 'custom', venue: 'okx', date: '2026-12-05' });
    // The band is around the mark price; its adverse edge for a short is the upper one, and the move tested is to it.
    const band = volatilityBand({ price: '60120.4', annualVolatility: 0.6, horizonDays: 1 });
    expect(figures.band!.adverse.eq(band.upper)).toBe(true);
    expect(figures.move!.fromBand).toBe(true);
    expect(figures.move!.outcome).toEqual(survivingAMove(spec, band.upper, feeOptions));
  });

  it('tests a move the learner gives, measured from the mark price against the position', () => {
    const { position } = okxPosition();
    const result = explainFigures(position, { ...DEFAULT_MARKET, markPrice: '60000', movePercent: '10' });
    if (!result.ok) throw new Error('expected figures');
    expect(result.figures.move!.outcome.price.toString()).toBe('66000');
    expect(result.figures.move!.fromBand).toBe(false);
  });

  it('names unreadable market inputs next to their fields and still explains the position', () => {
    const { position } = okxPosition();
    const result = explainFigures(position, {
      ...DEFAULT_MARKET,
      markPrice: 'sixty',
      lastPrice: '-1',
      movePercent: '150',
      annualVolatility: '0',
    });
    if (!result.ok) throw new Error('expected figures');
    expect(result.marketErrors).toEqual({
      markPrice: 'Write a decimal number such as 60000 or 0.5.',
      lastPrice: 'The last price must be above zero.',
      movePercent: 'The move is a percentage above 0 and below 100 (8 = 8% against you).',
      annualVolatility: 'The volatility must be a number above zero.',
    });
    expect(result.figures.band).toBeNull();
    expect(result.figures.explanation.liquidationPrice).not.toBeNull();
  });

  it("returns the engine's refusal as a field error (leverage above the tier's maximum)", () => {
    const { position } = okxPosition();
    const result = explainFigures({ ...position, leverage: '90' }, DEFAULT_MARKET);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.leverage).toContain('at most 75×');
  });
});

describe('explain links', () => {
  it('carry the market inputs beside the scenario, and the volatility and horizon in its path', () => {
    const { position } = okxPosition();
    const market = {
      ...DEFAULT_MARKET,
      markPrice: '60120.4',
      movePercent: '8',
      annualVolatility: '0.9',
      horizonDays: '3',
    };
    const scenario = explainScenario('My OKX short', position, market);
    expect(scenario.path).toMatchObject({
      kind: 'gbm',
      startPrice: '60120.4',
      annualVolatility: '0.9',
      horizonDays: 3,
    });
    const query = Object.fromEntries(new URLSearchParams(marketQuery(market)));
    expect(query).toEqual({ mark: '60120.4', move: '8' });
    expect(marketFromLink(query, scenario.path as never)).toEqual({ ...market });
  });
});
