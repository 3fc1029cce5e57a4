import { type Decimal, toOptionalDecimal, toPositiveDecimal } from '../../decimal';
import { describeInput } from '../../describe-input';
import { LiquidationError } from '../../errors';
import { decimalField } from '../venue-tiers/table-rows';
import { capitalise } from '../venue-tiers/tier-table-text';
import {
  chooseOpen,
  positionError,
  positionRows,
  readPositionJson,
  requiredText,
  type VenuePosition,
  venuePriceOrNull,
  ZERO,
} from './venue-position';

/**
 * An OKX position as `GET /api/v5/account/positions` returns it
 * (https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-positions):
 * `{ "code": "0", "msg": "", "data": [{ instType, instId, mgnMode, posSide, pos, avgPx, markPx, last,
 * liqPx, lever, margin, … }] }`. `pos` is the size in contracts — signed in net mode (`posSide`
 * "net"), positive with `posSide` "long"/"short" in long/short mode — so the engine's base-unit
 * quantity is |pos| × the contract's face value (`ctVal` from GET /api/v5/public/instruments, which
 * this response does not carry). `margin` is the isolated margin; `markPx` and `last` are both given,
 * which is what the page needs to show the two prices apart.
 *
 * Size: OKX trades a contract in steps of its lot size (`lotSz`, in contracts) from a minimum
 * (`minSz`), both in the same instruments response; a position is a whole number of lots. When given,
 * `pos` is checked against them and refused with a plain message rather than rounded: a size that is
 * not a whole number of lots means the face value, the lot or the paste is not this instrument's.
 */
export interface OkxContractSpec {
  /** `ctVal`: base units per contract. */
  contractSize: string;
  /** `lotSz`: the size step, in contracts. */
  lotSize?: string;
  /** `minSz`: the smallest size, in contracts. */
  minSize?: string;
  symbol?: string;
}

/** Refuses a size in contracts that is not a whole number of OKX lots, or below the minimum size. */
export function checkOkxContracts(
  contracts: Decimal,
  spec: Pick<OkxContractSpec, 'lotSize' | 'minSize'>,
  field: string,
  label = 'The size',
): void {
  const lot = toOptionalDecimal(spec.lotSize, 'lotSize');
  const min = toOptionalDecimal(spec.minSize, 'minSize');
  if (lot !== undefined && !lot.isPositive()) {
    throw new LiquidationError('NOT_POSITIVE', `lotSize must be above 0, got ${lot}.`, 'lotSize');
  }
  if (lot !== undefined && !lot.isZero() && !contracts.mod(lot).isZero()) {
    const below = contracts.div(lot).floor().times(lot);
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `${label} ${contracts} contracts is not a whole number of OKX lots (lotSz ${lot}): ${below} or ${below.plus(lot)} would be. Check the instrument's ctVal and lotSz in /api/v5/public/instruments.`,
      field,
    );
  }
  if (min !== undefined && contracts.lt(min)) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `${label} ${contracts} contracts is below OKX's minimum size for this instrument (minSz ${min}).`,
      field,
    );
  }
}

export function okxPositionFromJson(text: string, options: OkxContractSpec): VenuePosition {
  const faceValue = toPositiveDecimal(options?.contractSize, 'contractSize');
  const value = readPositionJson(text, 'OKX', 'GET /api/v5/account/positions');
  let list: unknown = value;
  let path = 'positions';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const envelope = value as { code?: unknown; msg?: unknown; data?: unknown };
    if (envelope.code !== undefined && String(envelope.code) !== '0') {
      throw positionError(
        `OKX returned error ${describeInput(envelope.code)} instead of positions: ${describeInput(envelope.msg ?? '')}.`,
        'code',
      );
    }
    if (!('data' in envelope)) {
      throw positionError(
        'The OKX response has no "data" list: paste the whole response of /api/v5/account/positions.',
        'data',
      );
    }
    list = envelope.data;
    path = 'data';
  }
  const rows = positionRows(list, path, 'OKX');
  const open = rows
    .map((row) => ({
      row,
      symbol: requiredText(row, 'instId'),
      size: decimalField(row, 'pos', { nonNegative: false }),
    }))
    .filter((p) => !p.size.isZero());
  const row = chooseOpen(open, options.symbol, 'OKX');
  const at = (key: string) => `${row.path}.${key}`;
  const label = capitalise(row.label);
  const instId = requiredText(row, 'instId');
  const instType = row.values.instType;
  if (instType !== undefined && instType !== 'SWAP' && instType !== 'FUTURES') {
    throw new LiquidationError(
      'NOT_SUPPORTED',
      `${label}: ${describeInput(instType)} positions are not perpetual swaps or futures; only those are explained here.`,
      at('instType'),
    );
  }
  if (!/-USDT-/.test(`${instId}-`)) {
    throw new LiquidationError(
      'NOT_SUPPORTED',
      `${instId} is not USDT-margined; only OKX's USDT swaps (e.g. BTC-USDT-SWAP) are read here.`,
      at('instId'),
    );
  }
  const size = decimalField(row, 'pos', { nonNegative: false });
  checkOkxContracts(size.abs(), options, at('pos'), `${label}: pos`);
  const posSide = requiredText(row, 'posSide');
  if (posSide !== 'long' && posSide !== 'short' && posSide !== 'net') {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `${label}: posSide must be "long", "short" or "net", got ${describeInput(posSide)}.`,
      at('posSide'),
    );
  }
  const mgnMode = requiredText(row, 'mgnMode');
  if (mgnMode !== 'isolated' && mgnMode !== 'cross') {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `${label}: mgnMode must be "isolated" or "cross", got ${describeInput(mgnMode)}.`,
      at('mgnMode'),
    );
  }
  const side = posSide === 'net' ? (size.isNegative() ? 'short' : 'long') : posSide;
  const entryPrice = decimalField(row, 'avgPx');
  if (entryPrice.isZero()) {
    throw new LiquidationError('NOT_POSITIVE', `${label}: avgPx is 0.`, at('avgPx'));
  }
  const mark = decimalField(row, 'markPx', { emptyAs: ZERO });
  const last = decimalField(row, 'last', { emptyAs: ZERO });
  const margin = mgnMode === 'isolated' ? decimalField(row, 'margin') : undefined;
  return {
    venue: 'okx',
    rules: 'okx-linear',
    symbol: instId,
    side,
    marginMode: mgnMode,
    quantity: size.abs().times(faceValue).toFixed(),
    entryPrice: entryPrice.toFixed(),
    leverage: decimalField(row, 'lever').toFixed(),
    ...(margin === undefined ? {} : { margin: margin.toFixed() }),
    ...(mark.isZero() ? {} : { markPrice: mark.toFixed() }),
    ...(last.isZero() ? {} : { lastPrice: last.toFixed() }),
    venueLiquidationPrice: venuePriceOrNull(decimalField(row, 'liqPx', { emptyAs: ZERO })),
  };
}
