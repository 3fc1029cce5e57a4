import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { ZodError } from 'zod';
import { GalleryCard } from '~/components/gallery/gallery-card';
import { GalleryFilters, type GalleryQuery } from '~/components/gallery/gallery-filters';
import type { GalleryItem } from '~/components/sandbox/saved-scenario';
import { RequestIdMeta } from '~/components/shell/request-id-meta';
import { serverCaller } from '~/trpc/server-caller';

export const metadata: Metadata = {
  title: 'Gallery',
  description: 'Public and curated liquidation scenarios: open one, replay it, fork it into your sandbox.',
};

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** An empty field in the GET form means "any": it is left out rather than sent as a filter. */
const single = (value: string | string[] | undefined) =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function CardGrid({ items }: { items: readonly GalleryItem[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <GalleryCard key={item.id} item={item} />
      ))}
    </ul>
  );
}

export default async function GalleryPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query: GalleryQuery = {
    exchange: single(params.exchange),
    outcome: single(params.outcome),
    search: single(params.search),
  };
  const filtered = Boolean(query.exchange || query.outcome || query.search);
  let items: GalleryItem[] = [];
  let refusal: string | null = null;
  try {
    // The router checks the values; a hand-edited address gets its plain-words refusal below.
    items = (await (await serverCaller()).scenario.gallery({ limit: 50, ...(query as object) })).items;
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code !== 'BAD_REQUEST') throw error;
    // Called in-process, the error is not shaped for the wire: its message would be the raw list of
    // schema issues. The first issue's own words are the plain refusal.
    refusal =
      error.cause instanceof ZodError ? (error.cause.issues[0]?.message ?? error.message) : error.message;
  }
  const curated = items.filter((item) => item.curated);
  const community = items.filter((item) => !item.curated);
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-6">
      <RequestIdMeta />
      <h1 className="text-2xl font-semibold tracking-tight">Scenario gallery</h1>
      <GalleryFilters query={query} />
      {refusal ? (
        <p role="alert" className="text-sm text-danger" data-testid="gallery-refusal">
          {refusal}
        </p>
      ) : null}
      {filtered && !refusal && items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No public scenario matches these filters.
        </p>
      ) : null}
      {curated.length || !filtered ? (
        <section aria-labelledby="curated-title" className="flex flex-col gap-3">
          <h2 id="curated-title" className="text-lg font-semibold">
            Curated
          </h2>
          {curated.length ? (
            <CardGrid items={curated} />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">No curated scenarios yet.</p>
          )}
        </section>
      ) : null}
      {community.length || !filtered ? (
        <section aria-labelledby="public-title" className="flex flex-col gap-3">
          <h2 id="public-title" className="text-lg font-semibold">
            Shared by learners
          </h2>
          {community.length ? (
            <CardGrid items={community} />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Nothing public yet: save a scenario as public to appear here.
            </p>
          )}
        </section>
      ) : null}
    </main>
  );
}
