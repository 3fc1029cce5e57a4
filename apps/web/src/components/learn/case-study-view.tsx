'use client';

import type { CaseStudy } from '@liqlab/content/case-studies/case-study-schema';
import { formatDecimal } from '@liqlab/core';
import { AppLink } from '~/components/ui/app-link';
import { ExternalLink } from '~/components/ui/external-link';
import { LineChart } from '~/components/ui/line-chart';
import { useReaderText } from '~/components/ui/reader-text';
import { type CaseStudyFigures, STOP_EXAMPLE } from './case-study-figures';

const UTC_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

interface CaseStudyViewProps {
  study: CaseStudy;
  figures: CaseStudyFigures;
  lessonTitles: Record<string, string>;
}

/**
 * One real event: what was reported, the reconstruction, and what the engine says would have survived.
 * A client component so the engine's figures follow the reader's decimal places.
 */
export function CaseStudyView({ study, figures, lessonTitles }: CaseStudyViewProps) {
  const sourceNumber = new Map(study.sources.map((s, i) => [s.id, i + 1]));
  const factById = new Map(study.facts.map((f) => [f.id, f]));
  const tenX = figures.rows.find((r) => r.leverage === STOP_EXAMPLE.leverage);
  const highestRow = figures.rows.find((r) => r.leverage === figures.highestSurvivingLeverage);
  const t = useReaderText();
  return (
    <article className="space-y-8">
      <div className="space-y-3 text-slate-800 dark:text-slate-200">
        {study.story.map((paragraph) => (
          <p key={paragraph.slice(0, 40)}>{paragraph}</p>
        ))}
      </div>

      <section aria-labelledby="reported">
        <h2 id="reported" className="text-xl font-semibold">
          What was reported
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          {study.facts.map((fact) => (
            <li key={fact.id}>
              {fact.text}{' '}
              <a
                href={`#source-${sourceNumber.get(fact.source)}`}
                className="text-sm text-safe underline"
                aria-label={`source ${sourceNumber.get(fact.source)}`}
              >
                [{sourceNumber.get(fact.source)}]
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="reconstruction">
        <h2 id="reconstruction" className="text-xl font-semibold">
          The price, reconstructed
        </h2>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          A reconstruction, not a recording: straight lines between the published prices below (times marked ≈
          are approximate). The reports give one price per moment, so mark and last price are drawn as one; on
          the day, each venue’s mark price fell less than its deepest trades.
        </p>
        <div className="mt-4">
          <LineChart
            description={`Bitcoin from ${t(figures.entryPrice)} down to ${t(figures.lowPrice)} (${figures.fall} lower), with the liquidation prices of a 10× long and of the highest leverage that survived.`}
            series={[
              {
                values: figures.chart.prices,
                label: 'Price (reconstructed)',
                className: 'stroke-slate-700 dark:stroke-slate-200',
              },
            ]}
            lines={[
              ...(tenX
                ? [
                    {
                      value: tenX.liquidationPriceOnChart,
                      label: `${tenX.leverage}× long liquidation price (${t(tenX.liquidationPrice)})`,
                      className: 'stroke-danger',
                      dashed: true,
                    },
                  ]
                : []),
              ...(highestRow
                ? [
                    {
                      value: highestRow.liquidationPriceOnChart,
                      label: `${highestRow.leverage}× long liquidation price (${t(highestRow.liquidationPrice)})`,
                      className: 'stroke-safe',
                      dashed: true,
                    },
                  ]
                : []),
            ]}
            markers={[
              {
                index: figures.chart.lowIndex,
                value: figures.chart.prices[figures.chart.lowIndex] ?? 0,
                label: `Low: ${t(figures.lowPrice)}`,
                className: 'fill-danger stroke-danger',
              },
            ]}
          />
        </div>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">The published prices the reconstruction joins</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Time (UTC)
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-semibold">
                  Price
                </th>
              </tr>
            </thead>
            <tbody>
              {study.reconstruction.map((point) => (
                <tr key={point.at} className="border-b border-slate-200 dark:border-slate-800">
                  <td className="py-2 pr-4">
                    {point.approximateTime ? '≈ ' : ''}
                    {UTC_TIME.format(new Date(point.at.replace('Z', ':00Z')))}
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums">
                    {/* A sourced historical price, as its source gives it (to the cent): exempt from the reader's setting. */}
                    {formatDecimal(factById.get(point.fact)?.price ?? null, { digits: 2, unit: 'USD' })}{' '}
                    <a
                      href={`#source-${sourceNumber.get(factById.get(point.fact)?.source ?? '')}`}
                      className="text-safe underline"
                    >
                      [{sourceNumber.get(factById.get(point.fact)?.source ?? '')}]
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="survived">
        <h2 id="survived" className="text-xl font-semibold">
          What would have survived
        </h2>
        <p className="mt-2">
          A long opened at {t(figures.entryPrice)} with {t(figures.margin)} of isolated margin on Binance’s
          USDT-margined perpetual (its bundled BTCUSDT maintenance table; fees left out so that only the price
          decides). The price then fell {figures.fall}, to {t(figures.lowPrice)}. The engine replays the
          reconstruction at each leverage:
        </p>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Outcome of the same long at each leverage</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Leverage
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-semibold">
                  Liquidation price
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Outcome
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-semibold">
                  Margin left at the end
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.rows.map((row) => (
                <tr key={row.leverage} className="border-b border-slate-200 dark:border-slate-800">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {row.leverage}×
                  </th>
                  <td className="py-2 pr-4 text-right tabular-nums">{t(row.liquidationPrice)}</td>
                  <td className={`py-2 pr-4 font-normal ${row.liquidated ? 'text-danger' : 'text-safe'}`}>
                    {row.outcome}
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums">{t(row.marginLeft)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-4 font-normal">
          {figures.highestSurvivingLeverage === null
            ? 'Even 1× leverage was liquidated on this path.'
            : `The highest whole leverage that survived: ${figures.highestSurvivingLeverage}×.`}
        </p>
        <p className="mt-3">
          With a stop instead: a {STOP_EXAMPLE.leverage}× long with a stop-market 5% below the entry (trigger{' '}
          {t(figures.stop.trigger)}) planned to lose {t(figures.stop.plannedLoss)}. The reconstruction moves
          in 15-minute steps, so the stop fired at the first price past its trigger,{' '}
          {t(figures.stop.triggeredAt)}, and with 1% slippage assumed it filled at {t(figures.stop.fill)}: it
          lost {t(figures.stop.actualLoss)}, more than planned — in a real gap a stop can fill further away
          still. It kept {t(figures.stop.marginLeft)}
          {tenX?.liquidated
            ? `, where the same long without a stop was liquidated and lost all ${t(figures.margin)}.`
            : '.'}
        </p>
        <p className="mt-4">
          <AppLink href={figures.sandboxHref} className="font-normal text-safe underline">
            Replay the {figures.highestSurvivingLeverage ?? 1}× long in the sandbox
          </AppLink>{' '}
          and try other leverages, margins and stops.
        </p>
      </section>

      <section aria-labelledby="lessons">
        <h2 id="lessons" className="text-xl font-semibold">
          Lessons this event illustrates
        </h2>
        <ul className="mt-2 list-disc pl-5">
          {study.lessons.map((slug) => (
            <li key={slug}>
              <AppLink href={`/learn/${slug}`} className="text-safe underline">
                {lessonTitles[slug] ?? slug}
              </AppLink>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources" className="text-xl font-semibold">
          Sources
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
          {study.sources.map((source, i) => (
            <li key={source.id} id={`source-${i + 1}`}>
              {source.publisher}, “
              <ExternalLink href={source.url} className="text-safe underline">
                {source.title}
              </ExternalLink>
              ”{source.published ? `, ${source.published}` : ''}.
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
