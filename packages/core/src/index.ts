// The public contract of @liqlab/core (issue 3). Internal modules import each other directly;
// this file only names what the API, the web app and the content package may use.

export type { Num } from './decimal';
export { Decimal, toDecimal } from './decimal';
export type { LiquidationErrorCode } from './errors';
export { isLiquidationError, LiquidationError } from './errors';
export { fundingPayment } from './fees/funding-payment';
export { liquidationFee } from './fees/liquidation-fee';
export { closingFee, openingFee, tradingFee } from './fees/trading-fee';
// Margin loans (spot trading with borrowed funds).
export { marginAccountValue } from './margin-loan/account-value';
export { marginLevel } from './margin-loan/margin-level';
export { marginLiquidationPrice } from './margin-loan/margin-liquidation-price';
export { simpleInterest } from './margin-loan/simple-interest';
export type { GbmPathParams } from './paths/gbm-path';
// Price paths.
export { gbmPath, MAX_PATH_STEPS } from './paths/gbm-path';
export { choppyRange, flashCrashWick, shortSqueezeAfterNewHigh, slowBleed } from './paths/lesson-paths';
export type { PathShape, PathShapeName, PathShapeParams } from './paths/named-path';
export { isPathShapeName, namedPath, PATH_SHAPES } from './paths/named-path';
export type { ParsePriceCsvOptions } from './paths/parse-price-csv';
export { parsePriceCsv } from './paths/parse-price-csv';
export type { PricePath } from './paths/price-path';
export { bankruptcyPrice } from './perpetual/bankruptcy-price';
export type { CrossAccountTotals } from './perpetual/cross-account';
export { crossAccountTotals } from './perpetual/cross-account';
// Perpetual futures: the exchanges' published formulas.
export { liquidationPrice } from './perpetual/liquidation-price';
export { maintenanceMargin } from './perpetual/maintenance-margin';
export { maintenanceTierFor } from './perpetual/maintenance-tiers';
export { marginBalanceAt, marginRatio } from './perpetual/margin-ratio';
export type { FeeOptions } from './perpetual/normalize-spec';
export { unrealizedPnl } from './perpetual/pnl';
export { positionMargin } from './perpetual/position-margin';
export { BINANCE_BTCUSDT_TIERS_DATE, binanceBtcusdtTiers } from './perpetual/presets/binance-btcusdt-tiers';
export { ALL_RULES, isInverse } from './perpetual/rules/rule-set';
export type { Fill } from './position-tools/average-entry';
export { averageEntry } from './position-tools/average-entry';
export { effectiveLeverage } from './position-tools/effective-leverage';
export type { InitialMarginOptions } from './position-tools/initial-margin';
// Position tools, fees and funding.
export { initialMargin } from './position-tools/initial-margin';
export type { MaxPosition, MaxPositionInput } from './position-tools/max-position';
export { maxPosition } from './position-tools/max-position';
export type { FeeInclusion } from './position-tools/pnl-and-roe';
export { pnlAndRoe } from './position-tools/pnl-and-roe';
export { targetPrice } from './position-tools/target-price';
export { normalCdf, normalQuantile } from './random/normal-distribution';
export type { Random, Seed } from './random/seeded-random';
export { childSeed, createRandom } from './random/seeded-random';
export { replayCrossAccount } from './replay/replay-cross-account';
export type {
  DeficitCoveredBy,
  ReplayEvent,
  ReplayEventType,
  ReplayOutcome,
  ReplayResult,
} from './replay/replay-events';
export type { MarginLoanReplayOptions } from './replay/replay-margin-loan';
export { replayMarginLoan } from './replay/replay-margin-loan';
export type {
  FeeSettings,
  FundingOptions,
  LiquidationFill,
  ReplayOptions,
  SlippageModel,
  TriggerOrder,
  TriggerPrice,
} from './replay/replay-options';
// Replay.
export { replayPosition } from './replay/replay-position';
export type { ResidualAtLiquidation } from './replay/residual-at-liquidation';
export { marginLoanResidualAtLiquidation, residualAtLiquidation } from './replay/residual-at-liquidation';
export { distanceToLiquidation } from './risk/distance-to-liquidation';
export type { LiquidationProbabilityParams } from './risk/liquidation-probability';

// Risk.
export { liquidationProbability } from './risk/liquidation-probability';
export type { MonteCarloLiquidationResult } from './risk/monte-carlo-liquidation';
export { monteCarloLiquidation } from './risk/monte-carlo-liquidation';
export { positionSizeForRisk } from './risk/position-size-for-risk';
export { recoveryGain } from './risk/recovery-gain';
export { balancesAfterStopOuts } from './risk/stop-out-balances';
export { typicalMove } from './risk/typical-move';
export type { VolatilityBand } from './risk/volatility-band';
export { stopOutsideBand, volatilityBand } from './risk/volatility-band';
export type { RoundingMode } from './rounding';
export { liquidationRoundingMode, roundToTick } from './rounding';
export type {
  MaintenanceTier,
  MarginAccount,
  MarginMode,
  OtherPosition,
  PositionSpec,
  Rules,
  Side,
} from './types';
