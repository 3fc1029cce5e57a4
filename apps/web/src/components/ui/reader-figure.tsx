'use client';

import { useNumberFormat } from '~/lib/use-number-format';

/**
 * One price or amount inside a server-rendered page (shared page, gallery card): the server renders
 * it at the default places and the browser re-renders it at the reader's setting after hydration, so
 * a server component needs neither the hook nor to ship its Decimals to the client.
 */
export function ReaderFigure({
  value,
  kind,
  unit,
  trim = false,
}: {
  /** An exact decimal string. */
  value: string;
  /** price: priceDigits; amount: amountDigits of `unit` (the settlement asset). */
  kind: 'price' | 'amount';
  unit?: string;
  trim?: boolean;
}) {
  const { formatDecimal, priceDigits, amountDigits } = useNumberFormat();
  const digits = kind === 'price' ? priceDigits(value) : amountDigits(unit);
  return formatDecimal(value, { digits, trim, unit });
}
