import { LiquidationError } from '../../errors';
import { decimalField, textField } from '../venue-tiers/table-rows';
import { capitalise } from '../venue-tiers/tier-table-text';
import {
  chooseOpen,
  positionRows,
  readPositionJson,
  requiredText,
  type VenuePosition,
  venuePriceOrNull,
  ZERO,
} from './venue-position';

/**
 * A Binance USDS-M position as `GET /fapi/v2/positionRisk` returns it (Position Information V2,
 * https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Position-Information-V2):
 * a list of `{ symbol, positionAmt, entryPrice, markPrice, liquidationPrice, leverage, marginType,
 * isolatedMargin, isolatedWallet, unRealizedProfit, positionSide, … }`, every number a string.
 * `positionAmt` is signed (negative for a short, in one-way and hedge mode alike); rows of size zero
 * are symbols without a position. For an isolated position the formula's WB is the isolated wallet
 * (`isolatedWallet`; `isolatedMargin` is that wallet plus the unrealised PnL). A cross position's
 * wallet balance is an account figure the position report does not carry: the page asks for it.
 */
export function binancePositionFromJson(text: string, symbol?: string): VenuePosition {
  const value = readPositionJson(text, 'Binance', 'GET /fapi/v2/positionRisk');
  const list = Array.isArray(value) ? value : [value];
  const rows = positionRows(list, 'positions', 'Binance');
  const open = rows
    .map((row) => ({
      row,
      symbol: requiredText(row, 'symbol'),
      amount: decimalField(row, 'positionAmt', { nonNegative: false }),
    }))
    .filter((p) => !p.amount.isZero());
  const row = chooseOpen(open, symbol, 'Binance');
  const at = (key: string) => `${row.path}.${key}`;
  const name = requiredText(row, 'symbol');
  if (name.includes('_')) {
    // COIN-M symbols (BTCUSD_PERP) count contracts, not coins: a different report and formula.
    throw new LiquidationError(
      'NOT_SUPPORTED',
      `${name} is a COIN-M contract; only USDS-M positions (e.g. BTCUSDT) are read here. Enter a COIN-M position by hand.`,
      at('symbol'),
    );
  }
  const amount = decimalField(row, 'positionAmt', { nonNegative: false });
  const marginType = requiredText(row, 'marginType').toLowerCase();
  if (marginType !== 'isolated' && marginType !== 'cross' && marginType !== 'crossed') {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `${capitalise(row.label)}: marginType must be "isolated" or "cross", got "${marginType}".`,
      at('marginType'),
    );
  }
  const isolated = marginType === 'isolated';
  const wallet = isolated
    ? row.values.isolatedWallet !== undefined
      ? decimalField(row, 'isolatedWallet')
      : decimalField(row, 'isolatedMargin').minus(
          decimalField(row, 'unRealizedProfit', { nonNegative: false }),
        )
    : undefined;
  const entryPrice = decimalField(row, 'entryPrice');
  if (entryPrice.isZero()) {
    throw new LiquidationError(
      'NOT_POSITIVE',
      `${capitalise(row.label)}: entryPrice is 0.`,
      at('entryPrice'),
    );
  }
  const mark = decimalField(row, 'markPrice', { emptyAs: ZERO });
  return {
    venue: 'binance',
    rules: 'binance-usdm',
    symbol: textField(row, 'symbol') ?? name,
    side: amount.isNegative() ? 'short' : 'long',
    marginMode: isolated ? 'isolated' : 'cross',
    quantity: amount.abs().toFixed(),
    entryPrice: entryPrice.toFixed(),
    leverage: decimalField(row, 'leverage').toFixed(),
    ...(wallet === undefined ? {} : { margin: wallet.toFixed() }),
    ...(mark.isZero() ? {} : { markPrice: mark.toFixed() }),
    venueLiquidationPrice: venuePriceOrNull(decimalField(row, 'liquidationPrice', { emptyAs: ZERO })),
  };
}
