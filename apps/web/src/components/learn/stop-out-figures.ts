import { balancesAfterStopOuts, type Decimal, recoveryGain, tradingFee } from '@liqlab/core';
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
  /** Gain on the remaining balance needed to get back to the start; null once nothing is left. */
  recoveryGain: Decimal | null;
}

/**
 * Each stop-out loses riskPercent of the balance at the time (risk is re-sized to the shrinking
 * account), and each round trip pays the taker fee twice on the notional (open and close).
 */
export function stopOutFigures(inputs: StopOutInputs): EngineResult<StopOutFigures> {
  return runEngine(() => {
    const { balance, riskPercent, stopOuts } = inputs;
    const roundTripFee = tradingFee(inputs.notional, inputs.feeRate).times(2);
    const balances = balancesAfterStopOuts({ balance, riskPercent, stopOuts, costPerStopOut: roundTripFee });
    const withoutFees = balancesAfterStopOuts({ balance, riskPercent, stopOuts }).at(-1)!;
    const start = balances[0]!;
    const lossWithFees = start.minus(balances.at(-1)!);
    const drawdown = lossWithFees.div(start);
    return {
      balances,
      lossWithoutFees: start.minus(withoutFees),
      lossWithFees,
      drawdown,
      recoveryGain: drawdown.lt(1) ? recoveryGain(drawdown) : null,
    };
  });
}
