import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Amount } from '~/components/learn/amount';
import { Callout } from '~/components/learn/callout';
import { BandLadder } from '~/components/learn/diagrams/band-ladder';
import { FundingDrain } from '~/components/learn/diagrams/funding-drain';
import { IsolatedVsCross } from '~/components/learn/diagrams/isolated-vs-cross';
import { LeverageBars } from '~/components/learn/diagrams/leverage-bars';
import { LiquidationDistanceBars } from '~/components/learn/diagrams/liquidation-distance-bars';
import { MarginLoanLadder } from '~/components/learn/diagrams/margin-loan-ladder';
import { OrderBookFill } from '~/components/learn/diagrams/order-book-fill';
import { PriceLadder } from '~/components/learn/diagrams/price-ladder';
import { RangeStop } from '~/components/learn/diagrams/range-stop';
import { SizeVsStop } from '~/components/learn/diagrams/size-vs-stop';
import { TierStaircase } from '~/components/learn/diagrams/tier-staircase';
import { InlineCheck } from '~/components/learn/inline-check';
import { LazyWidget } from '~/components/learn/lazy-widget';
import { LessonCode } from '~/components/learn/lesson-code';
import { LessonTable, LessonTd, LessonTh } from '~/components/learn/lesson-table';
import { LiquidationSettlementTable } from '~/components/learn/liquidation-settlement-table';
import { MarkVsLastChart } from '~/components/learn/mark-vs-last-chart';
import { PartialLiquidationRules } from '~/components/learn/partial-liquidation-rules';
import { PositionReplay } from '~/components/learn/position-replay';
import { ProseAmounts } from '~/components/learn/prose-amounts';
import { SandboxLink } from '~/components/learn/sandbox-link';
import { hydrateOnlyIslands, mdxBlocks } from '~/components/learn/static-prose';
import { Term } from '~/components/learn/term';
import { TermPopovers } from '~/components/learn/term-popovers';
import { TierLiquidationTable, TierTable } from '~/components/learn/tier-table';
import type { WidgetName, WidgetProps } from '~/components/learn/widget-loaders';
import { AppLink } from '~/components/ui/app-link';
import { ExternalLink } from '~/components/ui/external-link';

/**
 * A live widget as MDX sees it: its code is imported only when a lesson's widget nears the viewport,
 * so no lesson's first load carries the widgets (or the engine) of every lesson.
 */
function lazyWidget<N extends WidgetName>(name: N) {
  return (props: WidgetProps<N>) => <LazyWidget name={name} props={props} />;
}

/**
 * Every component of packages/content/src/lessons/COMPONENTS.md, plus the lesson typography (no
 * typography plugin).
 */
const lessonComponents: MDXComponents = {
  // Prose is kept as the server rendered it and only the islands hydrate (StaticMarkup); the one
  // client island that opens every <Term>'s popover, and the one that shows every <Amount> at the
  // reader's decimal places, come last.
  wrapper: ({ children }: { children?: ReactNode }) => (
    <>
      {hydrateOnlyIslands(mdxBlocks(children), isScriptFree)}
      <TermPopovers />
      <ProseAmounts />
    </>
  ),
  Term,
  Amount,
  Callout,
  InlineCheck,
  SandboxLink,
  TierTable,
  TierLiquidationTable,
  LeverageCalculator: lazyWidget('LeverageCalculator'),
  LiquidationPriceExplorer: lazyWidget('LiquidationPriceExplorer'),
  MarginLevelGauge: lazyWidget('MarginLevelGauge'),
  ResidualBalanceExplorer: lazyWidget('ResidualBalanceExplorer'),
  ExchangeComparison: lazyWidget('ExchangeComparison'),
  MarkVsLastChart,
  LiquidationSettlementTable,
  PartialLiquidationRules,
  PositionReplay,
  StopOutCostCalculator: lazyWidget('StopOutCostCalculator'),
  VolatilityBandChart: lazyWidget('VolatilityBandChart'),
  PositionSizer: lazyWidget('PositionSizer'),
  // Diagrams: server-rendered SVG, no JavaScript for the reader.
  LeverageBars,
  OrderBookFill,
  PriceLadder,
  MarginLoanLadder,
  IsolatedVsCross,
  TierStaircase,
  LiquidationDistanceBars,
  RangeStop,
  BandLadder,
  SizeVsStop,
  FundingDrain,
  h2: (props: ComponentPropsWithoutRef<'h2'>) => (
    <h2 className="mt-10 mb-3 scroll-mt-20 text-2xl font-semibold tracking-tight" {...props} />
  ),
  h3: (props: ComponentPropsWithoutRef<'h3'>) => (
    <h3 className="mt-8 mb-2 scroll-mt-20 text-xl font-semibold" {...props} />
  ),
  p: (props: ComponentPropsWithoutRef<'p'>) => <p className="my-4 leading-7" {...props} />,
  ul: (props: ComponentPropsWithoutRef<'ul'>) => <ul className="my-4 list-disc space-y-1 pl-6" {...props} />,
  ol: (props: ComponentPropsWithoutRef<'ol'>) => (
    <ol className="my-4 list-decimal space-y-1 pl-6" {...props} />
  ),
  pre: (props: ComponentPropsWithoutRef<'pre'>) => (
    <pre
      // Formulas wrap rather than scroll: a scrolling block would need a tab stop, and a phone reader
      // (WCAG 1.4.10 reflow) should not scroll sideways for one line.
      className="my-4 whitespace-pre-wrap break-words rounded-lg bg-slate-100 p-3 font-mono dark:bg-slate-900"
      {...props}
    />
  ),
  code: LessonCode,
  table: LessonTable,
  th: LessonTh,
  td: LessonTd,
  a: ({ href = '', ...props }: ComponentPropsWithoutRef<'a'>) =>
    href.startsWith('/') || href.startsWith('#') ? (
      <AppLink href={href} className="font-normal text-safe underline underline-offset-2" {...props} />
    ) : (
      <ExternalLink href={href} className="font-normal text-safe underline underline-offset-2">
        {props.children}
      </ExternalLink>
    ),
};

/**
 * The lesson components whose markup needs no JavaScript, so prose made of them is not hydrated
 * (static-prose.tsx). A term's popover is opened by TermPopovers, by event delegation, and carries no
 * state of its own; an internal link in prose navigates as a plain link. Everything else — widgets,
 * inline checks, diagrams (their figures follow the reader's decimal places), the sandbox links — is
 * an island. A component missing here only costs hydration; one wrongly listed would never hydrate.
 */
const SCRIPT_FREE = new Set<unknown>([
  Term,
  Amount,
  Callout,
  LessonTable,
  LessonTh,
  LessonTd,
  LessonCode,
  ...(['h2', 'h3', 'p', 'ul', 'ol', 'pre', 'a'] as const).map((tag) => lessonComponents[tag]),
]);
const isScriptFree = (type: unknown) => SCRIPT_FREE.has(type);

export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components, ...lessonComponents };
}
