import { Decimal, toNonNegativeDecimal } from '../decimal';
import { LiquidationError } from '../errors';
import type { SlippageModel } from './replay-options';

export interface NormalizedSlippage {
  kind: 'bps' | 'gap-fraction';
  value: Decimal;
}

const NONE: NormalizedSlippage = { kind: 'bps', value: new Decimal(0) };

export function normalizeSlippage(model: SlippageModel | undefined): NormalizedSlippage {
  if (model === undefined) return NONE;
  if (model.kind === 'bps') {
    const bps = toNonNegativeDecimal(model.bps, 'slippage.bps');
    if (bps.gte(10_000))
      throw new LiquidationError('INVALID_ARGUMENT', 'slippage.bps must be below 10 000.', 'slippage.bps');
    return { kind: 'bps', value: bps.div(10_000) };
  }
  if (model.kind === 'gap-fraction') {
    return { kind: 'gap-fraction', value: toNonNegativeDecimal(model.fraction, 'slippage.fraction') };
  }
  throw new LiquidationError(
    'INVALID_ARGUMENT',
    'slippage.kind must be "bps" or "gap-fraction".',
    'slippage.kind',
  );
}

/**
 * Fill price of a market order sent when a tick at `tickPrice` triggered an order at `orderPrice`.
 * `sell` closes a long (slippage pushes the fill down), otherwise it closes a short (up). The fill
 * stays positive.
 */
export function fillPrice(
  tickPrice: Decimal,
  orderPrice: Decimal,
  sell: boolean,
  slippage: NormalizedSlippage,
): Decimal {
  const slip =
    slippage.kind === 'bps'
      ? tickPrice.times(slippage.value)
      : tickPrice.minus(orderPrice).abs().times(slippage.value);
  const fill = sell ? tickPrice.minus(slip) : tickPrice.plus(slip);
  // A price must stay positive (inverse contracts divide by it); absurd slippage bottoms out near zero.
  return fill.gt(0) ? fill : tickPrice.times('1e-9');
}
