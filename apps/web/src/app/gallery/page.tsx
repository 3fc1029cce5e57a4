import type { Metadata } from 'next';
import { ScenarioList } from '~/components/sandbox/scenario-list';
import { RequestIdMeta } from '~/components/shell/request-id-meta';
import { serverCaller } from '~/trpc/server-caller';

export const metadata: Metadata = {
  title: 'Gallery',
  description: 'Public and curated liquidation scenarios: open one, replay it, fork it into your sandbox.',
};

export const dynamic = 'force-dynamic';

export default async function GalleryPage() {
  const page = await (await serverCaller()).scenario.gallery({ limit: 50 });
  const curated = page.items.filter((item) => item.curated);
  const community = page.items.filter((item) => !item.curated);
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-6">
      <RequestIdMeta />
      <h1 className="text-2xl font-bold tracking-tight">Scenario gallery</h1>
      <section aria-labelledby="curated-title">
        <h2 id="curated-title" className="text-lg font-semibold">
          Curated
        </h2>
        {curated.length ? (
          <ScenarioList items={curated} hrefOf={(item) => `/s/${item.slug}`} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">No curated scenarios yet.</p>
        )}
      </section>
      <section aria-labelledby="public-title">
        <h2 id="public-title" className="text-lg font-semibold">
          Shared by learners
        </h2>
        {community.length ? (
          <ScenarioList items={community} hrefOf={(item) => `/s/${item.slug}`} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Nothing public yet: save a scenario as public to appear here.
          </p>
        )}
      </section>
    </main>
  );
}
