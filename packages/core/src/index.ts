// The public surface of @liqlab/core: what the other packages and apps import, plus the engine
// functions issue 3 specifies that no screen calls yet (averageEntry, maxPosition, liquidationFee,
// residualAtLiquidation, stopOutsideBand) and the error codes. Internal modules import
// each other directly; helpers on internal types (marginBalanceAt, marginLevelAt, accountValueAt) and
// option types a caller can read from the function's signature stay unexported.

export type { Num } from './decimal';
export { Decimal, toDecimal } from './decimal';
export type { LiquidationErrorCode } from './errors';
export { isLiquidationError, LIQUIDATION_ERROR_CODES, LiquidationError } from './errors';
export { annualisedFundingRate } from './fees/annualised-funding-rate';
export { fundingPayment } from './fees/funding-payment';
export { liquidationFee } from './fees/liquidation-fee';
export { closingFee, openingFee, tradingFee } from './fees/trading-fee';
export type { DisplayPrecision } from './format/display-precision';
export type { FormatOptions } from './format/format-decimal';
export {
  amountDigits,
  formatAsGiven,
  formatDecimal,
  formatPercent,
  markedGiven,
  markedMoney,
  priceDigits,
} from './format/format-decimal';
export { marginAccountValue } from './margin-loan/account-value';
export { marginLevel } from './margin-loan/margin-level';
export { marginLiquidationPrice } from './margin-loan/margin-liquidation-price';
export { simpleInterest } from './margin-loan/simple-interest';
export { gbmPath } from './paths/gbm-path';
export { namedPath, PATH_SHAPES } from './paths/named-path';
export { parsePriceCsv } from './paths/parse-price-csv';
export type { PricePath } from './paths/price-path';
export { bankruptcyPrice } from './perpetual/bankruptcy-price';
export { crossAccountTotals } from './perpetual/cross-account';
export type { FormulaPart } from './perpetual/explain/formula-parts';
export type { ExplainedTier, LiquidationExplanation } from './perpetual/explain/liquidation-explanation';
export { explainLiquidation } from './perpetual/explain/liquidation-explanation';
export type { FormulaStep } from './perpetual/explain/rule-formula-steps';
export type { SurvivingAMove } from './perpetual/explain/surviving-a-move';
export { survivingAMove } from './perpetual/explain/surviving-a-move';
export { liquidationPrice } from './perpetual/liquidation-price';
export { maintenanceMargin } from './perpetual/maintenance-margin';
export { maintenanceTierFor } from './perpetual/maintenance-tiers';
export { marginRatio } from './perpetual/margin-ratio';
export type { PartialCut } from './perpetual/partial-liquidation';
export { unrealizedPnl } from './perpetual/pnl';
export { positionMargin } from './perpetual/position-margin';
export { binanceBtcusdtTiers } from './perpetual/presets/binance-btcusdt-tiers';
export { TIER_TABLE_NAMES, tierSnapshotNamed } from './perpetual/presets/tier-snapshot-named';
export { TIER_SNAPSHOTS } from './perpetual/presets/tier-snapshots';
export type { LiquidationFeeRule } from './perpetual/rules/liquidation-fee-rules';
export { liquidationFeeRule, venueLiquidationFeeRate } from './perpetual/rules/liquidation-fee-rules';
export type { RemainderRecipient, SettlementRule } from './perpetual/rules/liquidation-settlement';
export { liquidationSettlement, remainderRecipient } from './perpetual/rules/liquidation-settlement';
export type { PartialLiquidationRule } from './perpetual/rules/partial-liquidation-rules';
export { partialLiquidationRule } from './perpetual/rules/partial-liquidation-rules';
export {
  ALL_RULES,
  isInverse,
  isRules,
  marginAssetValueOf,
  quantityForQuoteValue,
  quoteValueOf,
  RULE_SET_CATALOG,
  requiresInput,
  ruleSetInfo,
  supportsCross,
} from './perpetual/rules/rule-set-catalog';
export { parseVenuePosition } from './perpetual/venue-positions/parse-venue-position';
export type { VenuePosition } from './perpetual/venue-positions/venue-position';
export { hyperliquidMarginTableTiers } from './perpetual/venue-tiers/hyperliquid-margin-tiers';
export { parseVenueTiers } from './perpetual/venue-tiers/parse-venue-tiers';
export { averageEntry } from './position-tools/average-entry';
export { effectiveLeverage } from './position-tools/effective-leverage';
export { initialMargin } from './position-tools/initial-margin';
export { maxPosition } from './position-tools/max-position';
export { pnlAndRoe } from './position-tools/pnl-and-roe';
export { targetPrice } from './position-tools/target-price';
export type { Random } from './random/seeded-random';
export { childSeed, createRandom } from './random/seeded-random';
export { closingEvent } from './replay/closing-event';
export { replayCrossAccount } from './replay/replay-cross-account';
export type { LiquidationRemainder, ReplayEvent, ReplayResult } from './replay/replay-events';
export { replayMarginLoan } from './replay/replay-margin-loan';
export type { ReplayOptions } from './replay/replay-options';
export { replayPosition } from './replay/replay-position';
export { marginLoanResidualAtLiquidation, residualAtLiquidation } from './replay/residual-at-liquidation';
export { distanceToLiquidation } from './risk/distance-to-liquidation';
export { expectancyInR } from './risk/expectancy';
export { liquidationProbability } from './risk/liquidation-probability';
export type { MonteCarloLiquidationResult } from './risk/monte-carlo-liquidation';
export { monteCarloLiquidation } from './risk/monte-carlo-liquidation';
export { positionSizeForRisk } from './risk/position-size-for-risk';
export { recoveryGain } from './risk/recovery-gain';
export { balancesAfterStopOuts } from './risk/stop-out-balances';
export { typicalMove } from './risk/typical-move';
export { stopOutsideBand, volatilityBand } from './risk/volatility-band';
export type {
  MaintenanceTier,
  MarginAccount,
  MarginMode,
  OtherPosition,
  PositionSpec,
  Rules,
  Side,
} from './types';
