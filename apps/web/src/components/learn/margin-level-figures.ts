import {
  type Decimal,
  type MarginAccount,
  marginAccountValue,
  marginLevel,
  marginLiquidationPrice,
  simpleInterest,
  toDecimal,
} from '@liqlab/core';
import { type EngineResult, runEngine } from '~/lib/engine-result';

export interface MarginLevelInputs {
  account: Omit<MarginAccount, 'interest'>;
  interest: string;
  price: string;
  marginCallLevel: string;
  liquidationLevel: string;
}

export interface MarginLevelFigures {
  level: Decimal;
  marginCallPrice: Decimal | null;
  liquidationPrice: Decimal | null;
  /** Assets ÷ own equity = level ÷ (level − 1); null without debt or when under water. */
  leverage: Decimal | null;
  zone: 'safe' | 'margin-call' | 'liquidation';
}

export function marginLevelFigures(inputs: MarginLevelInputs): EngineResult<MarginLevelFigures> {
  return runEngine(() => {
    const account: MarginAccount = { ...inputs.account, interest: inputs.interest };
    const level = marginLevel(account, inputs.price);
    const call = toDecimal(inputs.marginCallLevel, 'marginCallLevel');
    const liquidation = toDecimal(inputs.liquidationLevel, 'liquidationLevel');
    return {
      level,
      marginCallPrice: marginLiquidationPrice(account, call),
      liquidationPrice: marginLiquidationPrice(account, liquidation),
      // Leverage on the account: assets ÷ (assets − debt); with level = assets ÷ debt that is L ÷ (L − 1).
      leverage: level.isFinite() && level.gt(1) ? level.div(level.minus(1)) : null,
      zone: level.lte(liquidation) ? 'liquidation' : level.lte(call) ? 'margin-call' : 'safe',
    };
  });
}

/**
 * Interest accrued over `days` at a daily rate on the debt valued at `price` (simple, not compounded).
 * A failure names `ratePerPeriod` (the daily rate) or `periods` (the days).
 */
export function accruedInterest(
  account: Omit<MarginAccount, 'interest'>,
  price: string,
  dailyRate: string,
  days: string,
): EngineResult<Decimal> {
  return runEngine(() =>
    simpleInterest({
      principal: marginAccountValue(account, price).debt,
      ratePerPeriod: dailyRate,
      periods: days,
    }),
  );
}
