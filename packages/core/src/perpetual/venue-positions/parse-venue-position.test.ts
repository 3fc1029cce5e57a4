import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal';
import { liquidationPrice } from '../liquidation-price';
import { expectLiquidationError } from '../venue-tiers/expect-liquidation-error';
import { parseVenuePosition } from './parse-venue-position';

// Binance's own hedge-mode example of GET /fapi/v2/positionRisk (Position Information V2 docs).
const BINANCE_HEDGE = [
  {
    symbol: 'BTCUSDT',
    positionAmt: '0.001',
    entryPrice: '22185.2',
    breakEvenPrice: '0.0',
    markPrice: '21123.05052574',
    unRealizedProfit: '-1.06214947',
    liquidationPrice: '19731.45529116',
    leverage: '4',
    maxNotionalValue: '100000000',
    marginType: 'cross',
    isolatedMargin: '0.00000000',
    isAutoAddMargin: 'false',
    positionSide: 'LONG',
    notional: '21.12305052',
    isolatedWallet: '0',
    updateTime: 1655217461579,
  },
  {
    symbol: 'BTCUSDT',
    positionAmt: '0.000',
    entryPrice: '0.0',
    breakEvenPrice: '0.0',
    markPrice: '21123.05052574',
    unRealizedProfit: '0.00000000',
    liquidationPrice: '0',
    leverage: '4',
    maxNotionalValue: '100000000',
    marginType: 'cross',
    isolatedMargin: '0.00000000',
    isAutoAddMargin: 'false',
    positionSide: 'SHORT',
    notional: '0',
    isolatedWallet: '0',
    updateTime: 0,
  },
];

// One-way isolated short in the same shape (this test's figures).
const BINANCE_ISOLATED_SHORT = {
  symbol: 'ETHUSDT',
  positionAmt: '-2.500',
  entryPrice: '3000.5',
  markPrice: '3010.1',
  unRealizedProfit: '-24.0',
  liquidationPrice: '3276.1',
  leverage: '10',
  marginType: 'isolated',
  isolatedMargin: '726.125',
  isolatedWallet: '750.125',
  positionSide: 'BOTH',
};

const okxRow = (patch: Record<string, unknown> = {}) => ({
  instType: 'SWAP',
  instId: 'BTC-USDT-SWAP',
  mgnMode: 'isolated',
  posSide: 'net',
  pos: '-150',
  avgPx: '60000',
  markPx: '60120.4',
  last: '60150.1',
  liqPx: '62700.3',
  lever: '20',
  margin: '450',
  ...patch,
});
const okx = (rows: unknown[], envelope: Record<string, unknown> = { code: '0', msg: '' }) =>
  JSON.stringify({ ...envelope, data: rows });

describe('parseVenuePosition: Binance positionRisk', () => {
  it("reads Binance's documented hedge-mode response: the open LONG row, cross, with the venue's own figures", () => {
    const position = parseVenuePosition(JSON.stringify(BINANCE_HEDGE), { venue: 'binance' });
    expect(position).toEqual({
      venue: 'binance',
      rules: 'binance-usdm',
      symbol: 'BTCUSDT',
      side: 'long',
      marginMode: 'cross',
      quantity: '0.001',
      entryPrice: '22185.2',
      leverage: '4',
      markPrice: '21123.05052574',
      venueLiquidationPrice: '19731.45529116',
    });
  });

  it('reads an isolated short: the size from the signed positionAmt, the wallet as the formula’s WB', () => {
    const position = parseVenuePosition(JSON.stringify([BINANCE_ISOLATED_SHORT]), { venue: 'binance' });
    expect(position).toMatchObject({
      side: 'short',
      quantity: '2.5',
      margin: '750.125',
      marginMode: 'isolated',
    });
    // Without isolatedWallet: isolatedMargin − unRealizedProfit is the same wallet.
    const { isolatedWallet: _, ...older } = BINANCE_ISOLATED_SHORT;
    expect(parseVenuePosition(JSON.stringify([older]), { venue: 'binance' }).margin).toBe('750.125');
  });

  it("prices the pasted position with the engine (the venue's figure is kept beside it, not used)", () => {
    const p = parseVenuePosition(JSON.stringify([BINANCE_ISOLATED_SHORT]), { venue: 'binance' });
    const price = liquidationPrice({
      rules: p.rules,
      side: p.side,
      marginMode: p.marginMode,
      quantity: p.quantity,
      entryPrice: p.entryPrice,
      leverage: p.leverage,
      margin: p.margin!,
      maintenanceMarginRate: '0.005',
    });
    // (750.125 + 2.5 × 3000.5) / (2.5 × 0.005 + 2.5)
    expect(price!.eq(new Decimal('750.125').plus('7501.25').div('2.5125'))).toBe(true);
  });

  it('asks which symbol when several positions are open, and refuses one that is not there', () => {
    const both = JSON.stringify([BINANCE_HEDGE[0], BINANCE_ISOLATED_SHORT]);
    expectLiquidationError(
      () => parseVenuePosition(both, { venue: 'binance' }),
      'INVALID_ARGUMENT',
      'symbol',
      '2 open positions',
      'BTCUSDT, ETHUSDT',
    );
    expect(parseVenuePosition(both, { venue: 'binance', symbol: 'ETHUSDT' }).symbol).toBe('ETHUSDT');
    expectLiquidationError(
      () => parseVenuePosition(both, { venue: 'binance', symbol: 'SOLUSDT' }),
      'INVALID_ARGUMENT',
      'symbol',
      'no open position in "SOLUSDT"',
    );
  });

  it.each([
    ['', 'position', 'The position is empty'],
    ['symbol,positionAmt\nBTCUSDT,1', 'position', 'This is not JSON'],
    ['[{"symbol": "BTCUSDT",', 'position', 'does not parse'],
    ['"BTCUSDT"', 'position', 'This is not JSON'],
    [JSON.stringify([BINANCE_HEDGE[1]]), 'position', 'no open position'],
    [JSON.stringify([42]), 'positions[0]', 'Position 1 of the Binance response must be an object'],
  ])('refuses %j with a plain message', (text, field, message) => {
    expectLiquidationError(
      () => parseVenuePosition(text, { venue: 'binance' }),
      'INVALID_ARGUMENT',
      field,
      message,
    );
  });

  it('names the row and the field of a missing or malformed number', () => {
    const { entryPrice: _, ...noEntry } = BINANCE_ISOLATED_SHORT;
    expectLiquidationError(
      () => parseVenuePosition(JSON.stringify([noEntry]), { venue: 'binance' }),
      'MISSING_FIELD',
      'positions[0].entryPrice',
      'Position 1: entryPrice is missing.',
    );
    expectLiquidationError(
      () =>
        parseVenuePosition(JSON.stringify([{ ...BINANCE_ISOLATED_SHORT, leverage: 'ten' }]), {
          venue: 'binance',
        }),
      'INVALID_NUMBER',
      'positions[0].leverage',
      'must be a decimal number, got "ten"',
    );
    expectLiquidationError(
      () =>
        parseVenuePosition(JSON.stringify([{ ...BINANCE_ISOLATED_SHORT, marginType: 'portfolio' }]), {
          venue: 'binance',
        }),
      'INVALID_ARGUMENT',
      'positions[0].marginType',
      'must be "isolated" or "cross"',
    );
  });

  it('refuses a COIN-M position with a pointer to entering it by hand', () => {
    const coin = { ...BINANCE_ISOLATED_SHORT, symbol: 'BTCUSD_PERP' };
    expectLiquidationError(
      () => parseVenuePosition(JSON.stringify([coin]), { venue: 'binance' }),
      'NOT_SUPPORTED',
      'positions[0].symbol',
      'COIN-M',
    );
  });
});

describe('parseVenuePosition: OKX positions', () => {
  it('reads a net-mode short: contracts × face value, isolated margin, mark and last prices', () => {
    const position = parseVenuePosition(okx([okxRow()]), { venue: 'okx', contractSize: '0.01' });
    expect(position).toEqual({
      venue: 'okx',
      rules: 'okx-linear',
      symbol: 'BTC-USDT-SWAP',
      side: 'short',
      marginMode: 'isolated',
      quantity: '1.5',
      entryPrice: '60000',
      leverage: '20',
      margin: '450',
      markPrice: '60120.4',
      lastPrice: '60150.1',
      venueLiquidationPrice: '62700.3',
    });
  });

  it('takes the side from posSide in long/short mode and reads an empty liqPx as no estimate', () => {
    const position = parseVenuePosition(okx([okxRow({ posSide: 'long', pos: '3', liqPx: '' })]), {
      venue: 'okx',
      contractSize: '0.01',
    });
    expect(position).toMatchObject({ side: 'long', quantity: '0.03', venueLiquidationPrice: null });
  });

  it('checks the size against the contract spec when given: whole lots, at least the minimum', () => {
    // 150 contracts in lots of 1 (and of 0.01), minimum 1: accepted.
    for (const lotSize of ['1', '0.01']) {
      const spec = { venue: 'okx' as const, contractSize: '0.01', lotSize, minSize: '1' };
      expect(parseVenuePosition(okx([okxRow()]), spec).quantity).toBe('1.5');
    }
    // −150.5 contracts is not a whole number of 1-contract lots: refused, naming the lots either side.
    expectLiquidationError(
      () =>
        parseVenuePosition(okx([okxRow({ pos: '-150.5' })]), {
          venue: 'okx',
          contractSize: '0.01',
          lotSize: '1',
        }),
      'INVALID_ARGUMENT',
      'data[0].pos',
      'not a whole number of OKX lots (lotSz 1)',
      '150 or 151',
    );
    expectLiquidationError(
      () =>
        parseVenuePosition(okx([okxRow({ pos: '0.5' })]), {
          venue: 'okx',
          contractSize: '0.01',
          lotSize: '0.1',
          minSize: '1',
        }),
      'INVALID_ARGUMENT',
      'data[0].pos',
      'below OKX',
      'minSz 1',
    );
    // Without a lot size nothing is assumed: a fractional size is read as given.
    expect(
      parseVenuePosition(okx([okxRow({ pos: '0.5' })]), { venue: 'okx', contractSize: '0.01' }).quantity,
    ).toBe('0.005');
  });

  it("refuses OKX's error envelope, a response without data, and a missing face value", () => {
    expectLiquidationError(
      () =>
        parseVenuePosition(okx([], { code: '50113', msg: 'Invalid Sign' }), {
          venue: 'okx',
          contractSize: '0.01',
        }),
      'INVALID_ARGUMENT',
      'code',
      'OKX returned error "50113"',
      'Invalid Sign',
    );
    expectLiquidationError(
      () => parseVenuePosition('{"code":"0","msg":""}', { venue: 'okx', contractSize: '0.01' }),
      'INVALID_ARGUMENT',
      'data',
      'no "data" list',
    );
    expectLiquidationError(
      () => parseVenuePosition(okx([okxRow()]), { venue: 'okx', contractSize: '' }),
      'MISSING_FIELD',
      'contractSize',
    );
  });

  it.each([
    [{ posSide: 'both' }, 'data[0].posSide', 'posSide must be "long", "short" or "net"'],
    [{ mgnMode: 'portfolio' }, 'data[0].mgnMode', 'mgnMode must be "isolated" or "cross"'],
    [{ instId: 'BTC-USD-SWAP' }, 'data[0].instId', 'not USDT-margined'],
    [{ instType: 'MARGIN' }, 'data[0].instType', 'not perpetual swaps or futures'],
    [{ avgPx: '0' }, 'data[0].avgPx', 'avgPx is 0'],
    [{ lever: '' }, 'data[0].lever', 'lever is missing'],
  ])('refuses a row with %j', (patch, field, message) => {
    let thrown: unknown;
    try {
      parseVenuePosition(okx([okxRow(patch)]), { venue: 'okx', contractSize: '0.01' });
    } catch (error) {
      thrown = error;
    }
    expect((thrown as { field?: string }).field).toBe(field);
    expect((thrown as Error).message).toContain(message);
  });

  it('refuses a venue it cannot read', () => {
    expectLiquidationError(
      () => parseVenuePosition('[]', { venue: 'bybit' } as never),
      'NOT_SUPPORTED',
      'venue',
      'binance, okx',
    );
  });
});
