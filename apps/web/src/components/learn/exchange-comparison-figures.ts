import {
  binanceBtcusdtTiers,
  type Decimal,
  liquidationPrice,
  type MaintenanceTier,
  type PositionSpec,
  type Rules,
  type Side,
} from '@liqlab/core';
import { type EngineResult, runEngine } from '~/lib/engine-result';

/** Tier tables the engine ships, by rule set; the others keep the flat rate. */
const OWN_TIERS: Partial<Record<Rules, readonly MaintenanceTier[]>> = {
  'binance-usdm': binanceBtcusdtTiers,
};

export interface ComparisonInputs {
  side: Side;
  entryPrice: string;
  quantity: string;
  leverage: string;
  maintenanceMarginRate: string;
  takerFeeRate: string;
  useOwnTiers: boolean;
}

export interface ComparisonColumn {
  rules: Rules;
  result: EngineResult<{
    liquidation: Decimal | null;
    /** Liquidation price minus the first column's (null when either has none). */
    difference: Decimal | null;
    usesTiers: boolean;
  }>;
}

export function hasOwnTiers(rules: Rules): boolean {
  return OWN_TIERS[rules] !== undefined;
}

export function compareExchanges(rulesList: readonly Rules[], inputs: ComparisonInputs): ComparisonColumn[] {
  let first: Decimal | null | undefined;
  return rulesList.map((rules, index) => {
    const result = runEngine(() => {
      const tiers = inputs.useOwnTiers ? OWN_TIERS[rules] : undefined;
      const spec: PositionSpec = {
        rules,
        side: inputs.side,
        marginMode: 'isolated',
        entryPrice: inputs.entryPrice,
        quantity: inputs.quantity,
        leverage: inputs.leverage,
        ...(tiers
          ? { tiers: tiers as MaintenanceTier[] }
          : { maintenanceMarginRate: inputs.maintenanceMarginRate }),
        ...(inputs.takerFeeRate.trim() === '' ? {} : { takerFeeRate: inputs.takerFeeRate }),
      };
      const liquidation = liquidationPrice(spec);
      if (index === 0) first = liquidation;
      return {
        liquidation,
        difference: liquidation !== null && first != null ? liquidation.minus(first) : null,
        usesTiers: tiers !== undefined,
      };
    });
    if (index === 0 && !result.ok) first = null;
    return { rules, result };
  });
}
