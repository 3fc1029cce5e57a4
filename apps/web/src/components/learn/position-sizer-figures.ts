import {
  type Decimal,
  initialMargin,
  liquidationPrice,
  type PositionSpec,
  positionSizeForRisk,
  type Rules,
  type Side,
  toDecimal,
} from '@liqlab/core';
import { type EngineResult, runEngine } from '~/lib/engine-result';

export interface SizerInputs {
  balance: string;
  riskPercent: string;
  entry: string;
  stop: string;
  side: Side;
  rules: Rules;
  leverage: string;
  maintenanceMarginRate: string;
  feeRate: string;
  quantityStep: string;
}

export interface SizerFigures {
  riskAmount: Decimal;
  lossPerUnit: Decimal;
  quantity: Decimal;
  notional: Decimal;
  /** Notional ÷ account balance. */
  accountLeverage: Decimal;
  isolatedMargin: Decimal;
  liquidation: Decimal | null;
  /** The exchange would liquidate before the stop fills. */
  liquidatedBeforeStop: boolean;
  /** Highest whole leverage (up to 125) whose liquidation price stays beyond the stop. */
  maxSafeLeverage: number | null;
  stopOnWrongSide: boolean;
}

const MAX_LEVERAGE = 125;

export function sizerFigures(inputs: SizerInputs): EngineResult<SizerFigures> {
  return runEngine(() => {
    const stop = toDecimal(inputs.stop, 'stopPrice');
    const entry = toDecimal(inputs.entry, 'entryPrice');
    const common = {
      balance: inputs.balance,
      riskPercent: inputs.riskPercent,
      entryPrice: inputs.entry,
      stopPrice: inputs.stop,
      ...(inputs.feeRate.trim() === '' ? {} : { feeRate: inputs.feeRate }),
    };
    const exact = positionSizeForRisk(common);
    const quantity = positionSizeForRisk({ ...common, quantityStep: inputs.quantityStep });
    const riskAmount = toDecimal(inputs.balance, 'balance')
      .times(toDecimal(inputs.riskPercent, 'riskPercent'))
      .div(100);
    const specAt = (leverage: string | number): PositionSpec => ({
      rules: inputs.rules,
      side: inputs.side,
      marginMode: 'isolated',
      entryPrice: inputs.entry,
      quantity: quantity.isZero() ? exact : quantity,
      leverage,
      maintenanceMarginRate: inputs.maintenanceMarginRate,
    });
    const long = inputs.side === 'long';
    const beyondStop = (liq: Decimal | null) => liq === null || (long ? liq.lt(stop) : liq.gt(stop));
    const spec = specAt(inputs.leverage);
    const liquidation = liquidationPrice(spec);
    // Liquidation distance shrinks as leverage grows, so the safe leverages form a prefix 1…k.
    let lo = 0;
    let hi = MAX_LEVERAGE;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (beyondStop(liquidationPrice(specAt(mid)))) lo = mid;
      else hi = mid - 1;
    }
    const notional = initialMargin({ ...spec, leverage: 1 });
    return {
      riskAmount,
      // Loss per unit at the stop, fees included: the exact (unrounded) size spends the whole risk.
      lossPerUnit: riskAmount.div(exact),
      quantity,
      notional,
      accountLeverage: notional.div(toDecimal(inputs.balance, 'balance')),
      isolatedMargin: initialMargin(spec),
      liquidation,
      liquidatedBeforeStop: !beyondStop(liquidation),
      maxSafeLeverage: lo === 0 ? null : lo,
      stopOnWrongSide: long ? stop.gte(entry) : stop.lte(entry),
    };
  });
}
