import type { Decimal } from '../decimal';
import type { PositionSpec } from '../types';
import { collateralOf, normalizePosition } from './normalize-spec';

/**
 * The collateral backing the position, in its margin asset: the isolated margin (default: initial
 * margin = entry notional / leverage) or, for cross, the wallet balance.
 */
export function positionMargin(spec: PositionSpec): Decimal {
  return collateralOf(spec, normalizePosition(spec));
}
