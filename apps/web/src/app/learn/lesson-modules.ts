import type { MDXContent } from 'mdx/types';

/**
 * The lesson bodies (MDX owned by the content package), one import per file so the bundler compiles
 * each file at build time and the pages can be statically generated. Slugs and metadata come from the
 * content package's generated catalog; its test keeps the catalog and the files in step.
 */
export const lessonModules: Record<string, () => Promise<{ default: MDXContent }>> = {
  'start-at-zero': () => import('@liqlab/content/lessons/01-start-at-zero.mdx'),
  'leverage-and-margin': () => import('@liqlab/content/lessons/02-leverage-and-margin.mdx'),
  'margin-exhaustion-and-forced-liquidation': () =>
    import('@liqlab/content/lessons/03-margin-exhaustion-and-forced-liquidation.mdx'),
  'stop-losses': () => import('@liqlab/content/lessons/04-stop-losses.mdx'),
  'opening-calmly': () => import('@liqlab/content/lessons/05-opening-calmly.mdx'),
  'the-volatility-band': () => import('@liqlab/content/lessons/06-the-volatility-band.mdx'),
  'position-size': () => import('@liqlab/content/lessons/07-position-size.mdx'),
  'borrowed-fund-margin': () => import('@liqlab/content/lessons/08-borrowed-fund-margin.mdx'),
  'contract-margin-futures-and-perpetuals': () =>
    import('@liqlab/content/lessons/09-contract-margin-futures-and-perpetuals.mdx'),
  'shorts-and-short-squeezes': () => import('@liqlab/content/lessons/10-shorts-and-short-squeezes.mdx'),
  'fees-funding-and-the-insurance-fund': () =>
    import('@liqlab/content/lessons/11-fees-funding-and-the-insurance-fund.mdx'),
  'during-a-liquidation-event': () => import('@liqlab/content/lessons/12-during-a-liquidation-event.mdx'),
  'how-exchanges-compute-the-liquidation-price': () =>
    import('@liqlab/content/lessons/13-how-exchanges-compute-the-liquidation-price.mdx'),
};
