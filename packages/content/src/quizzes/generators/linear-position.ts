import { ALL_RULES, type Num, type PositionSpec, type Rules, type Side } from '@liqlab/core';
import { NumericQuestionError } from '../numeric-question-error';

export function sideOf(value: string): Side {
  if (value === 'long' || value === 'short') return value;
  throw new NumericQuestionError('INVALID_PARAMETER', `side must be "long" or "short", got "${value}".`);
}

export function rulesOf(value: string): Rules {
  const rules = ALL_RULES.find((r) => r === value);
  if (rules === undefined)
    throw new NumericQuestionError('INVALID_PARAMETER', `unknown rule set "${value}".`);
  return rules;
}

export interface LinearPositionInput {
  rules?: Rules;
  side: string;
  entryPrice: Num;
  quantity: Num;
  leverage?: Num;
  margin?: Num;
  maintenanceMarginRate?: Num;
  takerFeeRate?: Num;
}

/** An isolated position on a linear (USDT-margined) contract, Binance USDS-M unless told otherwise. */
export function isolatedLinearPosition(input: LinearPositionInput): PositionSpec {
  const { rules = 'binance-usdm', side, ...rest } = input;
  return { ...rest, rules, side: sideOf(side), marginMode: 'isolated' };
}
