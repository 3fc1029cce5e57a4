import { type Num, toPositiveDecimal } from '../decimal';

/**
 * Prices reach the statistical code as engine values (a Decimal liquidation price, a decimal string from
 * the form); they are validated like money, then converted to a float because probabilities are floats.
 */
export function positivePriceAsNumber(value: Num, field: string): number {
  return toPositiveDecimal(value, field).toNumber();
}
