'use client';

import type { Decimal, PricePath } from '@liqlab/core';
import { useMemo, useState } from 'react';
import { ChoiceGroup } from '~/components/ui/choice-group';
import { DecimalField } from '~/components/ui/decimal-field';
import { FigureList } from '~/components/ui/figure-list';
import { InfoTip } from '~/components/ui/info-tip';
import { useNumberFormat } from '~/lib/use-number-format';
import { errorFor } from './field-errors';
import { lessonHref } from './lesson-links';
import { type MarginLoanDraft, marginLoanFigures } from './margin-loan-figures';

/**
 * Spot trading with borrowed funds on the same price path: the margin level instead of a margin ratio,
 * and no insurance fund — a gap past zero equity leaves the trader owing the difference.
 */
export function MarginLoanView({ path, entryPrice }: { path: PricePath; entryPrice: string }) {
  const { formatDecimal, priceDigits } = useNumberFormat();
  const [draft, setDraft] = useState<MarginLoanDraft>({
    side: 'long',
    collateral: '10000',
    borrowed: '20000',
    entryPrice,
  });
  const current = { ...draft, entryPrice };
  const result = useMemo(
    () => marginLoanFigures(current, path),
    [current.side, current.collateral, current.borrowed, entryPrice, path],
  );
  const set = (patch: Partial<MarginLoanDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errors = result.ok ? undefined : result.errors;
  const price = (value: Decimal | null) =>
    value === null ? 'none' : formatDecimal(value, { digits: priceDigits(value) });
  return (
    <section aria-labelledby="loan-title" className="flex flex-col gap-3">
      <h2 id="loan-title" className="text-sm font-semibold">
        Spot margin loan on the same path
        <InfoTip href={lessonHref('marginLevel')} topic="the margin level" />
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <ChoiceGroup
          legend="Trade"
          value={draft.side}
          options={[
            { value: 'long', label: 'Buy on margin' },
            { value: 'short', label: 'Borrow & sell' },
          ]}
          onChange={(side) => set({ side })}
        />
        <DecimalField
          label="Own collateral"
          unit="USDT"
          value={draft.collateral}
          error={errorFor(errors, 'collateral')}
          onChange={(collateral) => set({ collateral })}
        />
        <DecimalField
          label={draft.side === 'long' ? 'Borrowed (USDT)' : 'Borrowed (value in USDT)'}
          unit="USDT"
          value={draft.borrowed}
          error={errorFor(errors, 'borrowed')}
          onChange={(borrowed) => set({ borrowed })}
        />
      </div>
      {result.ok ? (
        <>
          <FigureList
            figures={[
              {
                label: 'Margin level at entry',
                value: formatDecimal(result.figures.marginLevel, { digits: 3 }),
                testId: 'loan-level',
              },
              {
                label: 'Margin call (level 1.3) at',
                value: price(result.figures.marginCallPrice),
                tone: 'caution',
              },
              {
                label: 'Liquidation (level 1.1) at',
                value: price(result.figures.liquidationPrice),
                tone: 'danger',
                testId: 'loan-liquidation',
              },
              {
                label: 'Outcome on this path',
                value: result.figures.replay.outcome === 'liquidated' ? 'Liquidated' : 'Survived',
                tone: result.figures.replay.outcome === 'liquidated' ? 'danger' : 'safe',
              },
              {
                label: 'Left for you',
                value: formatDecimal(result.figures.replay.residual, { digits: 2, unit: 'USDT' }),
              },
              ...(result.figures.replay.traderDebt.gt(0)
                ? [
                    {
                      label: 'You still owe',
                      value: formatDecimal(result.figures.replay.traderDebt, { digits: 2, unit: 'USDT' }),
                      tone: 'danger' as const,
                    },
                  ]
                : []),
            ]}
          />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Levels as in Binance Margin’s FAQ; interest is left out here.
          </p>
        </>
      ) : null}
    </section>
  );
}
