import { type Decimal, type ExplainedTier, ruleSetInfo } from '@liqlab/core';
import type { ScenarioPosition } from '@liqlab/scenario/scenario-position-schema';
import { TierTableFactsLine } from '~/components/tiers/tier-table-facts';
import { SettlementRule } from '~/components/ui/settlement-note';
import { VenueLiquidationRules } from '~/components/ui/venue-liquidation-rules';
import { useNumberFormat } from '~/lib/use-number-format';
import type { ExplainFigures, MarketInputs } from './explain-figures';
import { FormulaSteps, formulaNumber } from './formula-steps';
import { MarkVsLast } from './mark-vs-last';
import { WhatWouldSurvive } from './what-would-survive';

function TierSentence({ tier, asset }: { tier: ExplainedTier; asset: string }) {
  const { formatDecimal } = useNumberFormat();
  const size = tier.boundsIn === 'quantity' ? 'position size' : 'position value';
  const unit = tier.boundsIn === 'quantity' ? '' : ` ${asset}`;
  const range =
    tier.cap === null
      ? `from ${formulaNumber(tier.floor)}${unit} up, with no upper bound`
      : `${formulaNumber(tier.floor)} to ${formulaNumber(tier.cap)}${unit}`;
  // The last tier keeps its cap either way: it is the largest position the table allows.
  const edges =
    tier.cap === null
      ? `${tier.includes === 'floor' || tier.number === 1 ? 'its floor included' : 'its floor not included'}; the last tier, open-ended`
      : tier.last
        ? `${tier.includes === 'floor' || tier.number === 1 ? 'both ends' : 'its cap, not its floor,'} included; the last tier`
        : tier.includes === 'floor'
          ? 'its floor included, its cap not'
          : 'its cap included, its floor not';
  return (
    <p className="text-sm" data-testid="tier-sentence">
      Tier {tier.number} applies: {size}
      {tier.boundsIn === 'quantity' ? ' in base units' : ''} {range} ({edges}), maintenance rate{' '}
      {formatDecimal(tier.maintenanceMarginRate.times(100), { digits: 4, trim: true })}%
      {tier.maintenanceAmount.isZero()
        ? ''
        : `, maintenance amount ${formulaNumber(tier.maintenanceAmount)} ${asset}`}
      .{' '}
      {tier.chosenBy === 'entry'
        ? `This venue picks the tier by the ${size} when the position is opened${tier.sizeAtChoice ? ` (${formulaNumber(tier.sizeAtChoice)}${unit})` : ''}.`
        : `This venue picks the tier by the ${size} at the liquidation price itself, so the price is solved tier by tier until it lands in its own tier${tier.sizeAtChoice ? ` (${formulaNumber(tier.sizeAtChoice)}${unit} at the liquidation price, last step)` : ''}.`}
    </p>
  );
}

export interface ExplainResultsProps {
  figures: ExplainFigures;
  position: ScenarioPosition;
  market: MarketInputs;
  errors: Record<string, string>;
  onMarket: (patch: Partial<MarketInputs>) => void;
}

export function ExplainResults({ figures, position, market, errors, onMarket }: ExplainResultsProps) {
  const { formatDecimal, priceDigits } = useNumberFormat();
  const price = (value: Decimal | null) =>
    value === null ? 'none' : formatDecimal(value, { digits: priceDigits(value) });
  const { explanation, venue, table } = figures;
  const unit = ruleSetInfo(explanation.rules).quoteAsset;
  return (
    <>
      <section
        aria-labelledby="result-title"
        className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
      >
        <h2 id="result-title" className="sr-only">
          Result
        </h2>
        {/* One column on a phone: a price and its unit stay on one line (the unit never wraps alone). */}
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
              Liquidation price (mark)
            </dt>
            <dd className="text-2xl font-semibold text-danger" data-testid="explain-liquidation-price">
              <span className="whitespace-nowrap">
                {price(explanation.liquidationPrice)}
                {explanation.liquidationPrice ? <span className="text-sm font-normal"> {unit}</span> : null}
              </span>
            </dd>
          </div>
          <div>
            <dt className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
              Bankruptcy price
            </dt>
            <dd className="text-2xl font-semibold" data-testid="explain-bankruptcy-price">
              <span className="whitespace-nowrap">
                {price(explanation.bankruptcyPrice)}
                {explanation.bankruptcyPrice ? <span className="text-sm font-normal"> {unit}</span> : null}
              </span>
            </dd>
          </div>
        </dl>
        {explanation.liquidationPrice === null ? (
          <p className="mt-2 text-sm">
            The formula gives no positive price: with this margin the position cannot be liquidated by a price
            move (for example a 1× long), or it is under water at every price.
          </p>
        ) : null}
        {venue ? (
          <p className="mt-2 text-sm" data-testid="venue-comparison">
            Your exchange showed {price(venue.price)}.{' '}
            {venue.difference.abs().lte(venue.price.times('0.0001'))
              ? 'The engine agrees to within 0.01%.'
              : `The engine's figure is ${formatDecimal(venue.difference.abs(), { digits: priceDigits(venue.difference.abs()) })} ${venue.difference.isNegative() ? 'lower' : 'higher'} (${formatDecimal(venue.relative.abs().times(100), { digits: 3 })}%). Usual causes: a different tier table (paste today's), the fee to close, funding already paid out of the margin, or, in cross margin, other positions.`}
          </p>
        ) : null}
        {table ? <TierTableFactsLine facts={table} /> : null}
      </section>

      <section aria-labelledby="steps-title" className="flex flex-col gap-2">
        <h2 id="steps-title" className="text-lg font-semibold">
          Step by step
        </h2>
        {explanation.tier ? <TierSentence tier={explanation.tier} asset={explanation.marginAsset} /> : null}
        <FormulaSteps explanation={explanation} steps={explanation.steps} testId="explain-steps" />
        <h3 className="mt-2 text-base font-semibold">The bankruptcy price</h3>
        <p className="text-sm">
          The same formula with nothing kept back: the price where the margin is used up entirely.{' '}
          <SettlementRule rules={position.rules} marginMode={position.marginMode} />
        </p>
        <FormulaSteps
          explanation={explanation}
          steps={explanation.bankruptcySteps}
          testId="bankruptcy-steps"
        />
        <h3 className="mt-2 text-base font-semibold">How this exchange closes the position</h3>
        <VenueLiquidationRules rules={position.rules} className="text-sm" />
      </section>

      <MarkVsLast
        mark={figures.mark}
        last={figures.last}
        liquidation={explanation.liquidationPrice}
        side={position.side}
      />
      <WhatWouldSurvive
        figures={figures}
        market={market}
        errors={errors}
        onMarket={onMarket}
        side={position.side}
      />
    </>
  );
}
