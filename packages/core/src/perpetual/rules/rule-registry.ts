import { binanceCoinm } from './binance-coinm';
import { binanceUsdm } from './binance-usdm';
import { bybitInverse } from './bybit-inverse';
import { bybitLinear } from './bybit-linear';
import { bybitLinearUnified } from './bybit-linear-unified';
import { gateLinear } from './gate-linear';
import { hyperliquid } from './hyperliquid';
import { okxLinear } from './okx-linear';
import { assertRules, type RuleSet, type RuleSetFormula } from './rule-set';
import { RULE_SET_CATALOG, type Rules } from './rule-set-catalog';

// A rule set added to the catalog fails to compile here until its formula is written.
const FORMULAS: Record<Rules, RuleSetFormula> = {
  'binance-usdm': binanceUsdm,
  'binance-coinm': binanceCoinm,
  'bybit-linear': bybitLinear,
  'bybit-linear-unified': bybitLinearUnified,
  'bybit-inverse': bybitInverse,
  'okx-linear': okxLinear,
  'gate-linear': gateLinear,
  hyperliquid,
};

const RULE_SETS = Object.fromEntries(
  RULE_SET_CATALOG.map((info): [Rules, RuleSet] => [
    info.id,
    {
      ...FORMULAS[info.id],
      rules: info.id,
      inverse: info.contract === 'inverse',
      closingFeeByDefault: (info.requiredInputs as readonly string[]).includes('takerFeeRate'),
      supportsCross: info.supportsCross,
    },
  ]),
) as Record<Rules, RuleSet>;

export function ruleSetFor(rules: unknown, field = 'rules'): RuleSet {
  return RULE_SETS[assertRules(rules, field)];
}
