import { Decimal, toDecimal } from '../decimal';
import { fundingPayment } from '../fees/funding-payment';
import { tradingFee } from '../fees/trading-fee';
import { assertPricePath, type PricePath } from '../paths/price-path';
import { bankruptcyPrice } from '../perpetual/bankruptcy-price';
import { liquidationPriceOf } from '../perpetual/liquidation-price';
import { maintenanceMarginAt } from '../perpetual/maintenance-margin';
import { marginBalanceAt, marginRatioAt } from '../perpetual/margin-ratio';
import { type NormalizedSpec, normalizeSpec, notionalAt } from '../perpetual/normalize-spec';
import { type PartialCut, partialCutAt, partialLiquidationStep } from '../perpetual/partial-liquidation';
import { positionMargin } from '../perpetual/position-margin';
import {
  liquidationSettlement,
  type RemainderRecipient,
  remainderRecipient,
} from '../perpetual/rules/liquidation-settlement';
import { partialLiquidationRule } from '../perpetual/rules/partial-liquidation-rules';
import type { PositionSpec } from '../types';
import { priceAtMarginRatio } from './price-at-margin-ratio';
import type { LiquidationRemainder, ReplayEvent, ReplayOutcome, ReplayResult } from './replay-events';
import type { ReplayOptions } from './replay-options';
import { firstFundingTime, type NormalizedTrigger, replaySettings } from './replay-settings';
import { highTrigger, lowTrigger, nextTriggeredTick, type TickThresholds } from './scan-ticks';
import { fillPrice } from './slippage';

const ZERO = new Decimal(0);

/** Taker fee for filling the whole position at `price`, in the margin asset. */
function fillFee(n: NormalizedSpec, price: Decimal, rate: Decimal): Decimal {
  return tradingFee(notionalAt(n, price), rate);
}

/**
 * Replays a perpetual position along a price path and reports what happens, in order: margin-ratio
 * warnings, funding, a stop-loss or take-profit fill, or liquidation (with bankruptcy and negative
 * equity when the mark gaps past the bankruptcy price; a perpetual's deficit goes to the insurance fund,
 * so the trader never loses more than the position's margin). What a liquidation leaves above zero goes
 * where the venue's published settlement rule sends it (liquidationSettlement): on most venues to the
 * insurance fund, not back to the trader.
 *
 * Per tick the replay only compares floats against thresholds (nextTriggeredTick). At each candidate
 * tick it re-checks exactly with Decimal, applies the event, and recomputes the thresholds from the
 * exchange formulas: the liquidation price (liquidationPrice), the warning prices (solved on the exact
 * marginRatio), the orders' trigger prices and the next funding time. Funding is paid from the
 * position's collateral (isolated margin, or the cross wallet), so it moves the liquidation price.
 *
 * Within one tick the order is: funding, warnings, then liquidation before a stop or take-profit —
 * when the same tick crosses both, the liquidation engine has already taken the position over.
 * The opening fee is paid from the wallet outside an isolated position (from the wallet balance for
 * cross); the path's first tick is the moment the position is open.
 */
export function replayPosition(
  spec: PositionSpec,
  path: PricePath,
  options: ReplayOptions = {},
): ReplayResult {
  assertPricePath(path);
  const settings = replaySettings(options, spec.takerFeeRate);
  const base = normalizeSpec(spec);
  const settlement = liquidationSettlement(spec.rules, base.marginMode);
  const partialRule = partialLiquidationRule(spec.rules);
  const liquidationFeeRate = settings.fees?.liquidationFeeRate ?? ZERO;
  // The end of the venue's cool-down after a partial step (Hyperliquid), as a tick time.
  let cooldownUntil = Number.NEGATIVE_INFINITY;
  const long = base.sign === 1;
  const collateralField = base.marginMode === 'isolated' ? 'margin' : 'walletBalance';
  const { t, mark } = path;
  const last = path.last ?? path.mark;
  const end = t.length;

  let collateral = positionMargin(spec);
  const initialEquity = collateral.plus(base.otherUnrealizedPnl);
  let externalFees = ZERO;
  let totalFees = ZERO;
  let totalFunding = ZERO;
  if (settings.fees?.openFee) {
    const fee = fillFee(base, base.entryPrice, settings.fees.takerFeeRate);
    totalFees = fee;
    if (base.marginMode === 'cross') collateral = collateral.minus(fee);
    else externalFees = fee;
  }

  const events: ReplayEvent[] = [];
  let nextWarning = 0;
  let fundingIndex = 0;
  let nextFunding = settings.funding
    ? firstFundingTime(t[0]!, settings.funding.intervalMs)
    : Number.POSITIVE_INFINITY;

  // State derived from the collateral (and the size, after a partial liquidation); recomputed after
  // every event that changes them.
  let position: PositionSpec = spec;
  let current: PositionSpec = spec;
  let n: NormalizedSpec = base;
  let liquidation: Decimal | null = null;
  let bankruptcy: Decimal | null = null;
  const th: TickThresholds = { markLow: 0, markHigh: 0, lastLow: 0, lastHigh: 0, time: 0 };

  const refresh = (currentMark: Decimal) => {
    current = { ...position, [collateralField]: collateral };
    n = normalizeSpec(current);
    liquidation = liquidationPriceOf(n);
    bankruptcy = bankruptcyPrice(current);
    const warning = settings.warningRatios[nextWarning];
    const warningPrice =
      warning === undefined ? null : priceAtMarginRatio(n, warning, currentMark, liquidation);
    // No liquidation price: either never liquidated, or (degenerate) already at every price.
    const underwater = liquidation === null && marginRatioAt(n, currentMark).gte(1);
    const never = long ? -Infinity : Infinity;
    const loss = (p: Decimal | null) => (p === null ? never : p.toNumber());
    const liquidationTrigger = underwater ? -never : loss(liquidation);
    const orderOn = (order: NormalizedTrigger | undefined, on: 'mark' | 'last', fallback: number) =>
      order !== undefined && order.trigger === on ? order.priceNumber : fallback;
    // Long: liquidation, warnings and the stop sit below, the take-profit above; a short mirrors it.
    const markLoss = long
      ? Math.max(liquidationTrigger, loss(warningPrice), orderOn(settings.stopLoss, 'mark', -Infinity))
      : Math.min(liquidationTrigger, loss(warningPrice), orderOn(settings.stopLoss, 'mark', Infinity));
    const markProfit = orderOn(settings.takeProfit, 'mark', long ? Infinity : -Infinity);
    const lastLoss = orderOn(settings.stopLoss, 'last', long ? -Infinity : Infinity);
    const lastProfit = orderOn(settings.takeProfit, 'last', long ? Infinity : -Infinity);
    th.markLow = lowTrigger(long ? markLoss : markProfit);
    th.markHigh = highTrigger(long ? markProfit : markLoss);
    th.lastLow = lowTrigger(long ? lastLoss : lastProfit);
    th.lastHigh = highTrigger(long ? lastProfit : lastLoss);
    th.time = nextFunding;
  };

  const equityAt = (price: Decimal) => marginBalanceAt(n, price);
  const event = (
    type: ReplayEvent['type'],
    i: number,
    markD: Decimal,
    extra: Partial<ReplayEvent> = {},
  ): ReplayEvent => {
    const e: ReplayEvent = {
      type,
      index: i,
      time: t[i]!,
      price: markD,
      mark: markD,
      equity: equityAt(markD),
      marginRatio: marginRatioAt(n, markD),
      liquidationPrice: liquidation,
      ...extra,
    };
    events.push(e);
    return e;
  };
  const beyond = (price: Decimal, level: Decimal | null, lossSide: boolean) =>
    level !== null && (long === lossSide ? price.lte(level) : price.gte(level));

  let outcome: ReplayOutcome = 'open';
  let closedAt: number | null = null;
  let finalEquity = ZERO;
  let residual = ZERO;
  let insuranceFundCover = ZERO;
  let liquidationRemainder: LiquidationRemainder | null = null;
  const partialCuts: PartialCut[] = [];

  /**
   * Closes the whole position at `fill`; a perpetual's deficit is the insurance fund's, never the
   * trader's, and what is left goes to `leftTo` (the trader, except after a liquidation).
   */
  const close = (
    i: number,
    markD: Decimal,
    fill: Decimal,
    fee: Decimal,
    kind: ReplayOutcome,
    leftTo: RemainderRecipient = 'trader',
  ) => {
    outcome = kind;
    closedAt = i;
    finalEquity = equityAt(fill);
    totalFees = totalFees.plus(fee);
    const left = finalEquity.minus(fee);
    const remainder = left.gt(0) ? left : ZERO;
    residual = leftTo === 'trader' ? remainder : ZERO;
    if (kind === 'liquidated') liquidationRemainder = { amount: remainder, recipient: leftTo };
    if (left.lt(0)) {
      insuranceFundCover = left.negated();
      event('negative-equity', i, markD, {
        price: fill,
        equity: finalEquity,
        deficit: insuranceFundCover,
        coveredBy: 'insurance-fund',
      });
    }
  };

  refresh(toDecimal(mark[0]!, 'path.mark[0]'));
  let i = 0;
  while (outcome === 'open') {
    i = nextTriggeredTick(path, i, end, th);
    if (i >= end) break;
    const markD = toDecimal(mark[i]!, `path.mark[${i}]`);
    const lastD = last === mark ? markD : toDecimal(last[i]!, `path.last[${i}]`);

    while (settings.funding && t[i]! >= nextFunding) {
      const rate = settings.funding.rateAt(nextFunding, fundingIndex);
      const received = fundingPayment(current, markD, rate).negated();
      collateral = collateral.plus(received);
      totalFunding = totalFunding.plus(received);
      fundingIndex++;
      nextFunding += settings.funding.intervalMs;
      refresh(markD);
      event('funding', i, markD, { amount: received });
    }

    for (
      let w = settings.warningRatios[nextWarning];
      w !== undefined;
      w = settings.warningRatios[nextWarning]
    ) {
      if (marginRatioAt(n, markD).lt(w)) break;
      nextWarning++;
      event('warning', i, markD, { level: w });
    }

    const liq: Decimal | null = liquidation;
    const { stopLoss, takeProfit } = settings;
    if (liq === null ? marginRatioAt(n, markD).gte(1) : beyond(markD, liq, true)) {
      const bk: Decimal | null = bankruptcy;
      const gappedPastBankruptcy = beyond(markD, bk, true);
      const mode = settings.liquidationFill;
      const fill =
        gappedPastBankruptcy || mode === 'tick-mark' || liq === null
          ? markD
          : mode === 'bankruptcy-price' && bk !== null
            ? bk
            : liq;
      const step =
        settings.partialLiquidation.enabled && !gappedPastBankruptcy
          ? partialLiquidationStep(current, n, partialRule, {
              mark: markD,
              fill,
              feeRate: liquidationFeeRate,
              time: t[i]!,
              cooldownUntil,
              lotSize: settings.partialLiquidation.lotSize,
            })
          : null;
      if (step !== null) {
        // The venue closed part of the position; the rest stays open and this tick is checked again.
        position = step.spec;
        collateral = collateral.plus(step.realizedPnl).minus(step.fee);
        totalFees = totalFees.plus(step.fee);
        if (partialRule.method.kind === 'fraction') cooldownUntil = t[i]! + partialRule.method.cooldownMs;
        partialCuts.push(partialCutAt(fill, step));
        refresh(markD);
        event('partial-liquidation', i, markD, {
          price: fill,
          fee: step.fee,
          closedQuantity: step.closed,
          remainingQuantity: step.remaining,
          realizedPnl: step.realizedPnl,
          tierFrom: step.fromTier,
          tierTo: step.toTier,
        });
        continue;
      }
      const equity = equityAt(fill);
      const feeDue = settings.fees ? notionalAt(n, fill).times(settings.fees.liquidationFeeRate) : ZERO;
      const fee = Decimal.max(ZERO, Decimal.min(feeDue, equity));
      event('liquidation', i, markD, { price: fill, equity, fee });
      if (gappedPastBankruptcy) event('bankruptcy', i, markD, { price: bk ?? markD, equity: ZERO });
      const requirement = maintenanceMarginAt(n, markD).plus(n.otherMaintenance);
      close(i, markD, fill, fee, 'liquidated', remainderRecipient(settlement, equityAt(markD), requirement));
    } else if (stopLoss && beyond(stopLoss.trigger === 'last' ? lastD : markD, stopLoss.price, true)) {
      const fill = fillPrice(lastD, stopLoss.price, long, settings.slippage);
      const fee = settings.fees?.closeFee ? fillFee(n, fill, settings.fees.takerFeeRate) : ZERO;
      event('stop-loss', i, markD, { price: fill, equity: equityAt(fill), fee });
      close(i, markD, fill, fee, 'stopped-out');
    } else if (takeProfit && beyond(takeProfit.trigger === 'last' ? lastD : markD, takeProfit.price, false)) {
      const fill = fillPrice(lastD, takeProfit.price, long, settings.slippage);
      const fee = settings.fees?.closeFee ? fillFee(n, fill, settings.fees.takerFeeRate) : ZERO;
      event('take-profit', i, markD, { price: fill, equity: equityAt(fill), fee });
      close(i, markD, fill, fee, 'took-profit');
    } else {
      refresh(markD);
    }
    i++;
  }

  if (outcome === 'open') {
    const lastIndex = end - 1;
    const markD = toDecimal(mark[lastIndex]!, `path.mark[${lastIndex}]`);
    finalEquity = equityAt(markD);
    const fee = settings.fees?.closeFee ? fillFee(n, markD, settings.fees.takerFeeRate) : ZERO;
    residual = finalEquity.minus(fee);
    event('end', lastIndex, markD, { fee });
  }

  return {
    events,
    outcome,
    closedAt,
    finalEquity,
    residual,
    liquidationRemainder,
    partialCuts,
    insuranceFundCover,
    traderDebt: ZERO,
    totalFunding,
    totalFees,
    netPnl: residual.minus(initialEquity).minus(externalFees),
  };
}
