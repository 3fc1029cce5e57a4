/**
 * Where each figure of the live panel is explained. Section ids are the lesson headings' slugs
 * (packages/content/src/lessons/lesson-catalog.ts); lesson-links.test.ts checks every one exists.
 */
export const FIGURE_LESSONS = {
  initialMargin: { slug: 'leverage-and-margin', section: 'initial-margin' },
  liquidationPrice: {
    slug: 'how-exchanges-compute-the-liquidation-price',
    section: 'binance-one-formula-for-isolated-and-cross',
  },
  bankruptcyPrice: {
    slug: 'margin-exhaustion-and-forced-liquidation',
    section: 'margin-exhaustion-equity-at-zero',
  },
  marginRatio: {
    slug: 'margin-exhaustion-and-forced-liquidation',
    section: 'maintenance-margin-the-line-before-zero',
  },
  distance: { slug: 'the-volatility-band', section: 'noise-and-the-band-around-the-price' },
  probability: { slug: 'the-volatility-band', section: 'how-often-is-a-stop-touched' },
  maxLoss: { slug: 'stop-losses', section: 'the-planned-loss' },
  fees: { slug: 'fees-funding-and-the-insurance-fund', section: 'trading-fees' },
  tiers: { slug: 'how-exchanges-compute-the-liquidation-price', section: 'tiered-maintenance-margin' },
  crossMargin: {
    slug: 'contract-margin-futures-and-perpetuals',
    section: 'cross-margin-and-the-other-positions',
  },
  marginLevel: { slug: 'borrowed-fund-margin', section: 'the-margin-level' },
  residual: { slug: 'margin-exhaustion-and-forced-liquidation', section: 'the-residual-balance' },
  markVsLast: {
    slug: 'contract-margin-futures-and-perpetuals',
    section: 'mark-price-last-price-and-index-price',
  },
} as const;

export type FigureKey = keyof typeof FIGURE_LESSONS;

export function lessonHref(key: FigureKey): string {
  const { slug, section } = FIGURE_LESSONS[key];
  return `/learn/${slug}#${section}`;
}
