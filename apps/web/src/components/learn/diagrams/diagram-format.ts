import type { Decimal } from '@liqlab/core';
import { formatDecimal } from '@liqlab/core';
import { markFigure } from './figure-marks';

/**
 * How the diagrams print figures. Prices and amounts follow the reader's decimal-places setting: the
 * diagram is drawn on the server, which cannot know it, so `money` carries the figure at every choice
 * (figure-marks.tsx) and the reader's screen shows theirs. Changes in % and whole counts keep their
 * own places.
 */
export const money = (value: Decimal) => markFigure((digits) => formatDecimal(value, { digits }));
export const signedPercent = (ratio: Decimal) =>
  formatDecimal(ratio.times(100), { digits: 2, signed: true, unit: '%' });
export const percent = (ratio: Decimal, digits = 2) => formatDecimal(ratio.times(100), { digits, unit: '%' });
