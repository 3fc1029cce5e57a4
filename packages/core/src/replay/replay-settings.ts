import {
  Decimal,
  type Num,
  toDecimal,
  toNonNegativeDecimal,
  toOptionalDecimal,
  toPositiveDecimal,
} from '../decimal';
import { LiquidationError } from '../errors';
import { MS_PER_HOUR } from '../paths/price-path';
import type { LiquidationFill, ReplayOptions, TriggerOrder, TriggerPrice } from './replay-options';
import { type NormalizedSlippage, normalizeSlippage } from './slippage';

export interface NormalizedTrigger {
  price: Decimal;
  priceNumber: number;
  trigger: TriggerPrice;
}

export interface ReplaySettings {
  warningRatios: Decimal[];
  stopLoss: NormalizedTrigger | undefined;
  takeProfit: NormalizedTrigger | undefined;
  slippage: NormalizedSlippage;
  funding: { rateAt: (time: number, index: number) => Decimal; intervalMs: number } | undefined;
  fees:
    | { takerFeeRate: Decimal; openFee: boolean; closeFee: boolean; liquidationFeeRate: Decimal }
    | undefined;
  liquidationFill: LiquidationFill;
  partialLiquidation: { enabled: boolean; lotSize: Decimal | undefined };
}

const LIQUIDATION_FILLS: readonly LiquidationFill[] = ['liquidation-price', 'tick-mark', 'bankruptcy-price'];

export const DEFAULT_WARNING_RATIOS: readonly Num[] = ['0.8'];
export const DEFAULT_FUNDING_INTERVAL_MS = 8 * MS_PER_HOUR;

function trigger(order: TriggerOrder | undefined, field: string): NormalizedTrigger | undefined {
  if (order === undefined) return undefined;
  const price = toPositiveDecimal(order.price, `${field}.price`);
  const kind = order.trigger ?? 'mark';
  if (kind !== 'mark' && kind !== 'last') {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `${field}.trigger must be "mark" or "last".`,
      `${field}.trigger`,
    );
  }
  return { price, priceNumber: price.toNumber(), trigger: kind };
}

/** Validates replay options once, naming the offending field, and parses every figure into Decimals. */
export function replaySettings(options: ReplayOptions, specTakerFeeRate: Num | undefined): ReplaySettings {
  const warningRatios = (options.warningRatios ?? DEFAULT_WARNING_RATIOS).map((value, i) => {
    const ratio = toDecimal(value, `warningRatios[${i}]`);
    if (ratio.lte(0) || ratio.gte(1)) {
      throw new LiquidationError(
        'INVALID_ARGUMENT',
        `warningRatios[${i}] must lie strictly between 0 and 1.`,
        `warningRatios[${i}]`,
      );
    }
    return ratio;
  });
  warningRatios.sort((a, b) => a.comparedTo(b));

  let funding: ReplaySettings['funding'];
  if (options.funding !== undefined) {
    const intervalMs = options.funding.intervalMs ?? DEFAULT_FUNDING_INTERVAL_MS;
    if (!Number.isInteger(intervalMs) || intervalMs <= 0) {
      throw new LiquidationError(
        'INVALID_ARGUMENT',
        'funding.intervalMs must be a positive whole number of ms.',
        'funding.intervalMs',
      );
    }
    const rate = options.funding.rate;
    if (typeof rate === 'function') {
      funding = {
        intervalMs,
        rateAt: (time, index) => toDecimal(rate(time, index), `funding.rate(${index})`),
      };
    } else {
      const constant = toDecimal(rate, 'funding.rate');
      funding = { intervalMs, rateAt: () => constant };
    }
  }

  let fees: ReplaySettings['fees'];
  if (options.fees !== undefined) {
    const rate = toOptionalDecimal(options.fees.takerFeeRate ?? specTakerFeeRate, 'fees.takerFeeRate');
    if (rate === undefined) {
      throw new LiquidationError(
        'MISSING_FIELD',
        'fees.takerFeeRate is required (or takerFeeRate on the position).',
        'fees.takerFeeRate',
      );
    }
    fees = {
      takerFeeRate: toNonNegativeDecimal(rate, 'fees.takerFeeRate'),
      openFee: options.fees.openFee ?? true,
      closeFee: options.fees.closeFee ?? true,
      liquidationFeeRate:
        options.fees.liquidationFeeRate === undefined
          ? new Decimal(0)
          : toNonNegativeDecimal(options.fees.liquidationFeeRate, 'fees.liquidationFeeRate'),
    };
  }

  const liquidationFill = options.liquidationFill ?? 'liquidation-price';
  if (!LIQUIDATION_FILLS.includes(liquidationFill)) {
    throw new LiquidationError(
      'INVALID_ARGUMENT',
      `liquidationFill must be one of ${LIQUIDATION_FILLS.join(', ')}.`,
      'liquidationFill',
    );
  }
  return {
    warningRatios,
    stopLoss: trigger(options.stopLoss, 'stopLoss'),
    takeProfit: trigger(options.takeProfit, 'takeProfit'),
    slippage: normalizeSlippage(options.slippage),
    funding,
    fees,
    liquidationFill,
    partialLiquidation: {
      enabled: options.partialLiquidation?.enabled ?? true,
      lotSize:
        options.partialLiquidation?.lotSize === undefined
          ? undefined
          : toPositiveDecimal(options.partialLiquidation.lotSize, 'partialLiquidation.lotSize'),
    },
  };
}

/** First funding time strictly after `start`: funding is charged at multiples of the interval since the epoch. */
export function firstFundingTime(start: number, intervalMs: number): number {
  return (Math.floor(start / intervalMs) + 1) * intervalMs;
}
