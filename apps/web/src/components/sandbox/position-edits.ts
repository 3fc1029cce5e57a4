import { isInverse, quantityForQuoteValue, quoteValueOf, ruleSetInfo, supportsCross } from '@liqlab/core';
import type { PositionDraft } from './sandbox-state';

const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;
/** Hyperliquid lists BTC at 40× maximum; its maintenance margin is half the initial margin at that leverage. */
const HYPERLIQUID_BTC_MAX_LEVERAGE = '40';
const INVERSE_BTC_CONTRACT_USD = '100';

/**
 * Switches the size between coin (quantity) and quote (notional), converting the value exactly with
 * Decimal: quote = quantity × entry (linear) or contracts × contract size (inverse). A value that does
 * not parse yet is carried over as typed.
 */
export function withSizeUnit(position: PositionDraft, unit: 'quantity' | 'quote'): PositionDraft {
  const { size, entryPrice, rules } = position;
  if (size.unit === unit) return position;
  const value = size.unit === 'quantity' ? size.quantity : size.notional;
  const contractSize = position.contractSize ?? '1';
  const factor = isInverse(rules) ? contractSize : entryPrice;
  if (!DECIMAL.test(value) || !DECIMAL.test(factor) || Number(factor) === 0) {
    return { ...position, size: unit === 'quantity' ? { unit, quantity: value } : { unit, notional: value } };
  }
  if (unit === 'quote') {
    return {
      ...position,
      size: { unit, notional: quoteValueOf(rules, value, entryPrice, contractSize).toFixed() },
    };
  }
  // The scenario's own conversion (core's catalog): down, so the position is never larger than typed.
  const quantity = quantityForQuoteValue(rules, value, entryPrice, contractSize).toFixed();
  return { ...position, size: { unit, quantity } };
}

/** Changes the exchange and keeps the rest of the position valid for it. */
export function withRules(position: PositionDraft, rules: PositionDraft['rules']): PositionDraft {
  let next: PositionDraft = { ...position, rules };
  if (isInverse(rules)) next.contractSize ??= INVERSE_BTC_CONTRACT_USD;
  else {
    const { contractSize: _drop, ...rest } = next;
    next = rest;
  }
  if (!supportsCross(rules) && next.marginMode === 'cross') next = withMarginMode(next, 'isolated');
  if (ruleSetInfo(rules).maintenanceFromMaxLeverage) {
    next = {
      ...next,
      maintenance: { kind: 'max-leverage' },
      maxLeverage: next.maxLeverage ?? HYPERLIQUID_BTC_MAX_LEVERAGE,
    };
  } else if (next.maintenance.kind === 'max-leverage') {
    const { maxLeverage: _drop, ...rest } = next;
    next = { ...rest, maintenance: { kind: 'fixed', rate: '0.005', amount: '0' } };
  }
  if (isInverse(rules) && next.maintenance.kind === 'tiers') {
    // The bundled table is USDT-margined; a coin-margined contract needs its own rate.
    next = { ...next, maintenance: { kind: 'fixed', rate: '0.005', amount: '0' } };
  }
  return next;
}

export function withMarginMode(position: PositionDraft, mode: PositionDraft['marginMode']): PositionDraft {
  if (mode === position.marginMode) return position;
  if (mode === 'cross') {
    const { margin: _drop, ...rest } = position;
    return { ...rest, marginMode: 'cross', walletBalance: position.walletBalance ?? '10000' };
  }
  const { walletBalance: _w, otherPositions: _o, ...rest } = position;
  return { ...rest, marginMode: 'isolated' };
}

/** Sets or clears an optional field (an empty margin means "the initial margin"). */
export function withOptional<K extends 'margin' | 'walletBalance' | 'takerFeeRate'>(
  position: PositionDraft,
  key: K,
  value: string,
): PositionDraft {
  if (value === '') {
    const next = { ...position };
    delete next[key];
    return next;
  }
  return { ...position, [key]: value };
}
