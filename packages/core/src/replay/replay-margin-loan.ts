import { Decimal, type Num, toDecimal, toNonNegativeDecimal } from '../decimal';
import { LiquidationError } from '../errors';
import { accountValueAt } from '../margin-loan/account-value';
import { marginLevelAt } from '../margin-loan/margin-level';
import { marginLiquidationPrice } from '../margin-loan/margin-liquidation-price';
import { type NormalizedAccount, normalizeAccount } from '../margin-loan/normalize-account';
import { assertPricePath, MS_PER_HOUR, type PricePath } from '../paths/price-path';
import type { MarginAccount } from '../types';
import type { ReplayEvent, ReplayOutcome, ReplayResult } from './replay-events';
import type { LiquidationFill } from './replay-options';
import { firstFundingTime } from './replay-settings';
import { highTrigger, lowTrigger, nextTriggeredTick, type TickThresholds } from './scan-ticks';

export interface MarginLoanReplayOptions {
  /** Margin levels that each raise one 'margin-call' event the first time the level falls to them; default [1.3]. */
  marginCallLevels?: readonly Num[];
  /** Margin level at which the account is liquidated; default 1.1 (Binance cross margin). */
  liquidationLevel?: Num;
  /** Fee on the value of the assets sold at liquidation, capped at the equity left; default 0. */
  liquidationFeeRate?: Num;
  /** Interest per interval on each borrowed amount (in its own asset), accrued at multiples of the interval; default none. */
  interest?: { rate: Num; intervalMs?: number };
  /** As for perpetuals: close at the liquidation price unless the price gapped past the zero-equity price. */
  liquidationFill?: LiquidationFill;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

/**
 * Replays a two-asset spot margin account (e.g. BTC/USDT) along the base asset's price path. The level
 * is assets / (liabilities + interest) (marginLevel); events: margin calls, interest, liquidation at the
 * liquidation level, and — when the price gaps past the level-1 price — bankruptcy and negative equity.
 * Unlike a perpetual there is no insurance fund in between: the deficit is a debt the trader owes.
 * Thresholds are the exact marginLiquidationPrice at each level, recomputed after interest accrues.
 */
export function replayMarginLoan(
  account: MarginAccount,
  path: PricePath,
  options: MarginLoanReplayOptions = {},
): ReplayResult {
  assertPricePath(path);
  const original = normalizeAccount(account);
  const liquidationLevel = toDecimal(options.liquidationLevel ?? '1.1', 'liquidationLevel');
  if (liquidationLevel.lte(1)) {
    throw new LiquidationError('INVALID_ARGUMENT', 'liquidationLevel must be above 1.', 'liquidationLevel');
  }
  const callLevels = (options.marginCallLevels ?? ['1.3']).map((v, i) => {
    const level = toDecimal(v, `marginCallLevels[${i}]`);
    if (level.lte(liquidationLevel)) {
      throw new LiquidationError(
        'INVALID_ARGUMENT',
        `marginCallLevels[${i}] must be above the liquidation level.`,
        `marginCallLevels[${i}]`,
      );
    }
    return level;
  });
  callLevels.sort((a, b) => b.comparedTo(a));
  const feeRate = toNonNegativeDecimal(options.liquidationFeeRate ?? 0, 'liquidationFeeRate');
  const fill = options.liquidationFill ?? 'liquidation-price';
  let interestRate: Decimal | undefined;
  let intervalMs = MS_PER_HOUR;
  if (options.interest !== undefined) {
    interestRate = toNonNegativeDecimal(options.interest.rate, 'interest.rate');
    intervalMs = options.interest.intervalMs ?? MS_PER_HOUR;
    if (!Number.isInteger(intervalMs) || intervalMs <= 0) {
      throw new LiquidationError(
        'INVALID_ARGUMENT',
        'interest.intervalMs must be a positive whole number of ms.',
        'interest.intervalMs',
      );
    }
  }

  const { t, mark } = path;
  const end = t.length;
  // The level falls with the price when the account is net long: d/dP (bA·P + qA) / (bL·P + qD) > 0.
  const long = original.baseAsset
    .times(original.quoteDebt)
    .gt(original.quoteAsset.times(original.baseLiability));
  let baseLiability = original.baseLiability;
  let quoteDebt = original.quoteDebt;
  let a: NormalizedAccount = original;
  let liquidation: Decimal | null = null;
  let zeroEquity: Decimal | null = null;
  let nextCall = 0;
  let nextInterest = interestRate ? firstFundingTime(t[0]!, intervalMs) : Number.POSITIVE_INFINITY;
  const th: TickThresholds = {
    markLow: -Infinity,
    markHigh: Infinity,
    lastLow: -Infinity,
    lastHigh: Infinity,
    time: 0,
  };

  const refresh = (currentMark: Decimal) => {
    a = { ...original, baseLiability, quoteDebt };
    const current: MarginAccount = { ...a, quoteLiability: quoteDebt };
    liquidation = marginLiquidationPrice(current, liquidationLevel);
    zeroEquity = marginLiquidationPrice(current, ONE);
    const call = callLevels[nextCall];
    const callPrice = call === undefined ? null : marginLiquidationPrice(current, call);
    // A level with no price is either never reached or already reached at every price (e.g. no assets).
    const trigger = (level: Decimal | undefined, price: Decimal | null) => {
      if (price !== null) return price.toNumber();
      const reached = level !== undefined && marginLevelAt(a, currentMark).lte(level);
      return long === reached ? Infinity : -Infinity;
    };
    const loss = long
      ? Math.max(trigger(liquidationLevel, liquidation), trigger(call, callPrice))
      : Math.min(trigger(liquidationLevel, liquidation), trigger(call, callPrice));
    if (long) th.markLow = lowTrigger(loss);
    else th.markHigh = highTrigger(loss);
    th.time = nextInterest;
  };

  const equityAt = (price: Decimal) => {
    const { assets, debt } = accountValueAt(a, price);
    return assets.minus(debt);
  };
  const events: ReplayEvent[] = [];
  const event = (type: ReplayEvent['type'], i: number, markD: Decimal, extra: Partial<ReplayEvent> = {}) => {
    events.push({
      type,
      index: i,
      time: t[i]!,
      price: markD,
      mark: markD,
      equity: equityAt(markD),
      marginRatio: marginLevelAt(a, markD),
      ...extra,
    });
  };

  const firstMark = toDecimal(mark[0]!, 'path.mark[0]');
  const initialEquity = equityAt(firstMark);
  let totalInterest = ZERO;
  let outcome: ReplayOutcome = 'open';
  let closedAt: number | null = null;
  let finalEquity = ZERO;
  let residual = ZERO;
  let traderDebt = ZERO;
  let totalFees = ZERO;

  refresh(toDecimal(mark[0]!, 'path.mark[0]'));
  let i = 0;
  while (outcome === 'open') {
    i = nextTriggeredTick(path, i, end, th);
    if (i >= end) break;
    const markD = toDecimal(mark[i]!, `path.mark[${i}]`);
    while (interestRate && t[i]! >= nextInterest) {
      const baseInterest = original.baseLiability.times(interestRate);
      const quoteInterest = original.quoteDebt.times(interestRate);
      baseLiability = baseLiability.plus(baseInterest);
      quoteDebt = quoteDebt.plus(quoteInterest);
      const charged = baseInterest.times(markD).plus(quoteInterest);
      totalInterest = totalInterest.plus(charged);
      nextInterest += intervalMs;
      refresh(markD);
      event('interest', i, markD, { amount: charged.negated() });
    }
    for (let c = callLevels[nextCall]; c !== undefined; c = callLevels[nextCall]) {
      if (marginLevelAt(a, markD).gt(c)) break;
      nextCall++;
      event('margin-call', i, markD, { level: c });
    }
    // The level itself decides (exactly); the prices above only choose which ticks to look at.
    if (marginLevelAt(a, markD).lte(liquidationLevel)) {
      const gapped = marginLevelAt(a, markD).lte(ONE);
      const price =
        gapped || fill === 'tick-mark' || liquidation === null
          ? markD
          : fill === 'bankruptcy-price' && zeroEquity !== null
            ? (zeroEquity as Decimal)
            : (liquidation as Decimal);
      const { assets, debt } = accountValueAt(a, price);
      const equity = assets.minus(debt);
      const fee = Decimal.max(ZERO, Decimal.min(assets.times(feeRate), equity));
      event('liquidation', i, markD, { price, equity, fee, level: liquidationLevel });
      if (gapped) event('bankruptcy', i, markD, { price: zeroEquity ?? markD, equity: ZERO });
      outcome = 'liquidated';
      closedAt = i;
      finalEquity = equity;
      totalFees = fee;
      residual = equity.minus(fee);
      if (residual.lt(0)) {
        traderDebt = residual.negated();
        event('negative-equity', i, markD, { price, equity, deficit: traderDebt, coveredBy: 'trader' });
      }
    } else {
      refresh(markD);
    }
    i++;
  }
  if (outcome === 'open') {
    const markD = toDecimal(mark[end - 1]!, `path.mark[${end - 1}]`);
    finalEquity = equityAt(markD);
    residual = finalEquity;
    event('end', end - 1, markD);
  }
  return {
    events,
    outcome,
    closedAt,
    finalEquity,
    residual,
    // A margin account's equity after the forced sale stays the trader's (or is the trader's debt).
    liquidationRemainder: null,
    partialCuts: [],
    insuranceFundCover: ZERO,
    traderDebt,
    totalFunding: totalInterest.negated(),
    totalFees,
    netPnl: residual.minus(initialEquity),
  };
}
