import type { Decimal } from '@liqlab/core';
import { AppLink } from '~/components/ui/app-link';
import { DecimalField } from '~/components/ui/decimal-field';
import { useNumberFormat } from '~/lib/use-number-format';
import type { ExplainFigures, MarketInputs } from './explain-figures';

export interface WhatWouldSurviveProps {
  figures: ExplainFigures;
  market: MarketInputs;
  errors: Record<string, string>;
  onMarket: (patch: Partial<MarketInputs>) => void;
  side: 'long' | 'short';
}

/** The move to test (the volatility band's edge unless the reader gives one) and what would have survived it. */
export function WhatWouldSurvive({ figures, market, errors, onMarket, side }: WhatWouldSurviveProps) {
  const { formatDecimal, priceDigits, amountDigits } = useNumberFormat();
  const price = (value: Decimal) => formatDecimal(value, { digits: priceDigits(value) });
  const { band, move, distance, explanation } = figures;
  const asset = explanation.marginAsset;
  const amount = (value: Decimal) => formatDecimal(value, { digits: amountDigits(asset), unit: asset });
  const outcome = move?.outcome;
  return (
    <section aria-labelledby="survive-title" className="flex flex-col gap-3" data-testid="what-would-survive">
      <h2 id="survive-title" className="text-lg font-semibold">
        What would have changed the outcome
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <DecimalField
          label="Volatility (per year)"
          hint="0.6 = 60%"
          value={market.annualVolatility}
          error={errors.annualVolatility}
          onChange={(annualVolatility) => onMarket({ annualVolatility })}
        />
        <DecimalField
          label="Horizon"
          unit="days"
          value={market.horizonDays}
          error={errors.horizonDays}
          onChange={(horizonDays) => onMarket({ horizonDays })}
        />
        <DecimalField
          label="Move against you"
          unit="%"
          hint="blank = the band's edge"
          value={market.movePercent}
          error={errors.movePercent}
          onChange={(movePercent) => onMarket({ movePercent })}
        />
      </div>
      {band ? (
        <p className="text-sm" data-testid="band">
          Over {band.horizonDays} {band.horizonDays === 1 ? 'day' : 'days'} at{' '}
          {formatDecimal(band.annualVolatility * 100, { digits: 0 })}% a year, 95% of ordinary random-walk
          outcomes end between {price(band.lower)} and {price(band.upper)} (from the{' '}
          {figures.reference.isMark ? 'mark' : 'entry'} price).{' '}
          {explanation.liquidationPrice
            ? band.reachesLiquidation
              ? `Your liquidation price ${price(explanation.liquidationPrice)} lies inside that band: ordinary noise can reach it.`
              : `Your liquidation price ${price(explanation.liquidationPrice)} lies outside it.`
            : 'The position has no liquidation price.'}
          {distance
            ? ` It is ${formatDecimal(distance.percent, { digits: 2 })}% away, ${distance.sigmas.toFixed(1)} standard moves for this horizon.`
            : ''}{' '}
          <AppLink className="underline" href="/learn/the-volatility-band">
            The lesson on the volatility band
          </AppLink>
        </p>
      ) : null}
      {move && outcome ? (
        <div className="flex flex-col gap-1 text-sm" data-testid="move-outcome">
          <p>
            A move of {formatDecimal(move.percent, { digits: 2, trim: true })}% against the {side} takes the
            mark price to {price(outcome.price)}
            {move.fromBand ? ' (the band’s edge)' : ''}:{' '}
            <strong className={outcome.liquidated ? 'text-danger' : 'text-safe'}>
              {outcome.liquidated ? 'the position is liquidated' : 'the position survives'}
            </strong>
            .
          </p>
          <ul className="list-disc pl-5">
            {outcome.liquidated ? (
              <li>
                Added margin: more than {amount(outcome.addedMargin)} on top of what you have (
                {amount(outcome.marginNeeded)} in all) keeps it alive at {price(outcome.price)}.
              </li>
            ) : (
              <li>Margin: you hold more than the {amount(outcome.marginNeeded)} this move needs.</li>
            )}
            {outcome.leverageBelow ? (
              <li>
                Leverage: below {formatDecimal(outcome.leverageBelow, { digits: 2 })}× (opening margin =
                position value ÷ leverage) the position survives this move.
              </li>
            ) : (
              <li>
                Leverage: in cross margin the leverage setting does not set the collateral; the wallet balance
                does.
              </li>
            )}
            {outcome.stopWindow ? (
              <li>
                Stop: a stop between {price(outcome.stopWindow.from)} and {price(outcome.stopWindow.to)} is
                not reached by this move and still closes the position before liquidation.
              </li>
            ) : (
              <li>
                Stop: every stop that closes before liquidation lies inside this move and would have been hit.
                A stop at {price(outcome.price)} realises {amount(outcome.pnlAtPrice)} instead of losing the
                margin to liquidation: lower leverage is what lets a stop sit outside the band.
              </li>
            )}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
