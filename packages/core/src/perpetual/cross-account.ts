import { Decimal, toNonNegativeDecimal, toPositiveDecimal } from '../decimal';
import { LiquidationError } from '../errors';
import type { OtherPosition } from '../types';

export interface CrossAccountTotals {
  /** TMM1 in Binance's notation: Σ (|qty| × mark × MMR − maintenance amount). */
  maintenanceMargin: Decimal;
  /** UPNL1: Σ side × |qty| × (mark − entry). */
  unrealizedPnl: Decimal;
}

export function crossTotalsOf(others: readonly OtherPosition[], field: string): CrossAccountTotals {
  if (!Array.isArray(others)) {
    throw new LiquidationError('INVALID_ARGUMENT', `${field} must be an array of positions.`, field);
  }
  let maintenanceMargin = new Decimal(0);
  let unrealizedPnl = new Decimal(0);
  others.forEach((other, index) => {
    const at = `${field}[${index}]`;
    if (other === null || typeof other !== 'object') {
      throw new LiquidationError('INVALID_ARGUMENT', `${at} must be a position object.`, at);
    }
    if (other.side !== 'long' && other.side !== 'short') {
      throw new LiquidationError('INVALID_ARGUMENT', `${at}.side must be "long" or "short".`, `${at}.side`);
    }
    const quantity = toPositiveDecimal(other.quantity, `${at}.quantity`);
    const entryPrice = toPositiveDecimal(other.entryPrice, `${at}.entryPrice`);
    const markPrice = toPositiveDecimal(other.markPrice, `${at}.markPrice`);
    const rate = toNonNegativeDecimal(other.maintenanceMarginRate, `${at}.maintenanceMarginRate`);
    if (rate.gte(1)) {
      throw new LiquidationError(
        'INVALID_RATE',
        `${at}.maintenanceMarginRate must be below 1.`,
        `${at}.maintenanceMarginRate`,
      );
    }
    const amount =
      other.maintenanceAmount === undefined
        ? new Decimal(0)
        : toNonNegativeDecimal(other.maintenanceAmount, `${at}.maintenanceAmount`);
    const notional = quantity.times(markPrice);
    maintenanceMargin = maintenanceMargin.plus(notional.times(rate).minus(amount));
    const pnl = markPrice.minus(entryPrice).times(quantity);
    unrealizedPnl = other.side === 'long' ? unrealizedPnl.plus(pnl) : unrealizedPnl.minus(pnl);
  });
  return { maintenanceMargin, unrealizedPnl };
}

/**
 * TMM1 and UPNL1 of Binance's cross-margin formula: the maintenance margin and unrealized PnL of the
 * account's other (linear, quote-margined) positions, each valued at its own mark price.
 */
export function crossAccountTotals(others: OtherPosition[]): CrossAccountTotals {
  return crossTotalsOf(others, 'otherPositions');
}
