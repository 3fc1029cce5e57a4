'use client';

import { Decimal } from '@liqlab/core';
import { type Figure, FigureList } from '~/components/ui/figure-list';
import { InfoTip } from '~/components/ui/info-tip';
import { type NumberFormat, useNumberFormat } from '~/lib/use-number-format';
import { type FigureKey, lessonHref } from './lesson-links';
import type { PanelFigures, PanelResult } from './panel-figures';

function label(text: string, key: FigureKey, topic: string) {
  return (
    <>
      {text}
      <InfoTip href={lessonHref(key)} topic={topic} />
    </>
  );
}

/** Ratio tone: below half the requirement is safe, from 80% a warning; text says it too (not colour alone). */
export function ratioTone(ratio: Decimal): Figure['tone'] {
  if (ratio.gte(0.8)) return 'danger';
  if (ratio.gte(0.5)) return 'caution';
  return 'safe';
}

/**
 * The figures the sticky summary repeats, as the panel shows them: one formatting for both, so the
 * summary can never disagree with the panel it stands in for.
 */
export function keyFigureTexts(f: PanelFigures, { formatDecimal, formatPercent, priceDigits }: NumberFormat) {
  const price = (value: Decimal | null) =>
    value === null ? 'none' : formatDecimal(value, { digits: priceDigits(value) });
  return {
    liquidationPrice: price(f.liquidationPrice),
    marginRatio: f.marginRatio.isFinite() ? formatPercent(f.marginRatio) : '∞ (nothing left)',
    marginRatioTone: ratioTone(f.marginRatio),
    distance: f.distance
      ? `${formatDecimal(f.distance.percent, { digits: 2, unit: '%' })} · ${formatDecimal(new Decimal(f.distance.sigmas.toPrecision(6)), { digits: 2 })} σ`
      : '—',
  };
}

/** The live figures, recomputed by core on every edit. */
export function LivePanel({ result }: { result: PanelResult }) {
  const format = useNumberFormat();
  const { formatDecimal, formatPercent, priceDigits, amountDigits } = format;
  if (!result.ok) {
    return (
      <section aria-labelledby="live-panel-title" className="rounded-lg border border-danger/40 p-3">
        <h2 id="live-panel-title" className="text-sm font-semibold">
          Live figures
        </h2>
        <p className="mt-1 text-sm text-danger" data-testid="panel-error">
          Fix the highlighted field{Object.keys(result.errors).length > 1 ? 's' : ''}:{' '}
          {Object.values(result.errors)[0]}
        </p>
      </section>
    );
  }
  const f = result.figures;
  const unit = f.marginAsset;
  const money = (value: Decimal | null) =>
    value === null ? '—' : formatDecimal(value, { digits: amountDigits(unit), unit });
  const price = (value: Decimal | null) =>
    value === null ? 'none' : formatDecimal(value, { digits: priceDigits(value) });
  const key = keyFigureTexts(f, format);
  const figures: Figure[] = [
    {
      label: label('Initial margin', 'initialMargin', 'initial margin'),
      value: money(f.initialMargin),
      testId: 'fig-initial-margin',
    },
    { label: 'Position value', value: money(f.notional), testId: 'fig-notional' },
    {
      label: label('Liquidation price', 'liquidationPrice', 'the liquidation price'),
      value: key.liquidationPrice,
      tone: 'danger',
      testId: 'fig-liquidation-price',
    },
    {
      label: label('Bankruptcy price', 'bankruptcyPrice', 'the bankruptcy price'),
      value: price(f.bankruptcyPrice),
      testId: 'fig-bankruptcy-price',
    },
    {
      label: label('Margin ratio now', 'marginRatio', 'the margin ratio'),
      value: key.marginRatio,
      tone: key.marginRatioTone,
      testId: 'fig-margin-ratio',
    },
    {
      label: label('Distance to liquidation', 'distance', 'distance in σ'),
      value: key.distance,
      testId: 'fig-distance',
    },
    {
      label: label('P(liquidation) in horizon', 'probability', 'the probability of liquidation'),
      value:
        f.liquidationProbability === null
          ? '—'
          : formatPercent(new Decimal(f.liquidationProbability.toPrecision(6)), 2),
      tone: f.liquidationProbability !== null && f.liquidationProbability >= 0.2 ? 'danger' : undefined,
      testId: 'fig-probability',
    },
    {
      label: label(
        f.maxLossBound === 'stop-loss' ? 'Max loss (at the stop)' : `Max loss (the whole ${f.maxLossBound})`,
        'maxLoss',
        'the planned loss',
      ),
      value: money(f.maxLoss),
      testId: 'fig-max-loss',
    },
  ];
  if (f.stopProbability !== null) {
    figures.push({
      label: 'P(stop touched) in horizon',
      value: formatPercent(new Decimal(f.stopProbability.toPrecision(6)), 2),
      testId: 'fig-stop-probability',
    });
  }
  if (f.openingFee !== null) {
    figures.push({
      label: label('Fees (open + close)', 'fees', 'trading fees'),
      value: money(f.openingFee.plus(f.closingFee ?? 0)),
      testId: 'fig-fees',
    });
  }
  return (
    <section
      aria-labelledby="live-panel-title"
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <h2 id="live-panel-title" className="mb-2 text-sm font-semibold">
        Live figures at entry
        {f.analysis ? (
          <span className="ml-2 font-normal text-slate-600 dark:text-slate-400">
            σ {formatPercent(new Decimal(f.analysis.annualVolatility), 0)}/yr over{' '}
            {formatDecimal(new Decimal(f.analysis.horizonDays), { digits: 2, trim: true })} d
          </span>
        ) : null}
      </h2>
      <FigureList figures={figures} />
    </section>
  );
}
