import type { DisplayPrecision } from '@liqlab/core';
import { formatDecimal, formatPercent, priceDigits } from '@liqlab/core';
import type { PositionWarning } from '@liqlab/scenario/position-warnings';

function horizonText(days: number): string {
  if (days < 1) {
    const hours = Math.round(days * 24);
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  return days === 1 ? 'a day' : `${formatDecimal(days, { digits: 1, trim: true })} days`;
}

/** The words a learner reads beside the field a warning is about. */
export function positionWarningText(warning: PositionWarning, precision?: DisplayPrecision): string {
  const price = (value: Parameters<typeof priceDigits>[0]) =>
    formatDecimal(value, { digits: priceDigits(value, precision) });
  switch (warning.kind) {
    case 'liquidated-at-entry':
      return `This ${warning.field === 'margin' ? 'margin' : 'wallet balance'} is at or below the maintenance margin (margin ratio ${formatPercent(warning.marginRatio, 0)}): the position would be liquidated the moment it opens.`;
    case 'stop-beyond-liquidation':
      return `The stop at ${price(warning.stop)} lies beyond the liquidation price (${price(warning.liquidationPrice)}): the position is liquidated before the stop can fire. Move the stop between the entry and ${price(warning.liquidationPrice)}.`;
    case 'stop-inside-noise':
      return `The stop is only ${price(warning.stopDistance)} from the entry, less than one typical move over ${horizonText(warning.horizonDays)} (${price(warning.typicalMove)}): ordinary noise is likely to trigger it.`;
  }
}

/** Warning texts keyed by form field, as errors are (FieldErrors). */
export function fieldWarnings(
  warnings: readonly PositionWarning[],
  precision?: DisplayPrecision,
): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const warning of warnings) byField[warning.field] ??= positionWarningText(warning, precision);
  return byField;
}
