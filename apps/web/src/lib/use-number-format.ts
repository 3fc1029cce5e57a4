'use client';

import { amountDigits, type FormatOptions, formatDecimal, formatPercent, priceDigits } from '@liqlab/core';
import type { DisplayPrecision } from '@liqlab/core/display-precision';
import { useMemo } from 'react';
import { useDisplayPrecision } from './display-precision';

export interface NumberFormat {
  precision: DisplayPrecision;
  /** formatDecimal with the reader's digits as the default for a figure given none. */
  formatDecimal: typeof formatDecimal;
  formatPercent: typeof formatPercent;
  priceDigits: (price: Parameters<typeof priceDigits>[0]) => number;
  amountDigits: (unit: string | undefined) => number;
}

/**
 * The formatting module bound to the reader's display precision (settings page, this device): client
 * components take their formatters from here, so every amount and price follows the setting. The
 * names match the plain functions on purpose: a component swaps its import for this hook and its
 * calls stay as they were.
 */
export function useNumberFormat(): NumberFormat {
  const { precision } = useDisplayPrecision();
  return useMemo(
    () => ({
      precision,
      formatDecimal: (value, options: FormatOptions = {}) => formatDecimal(value, { precision, ...options }),
      formatPercent,
      priceDigits: (price) => priceDigits(price, precision),
      amountDigits: (unit) => amountDigits(unit, precision),
    }),
    [precision],
  );
}
