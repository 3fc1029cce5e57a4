import type { NumericGeneratorId } from '../numeric-generators';
import { annualisedFundingPercent } from './annualised-funding-percent';
import { averagedDownLiquidationPrice } from './averaged-down-liquidation-price';
import { bankruptcyPrice } from './bankruptcy-price';
import { borrowingInterest } from './borrowing-interest';
import { breakEvenPrice } from './break-even-price';
import { compoundedStopOuts } from './compounded-stop-outs';
import { crossLiquidationPrice } from './cross-liquidation-price';
import { expectancyR } from './expectancy-r';
import { fundingPayment } from './funding-payment';
import { initialMargin } from './initial-margin';
import { inverseLiquidationPrice } from './inverse-liquidation-price';
import { isolatedLiquidationPrice } from './isolated-liquidation-price';
import { leverageFromMargin } from './leverage-from-margin';
import { liquidationPriceAfterTopUp } from './liquidation-price-after-top-up';
import { liquidationSurplus } from './liquidation-surplus';
import { notionalValue } from './notional-value';
import type { NumericGenerator, RuntimeNumericGenerator } from './numeric-generator';
import { positionEquity } from './position-equity';
import { positionSizeFromStop } from './position-size-from-stop';
import { recoveryGainPercent } from './recovery-gain-percent';
import { returnOnMargin } from './return-on-margin';
import { shortLiquidationRisePercent } from './short-liquidation-rise-percent';
import { spotMarginLevel } from './spot-margin-level';
import { spotMarginTriggerPrice } from './spot-margin-trigger-price';
import { spotResidualBalance } from './spot-residual-balance';
import { stopGapSlippage } from './stop-gap-slippage';
import { stopLossCost } from './stop-loss-cost';
import { stopTouchProbability } from './stop-touch-probability';
import { tieredMaintenanceMargin } from './tiered-maintenance-margin';
import { volatilityOverHorizon } from './volatility-over-horizon';

/** Every generator by id; the mapped type makes a missing or misnamed generator a type error. */
export const numericGenerators: { readonly [Id in NumericGeneratorId]: NumericGenerator<Id> } = {
  'notional-value': notionalValue,
  'initial-margin': initialMargin,
  'leverage-from-margin': leverageFromMargin,
  'return-on-margin': returnOnMargin,
  'position-equity': positionEquity,
  'bankruptcy-price': bankruptcyPrice,
  'isolated-liquidation-price': isolatedLiquidationPrice,
  'cross-liquidation-price': crossLiquidationPrice,
  'tiered-maintenance-margin': tieredMaintenanceMargin,
  'spot-margin-level': spotMarginLevel,
  'spot-margin-trigger-price': spotMarginTriggerPrice,
  'spot-residual-balance': spotResidualBalance,
  'borrowing-interest': borrowingInterest,
  'funding-payment': fundingPayment,
  'short-liquidation-rise-percent': shortLiquidationRisePercent,
  'stop-loss-cost': stopLossCost,
  'recovery-gain-percent': recoveryGainPercent,
  'compounded-stop-outs': compoundedStopOuts,
  'expectancy-r': expectancyR,
  'volatility-over-horizon': volatilityOverHorizon,
  'stop-touch-probability': stopTouchProbability,
  'position-size-from-stop': positionSizeFromStop,
  'break-even-price': breakEvenPrice,
  'annualised-funding-percent': annualisedFundingPercent,
  'liquidation-surplus': liquidationSurplus,
  'liquidation-price-after-top-up': liquidationPriceAfterTopUp,
  'stop-gap-slippage': stopGapSlippage,
  'inverse-liquidation-price': inverseLiquidationPrice,
  'averaged-down-liquidation-price': averagedDownLiquidationPrice,
};

/** The generator for a run-time id; its parameters are checked against `params` before `answer` sees them. */
export function numericGeneratorFor(id: NumericGeneratorId): RuntimeNumericGenerator {
  return numericGenerators[id];
}
