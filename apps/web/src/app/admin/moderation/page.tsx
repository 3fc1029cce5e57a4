import { REPORT_REASON_LABELS } from '@liqlab/scenario/report-reasons';
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ModerationActions } from '~/components/moderation/moderation-actions';
import { RequestIdMeta } from '~/components/shell/request-id-meta';
import { serverCaller } from '~/trpc/server-caller';

export const metadata: Metadata = { title: 'Moderation', robots: { index: false } };

export const dynamic = 'force-dynamic';

type QueueItem = Awaited<ReturnType<Awaited<ReturnType<typeof serverCaller>>['moderation']['queue']>>[number];

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
          <Link className="underline" href={`/s/${item.slug}`}>
            {item.title}
          </Link>
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

/** Administrators only: everyone else gets the 404 page, as for an address that does not exist. */
export default async function ModerationPage() {
  let queue: QueueItem[];
  try {
    queue = await (await serverCaller()).moderation.queue();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN'))
      notFound();
    throw error;
  }
  const sections = [
    {
      id: 'pending',
      title: 'Waiting for review',
      items: queue.filter((i) => i.moderationState === 'PENDING_REVIEW'),
    },
    {
      id: 'reported',
      title: 'Reported, below the threshold',
      items: queue.filter((i) => i.moderationState === 'VISIBLE'),
    },
    { id: 'hidden', title: 'Hidden', items: queue.filter((i) => i.moderationState === 'HIDDEN') },
  ];
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-6">
      <RequestIdMeta />
      <h1 className="text-2xl font-bold tracking-tight">Moderation</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A public scenario leaves the gallery once enough learners report it, and waits here. Hide it to keep
        it from everyone but its owner, or restore it to the gallery; either decision closes its open reports.
      </p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-title`} className="flex flex-col gap-3">
          <h2 id={`${section.id}-title`} className="text-lg font-semibold">
            {section.title} ({section.items.length})
          </h2>
          {section.items.length ? (
            <ul className="flex flex-col gap-3">
              {section.items.map((item) => (
                <QueueEntry key={item.id} item={item} />
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">Nothing here.</p>
          )}
        </section>
      ))}
    </main>
  );
}
