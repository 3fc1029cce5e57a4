import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ModerationBanner } from '~/components/moderation/moderation-banner';
import { ReportButton } from '~/components/moderation/report-button';
import { WithheldNotice } from '~/components/moderation/withheld-notice';
import { ForkButton } from '~/components/sandbox/fork-button';
import { openingFiguresOf } from '~/components/sandbox/opening-figures';
import { DEFAULT_ANALYSIS } from '~/components/sandbox/sandbox-state';
import { scenarioSetup } from '~/components/sandbox/scenario-setup';
import { ScenarioSetupSummary } from '~/components/sandbox/scenario-setup-summary';
import { SharedScenarioView } from '~/components/sandbox/shared-scenario-view';
import { ViewBeacon } from '~/components/sandbox/view-beacon';
import { RequestIdMeta } from '~/components/shell/request-id-meta';
import { AppLink } from '~/components/ui/app-link';
import { ReaderText } from '~/components/ui/reader-text';
import { moderationRefusalOf } from '~/server/moderation-refusal';
import { SHAREABLE_META } from '~/server/shared-page-routing';
import { serverCaller } from '~/trpc/server-caller';

type Params = Promise<{ slug: string }>;

// One fetch per request, shared by the metadata and the page: the scenario, the moderation refusal
// (in review or hidden, for anyone but its owner and administrators), or null when there is none.
const scenarioBySlug = cache(async (slug: string) => {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(slug)) return null;
  try {
    // Views are reported by the page from the browser (ViewBeacon): the HTML may come from a cache.
    const scenario = await (await serverCaller()).scenario.get({ idOrSlug: slug, countView: false });
    return { kind: 'scenario' as const, scenario };
  } catch (error) {
    const withheld = moderationRefusalOf(error);
    if (withheld) return { kind: 'withheld' as const, withheld };
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
      return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await scenarioBySlug((await params).slug);
  if (found?.kind === 'withheld') {
    const title = found.withheld.code === 'HIDDEN_BY_MODERATION' ? 'Hidden by moderation' : 'Under review';
    return { title, robots: { index: false } };
  }
  const scenario = found?.scenario;
  return {
    title: scenario ? scenario.title : 'Scenario not found',
    robots: { index: scenario?.visibility === 'PUBLIC' },
    // A public scenario looks the same to every visitor without a session: the shared-page cache may
    // keep one copy of it for all, which a CDN may store too (proxy.ts). A withheld one never gets
    // here, so its notice is never a stored copy, and a scenario hidden meanwhile stops being served
    // once the copy is older than the cache's window (about 2 s, at most 7 s).
    ...(scenario?.visibility === 'PUBLIC'
      ? { other: { [SHAREABLE_META.name]: SHAREABLE_META.content } }
      : {}),
  };
}

/** A shared scenario, read-only, for anyone with the link (private ones only for their owner). */
export default async function SharedScenarioPage({ params }: { params: Params }) {
  const { slug } = await params;
  const found = await scenarioBySlug(slug);
  if (!found) notFound();
  if (found.kind === 'withheld') {
    return (
      <>
        <RequestIdMeta />
        <WithheldNotice {...found.withheld} />
      </>
    );
  }
  const { scenario } = found;
  const { moderationState } = scenario;
  const shown = {
    title: scenario.title,
    notes: scenario.notes,
    position: scenario.position,
    path: scenario.path,
  };
  const figures = openingFiguresOf({ scenario: shown, analysis: DEFAULT_ANALYSIS });
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-6">
      <RequestIdMeta />
      <ViewBeacon idOrSlug={scenario.slug} />
      {moderationState === 'VISIBLE' ? null : (
        <ModerationBanner state={moderationState} isMine={scenario.isMine} />
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Shared scenario{scenario.curated ? ' · curated' : ''} · {scenario.viewCount}{' '}
            {scenario.viewCount === 1 ? 'view' : 'views'}
          </p>
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="shared-title">
            {scenario.title}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <AppLink className="text-sm underline" href={`/explain?s=${scenario.slug}`}>
            Explain this liquidation
          </AppLink>
          <ForkButton idOrSlug={scenario.slug} />
          {scenario.visibility === 'PUBLIC' && moderationState === 'VISIBLE' ? (
            <ReportButton idOrSlug={scenario.slug} isMine={scenario.isMine} />
          ) : null}
        </div>
      </div>
      {scenario.notes ? (
        <p className="whitespace-pre-line text-sm" data-testid="shared-notes">
          <ReaderText text={scenario.notes} />
        </p>
      ) : null}
      <ScenarioSetupSummary setup={scenarioSetup(scenario)} />
      <SharedScenarioView scenario={shown} {...(figures ? { opening: figures } : {})} />
    </main>
  );
}
