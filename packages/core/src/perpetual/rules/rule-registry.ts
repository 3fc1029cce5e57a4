import type { Rules } from '../../types';
import { binanceCoinm } from './binance-coinm';
import { binanceUsdm } from './binance-usdm';
import { bybitInverse } from './bybit-inverse';
import { bybitLinear } from './bybit-linear';
import { gateLinear } from './gate-linear';
import { hyperliquid } from './hyperliquid';
import { okxLinear } from './okx-linear';
import { assertRules, type RuleSet } from './rule-set';

const RULE_SETS: Record<Rules, RuleSet> = {
  'binance-usdm': binanceUsdm,
  'binance-coinm': binanceCoinm,
  'bybit-linear': bybitLinear,
  'bybit-inverse': bybitInverse,
  'okx-linear': okxLinear,
  'gate-linear': gateLinear,
  hyperliquid,
};

export function ruleSetFor(rules: unknown, field = 'rules'): RuleSet {
  return RULE_SETS[assertRules(rules, field)];
}
