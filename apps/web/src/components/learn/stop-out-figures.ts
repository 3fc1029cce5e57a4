import { type Decimal, LiquidationError, toDecimal, tradingFee } from '@liqlab/core';
import { type EngineResult, runEngine } from '~/lib/engine-result';

export interface StopOutInputs {
  balance: string;
  riskPercent: string;
  stopOuts: string;
  notional: string;
  feeRate: string;
}

export interface StopOutFigures {
  /** Balance before the first and after each stop-out, fees included. */
  balances: Decimal[];
  lossWithoutFees: Decimal;
  lossWithFees: Decimal;
  /** Fraction of the starting balance lost (fees included). */
  drawdown: Decimal;
  /** Gain on the remaining balance needed to get back to the start: start ÷ remaining − 1. */
  recoveryGain: Decimal | null;
}

const MAX_STOP_OUTS = 100;

function positive(value: string, field: string): Decimal {
  const d = toDecimal(value, field);
  if (d.lte(0)) throw new LiquidationError('NOT_POSITIVE', `${field} must be greater than zero.`, field);
  return d;
}

/**
 * Each stop-out loses riskPercent of the balance at the time (risk is re-sized to the shrinking
 * account), and each round trip pays the taker fee twice on the notional (open and close).
 */
export function stopOutFigures(inputs: StopOutInputs): EngineResult<StopOutFigures> {
  return runEngine(() => {
    const start = positive(inputs.balance, 'balance');
    const risk = positive(inputs.riskPercent, 'riskPercent').div(100);
    if (risk.gte(1))
      throw new LiquidationError('INVALID_ARGUMENT', 'riskPercent must be below 100.', 'riskPercent');
    const n = toDecimal(inputs.stopOuts, 'stopOuts');
    if (!n.isInteger() || n.lt(1) || n.gt(MAX_STOP_OUTS)) {
      throw new LiquidationError(
        'INVALID_ARGUMENT',
        `stopOuts must be a whole number from 1 to ${MAX_STOP_OUTS}.`,
        'stopOuts',
      );
    }
    const roundTripFee = tradingFee(inputs.notional, inputs.feeRate).times(2);
    const keep = risk.negated().plus(1);
    const balances: Decimal[] = [start];
    let withFees = start;
    for (let i = 0; i < n.toNumber(); i++) {
      withFees = withFees.times(keep).minus(roundTripFee);
      balances.push(withFees);
    }
    const withoutFees = start.times(keep.pow(n));
    const lossWithFees = start.minus(withFees);
    return {
      balances,
      lossWithoutFees: start.minus(withoutFees),
      lossWithFees,
      drawdown: lossWithFees.div(start),
      recoveryGain: withFees.gt(0) ? start.div(withFees).minus(1) : null,
    };
  });
}
