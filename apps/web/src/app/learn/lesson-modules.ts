import type { MDXContent } from 'mdx/types';

/**
 * The lesson bodies (MDX owned by the content package), one import per file so the bundler compiles
 * each file at build time and the pages can be statically generated. Slugs and metadata come from the
 * content package's generated catalog; its test keeps the catalog and the files in step.
 */
export const lessonModules: Record<string, () => Promise<{ default: MDXContent }>> = {
  'leverage-and-margin': () => import('@liqlab/content/lessons/01-leverage-and-margin.mdx'),
  'margin-exhaustion-and-forced-liquidation': () =>
    import('@liqlab/content/lessons/02-margin-exhaustion-and-forced-liquidation.mdx'),
  'borrowed-fund-margin': () => import('@liqlab/content/lessons/03-borrowed-fund-margin.mdx'),
  'contract-margin-futures-and-perpetuals': () =>
    import('@liqlab/content/lessons/04-contract-margin-futures-and-perpetuals.mdx'),
  'how-exchanges-compute-the-liquidation-price': () =>
    import('@liqlab/content/lessons/05-how-exchanges-compute-the-liquidation-price.mdx'),
  'shorts-and-short-squeezes': () => import('@liqlab/content/lessons/06-shorts-and-short-squeezes.mdx'),
  'stop-losses': () => import('@liqlab/content/lessons/07-stop-losses.mdx'),
  'opening-calmly': () => import('@liqlab/content/lessons/08-opening-calmly.mdx'),
  'the-volatility-band': () => import('@liqlab/content/lessons/09-the-volatility-band.mdx'),
  'position-size': () => import('@liqlab/content/lessons/10-position-size.mdx'),
  'fees-funding-and-the-insurance-fund': () =>
    import('@liqlab/content/lessons/11-fees-funding-and-the-insurance-fund.mdx'),
  'during-a-liquidation-event': () => import('@liqlab/content/lessons/12-during-a-liquidation-event.mdx'),
};
