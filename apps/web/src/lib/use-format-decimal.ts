'use client';

import { useCallback } from 'react';
import { useDisplayPrecision } from './display-precision';
import { type FormatOptions, formatDecimal } from './format-decimal';

/** formatDecimal with the reader's precision as the default for amounts given no explicit digits. */
export function useFormatDecimal(): typeof formatDecimal {
  const { precision } = useDisplayPrecision();
  return useCallback(
    (value: Parameters<typeof formatDecimal>[0], options: FormatOptions = {}) =>
      formatDecimal(value, { precision, ...options }),
    [precision],
  );
}
