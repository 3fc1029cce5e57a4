import type { Decimal } from '@liqlab/core';
import { AppLink } from '~/components/ui/app-link';
import { useNumberFormat } from '~/lib/use-number-format';

/**
 * Why the chart's last price and the mark price differ, and which one liquidates. Every rule set the
 * engine implements prices the liquidation against the mark price (each cited formula is written in
 * the mark price), which is why the distances are worked out from the mark.
 */
export function MarkVsLast({
  mark,
  last,
  liquidation,
  side,
}: {
  mark: Decimal | null;
  last: Decimal | null;
  liquidation: Decimal | null;
  side: 'long' | 'short';
}) {
  const { formatDecimal, priceDigits } = useNumberFormat();
  const price = (value: Decimal) => formatDecimal(value, { digits: priceDigits(value) });
  const gap = mark && last ? last.minus(mark) : null;
  const beyond = (p: Decimal) =>
    liquidation ? (side === 'long' ? p.lte(liquidation) : p.gte(liquidation)) : false;
  return (
    <section aria-labelledby="mark-last-title" className="flex flex-col gap-2" data-testid="mark-vs-last">
      <h2 id="mark-last-title" className="text-lg font-semibold">
        Mark price or last price: which one liquidates?
      </h2>
      <p className="text-sm">
        The <strong>mark price</strong> liquidates you. The last price is the latest trade on this one
        exchange, and a single large order can push it far for a moment. The mark price follows an index of
        several exchanges, so it moves more smoothly. Your chart usually shows the last price, which is why a
        liquidation can happen where the chart never printed your liquidation price, and why a sharp wick
        sometimes liquidates nobody.{' '}
        <AppLink className="underline" href="/learn/contract-margin-futures-and-perpetuals">
          The lesson on contract margin explains the mark price
        </AppLink>
        .
      </p>
      {mark && last && gap ? (
        <p className="text-sm" data-testid="mark-last-gap">
          Your exchange showed mark {price(mark)} and last {price(last)}: the last price is{' '}
          {formatDecimal(gap.abs(), { digits: priceDigits(mark) })} {gap.isNegative() ? 'below' : 'above'} the
          mark.
          {liquidation
            ? beyond(mark)
              ? ' The mark price is at or past your liquidation price: the position is liquidated.'
              : beyond(last)
                ? ' The last price is past your liquidation price but the mark is not: no liquidation yet.'
                : ' Neither has reached your liquidation price.'
            : ''}
        </p>
      ) : (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Enter the mark and last price your exchange shows (pasting an OKX position fills both) to see them
          side by side.
        </p>
      )}
    </section>
  );
}
