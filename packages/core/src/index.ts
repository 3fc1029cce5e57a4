// The public contract of @liqlab/core (issue 3). Internal modules import each other directly;
// this file only names what the API, the web app and the content package may use.

export type { Num } from './decimal';
export { Decimal, toDecimal } from './decimal';
export type { LiquidationErrorCode } from './errors';
export { isLiquidationError, LiquidationError } from './errors';
export type {
  MaintenanceTier,
  MarginAccount,
  MarginMode,
  OtherPosition,
  PositionSpec,
  Rules,
  Side,
} from './types';
