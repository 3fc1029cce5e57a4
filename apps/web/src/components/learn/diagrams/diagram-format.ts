import type { Decimal } from '@liqlab/core';
import { formatDecimal, markedMoney } from '@liqlab/core';

/**
 * How the diagrams print figures. Prices and amounts follow the reader's decimal-places setting: the
 * diagram is drawn on the server, which cannot know it, so `money` carries the figure at every choice
 * and the frame shows the reader's (figure-marks.tsx). Changes in % keep their own places.
 */
export const money = (value: Decimal) => markedMoney(value);
export const signedPercent = (ratio: Decimal) =>
  formatDecimal(ratio.times(100), { digits: 2, signed: true, unit: '%' });
export const percent = (ratio: Decimal, digits = 2) => formatDecimal(ratio.times(100), { digits, unit: '%' });
