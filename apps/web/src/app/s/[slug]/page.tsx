import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ForkButton } from '~/components/sandbox/fork-button';
import { scenarioSetup } from '~/components/sandbox/scenario-setup';
import { ScenarioSetupSummary } from '~/components/sandbox/scenario-setup-summary';
import { SharedScenarioView } from '~/components/sandbox/shared-scenario-view';
import { ViewBeacon } from '~/components/sandbox/view-beacon';
import { RequestIdMeta } from '~/components/shell/request-id-meta';
import { SHAREABLE_META } from '~/server/shared-page-routing';
import { serverCaller } from '~/trpc/server-caller';

type Params = Promise<{ slug: string }>;

// One fetch per request, shared by the metadata and the page.
const scenarioBySlug = cache(async (slug: string) => {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(slug)) return null;
  try {
    // Views are reported by the page from the browser (ViewBeacon): the HTML may come from a cache.
    return await (await serverCaller()).scenario.get({ idOrSlug: slug, countView: false });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
      return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const scenario = await scenarioBySlug((await params).slug);
  return {
    title: scenario ? scenario.title : 'Scenario not found',
    robots: { index: scenario?.visibility === 'PUBLIC' },
    // A public scenario looks the same to every visitor without a session: the shared-page cache may
    // keep one copy of it for all, which a CDN may store too (proxy.ts).
    ...(scenario?.visibility === 'PUBLIC'
      ? { other: { [SHAREABLE_META.name]: SHAREABLE_META.content } }
      : {}),
  };
}

/** A shared scenario, read-only, for anyone with the link (private ones only for their owner). */
export default async function SharedScenarioPage({ params }: { params: Params }) {
  const { slug } = await params;
  const scenario = await scenarioBySlug(slug);
  if (!scenario) notFound();
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-6">
      <RequestIdMeta />
      <ViewBeacon idOrSlug={scenario.slug} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Shared scenario{scenario.curated ? ' · curated' : ''} · {scenario.viewCount}{' '}
            {scenario.viewCount === 1 ? 'view' : 'views'}
          </p>
          <h1 className="text-2xl font-bold tracking-tight" data-testid="shared-title">
            {scenario.title}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Link className="text-sm underline" href={`/explain?s=${scenario.slug}`}>
            Explain this liquidation
          </Link>
          <ForkButton idOrSlug={scenario.slug} />
        </div>
      </div>
      {scenario.notes ? <p className="whitespace-pre-line text-sm">{scenario.notes}</p> : null}
      <ScenarioSetupSummary setup={scenarioSetup(scenario)} />
      <SharedScenarioView
        scenario={{
          title: scenario.title,
          notes: scenario.notes,
          position: scenario.position,
          path: scenario.path,
        }}
      />
    </main>
  );
}
