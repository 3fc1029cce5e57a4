import { REPORT_REASON_LABELS } from '@liqlab/scenario/report-reasons';
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ModerationActions } from '~/components/moderation/moderation-actions';
import { RequestIdMeta } from '~/components/shell/request-id-meta';
import { AppLink } from '~/components/ui/app-link';
import { serverCaller } from '~/trpc/server-caller';

export const metadata: Metadata = { title: 'Moderation', robots: { index: false } };

export const dynamic = 'force-dynamic';

type QueuePage = Awaited<ReturnType<Awaited<ReturnType<typeof serverCaller>>['moderation']['queue']>>;
type QueueItem = QueuePage['items'][number];
type Section = QueuePage['section'];

const STATE_LABELS: Record<QueueItem['moderationState'], string> = {
  PENDING_REVIEW: 'Waiting for review (out of the gallery)',
  VISIBLE: 'Reported (still in the gallery)',
  HIDDEN: 'Hidden',
};

const when = (iso: string) => new Date(iso).toISOString().slice(0, 16).replace('T', ' ');

function QueueEntry({ item }: { item: QueueItem }) {
  return (
    <li
      className="flex flex-col gap-2 rounded-lg border border-slate-300 p-4 dark:border-slate-700"
      data-testid="moderation-item"
      data-slug={item.slug}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          <AppLink className="underline" href={`/s/${item.slug}`}>
            {item.title}
          </AppLink>
        </h3>
        <span className="text-sm" data-testid="moderation-state">
          {STATE_LABELS[item.moderationState]}
        </span>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        By {item.ownerName} · {item.visibility.toLowerCase()} · {item.openReports} open{' '}
        {item.openReports === 1 ? 'report' : 'reports'} of {item.totalReports}
        {item.lastReportedAt ? ` · last ${when(item.lastReportedAt)} UTC` : ''}
        {item.moderatedBy && item.moderatedAt
          ? ` · last decision by ${item.moderatedBy}, ${when(item.moderatedAt)} UTC`
          : ''}
      </p>
      {item.reasons.length ? (
        <ul className="flex flex-wrap gap-2 text-sm">
          {item.reasons.map(({ reason, count }) => (
            <li key={reason} className="rounded bg-slate-100 px-2 py-0.5 dark:bg-slate-800">
              {REPORT_REASON_LABELS[reason]} × {count}
            </li>
          ))}
        </ul>
      ) : null}
      {item.notes.length ? (
        <ul className="list-disc pl-5 text-sm">
          {item.notes.map((note) => (
            <li key={`${note.createdAt}-${note.note}`} className="whitespace-pre-line">
              {note.note}{' '}
              <span className="text-slate-600 dark:text-slate-400">
                ({REPORT_REASON_LABELS[note.reason]})
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <ModerationActions scenarioId={item.id} state={item.moderationState} title={item.title} />
    </li>
  );
}

const SECTIONS: { section: Section; id: string; title: string }[] = [
  { section: 'PENDING_REVIEW', id: 'pending', title: 'Waiting for review' },
  { section: 'VISIBLE', id: 'reported', title: 'Reported, below the threshold' },
  { section: 'HIDDEN', id: 'hidden', title: 'Hidden' },
];

const isSection = (value: unknown): value is Section => SECTIONS.some((s) => s.section === value);

/**
 * Administrators only: everyone else gets the 404 page, as for an address that does not exist. The
 * first page of each section, or (`?section=…&after=…`) a later page of one; each page links the next,
 * so every scenario waiting is reachable however long the queue grows.
 */
export default async function ModerationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const only = isSection(params.section) && typeof params.after === 'string' ? params.section : null;
  const after = only ? (params.after as string) : undefined;
  let pages: QueuePage[];
  try {
    const caller = await serverCaller();
    pages = await Promise.all(
      SECTIONS.filter((s) => only === null || s.section === only).map((s) =>
        caller.moderation.queue({ section: s.section, after }),
      ),
    );
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN'))
      notFound();
    // A page boundary nobody handed out (an edited address): back to the first pages.
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') redirect('/admin/moderation');
    throw error;
  }
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-6">
      <RequestIdMeta />
      <h1 className="text-2xl font-semibold tracking-tight">Moderation</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A public scenario leaves the gallery once enough learners report it, and waits here. Hide it to keep
        it from everyone but its owner, or restore it to the gallery; either decision closes its open reports.
      </p>
      {only ? (
        <AppLink href="/admin/moderation" className="text-sm underline">
          ← Back to the first page of every section
        </AppLink>
      ) : null}
      {pages.map((page) => {
        const { id, title } = SECTIONS.find((s) => s.section === page.section)!;
        return (
          <section
            key={id}
            aria-labelledby={`${id}-title`}
            className="flex flex-col gap-3"
            data-testid={`moderation-${id}`}
          >
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              {title} ({page.total})
            </h2>
            {page.items.length ? (
              <ul className="flex flex-col gap-3">
                {page.items.map((item) => (
                  <QueueEntry key={item.id} item={item} />
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">Nothing here.</p>
            )}
            {page.nextCursor ? (
              <AppLink
                href={`/admin/moderation?section=${page.section}&after=${encodeURIComponent(page.nextCursor)}`}
                className="self-start text-sm underline"
              >
                Next page of “{title}” →
              </AppLink>
            ) : null}
          </section>
        );
      })}
    </main>
  );
}
