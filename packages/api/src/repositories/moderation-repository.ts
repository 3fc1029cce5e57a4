import type { Database } from '@liqlab/db/client';
import type { ReportReason } from '@liqlab/scenario/report-reasons';
import { ApiError } from '../errors/api-error';
import type { ScenarioVisibility } from '../scenarios/scenario-dto';
import type { ModerationState } from '../scenarios/scenario-moderation';
import { SCENARIO_NOT_FOUND } from './scenario-repository';

/** What administrators review: reported, pending and hidden scenarios, and their decisions. */

/** The queue shows this many scenarios; more waiting is a sign to add paging, not to load them all. */
export const MODERATION_QUEUE_LIMIT = 100;
/** The newest notes shown per scenario. */
const NOTES_PER_SCENARIO = 10;

export interface ModerationQueueItem {
  id: string;
  slug: string;
  title: string;
  visibility: ScenarioVisibility;
  moderationState: ModerationState;
  ownerName: string;
  /** Reports no administrator has acted on yet: they count toward the threshold. */
  openReports: number;
  totalReports: number;
  /** Every report's reason, counted, most frequent first. */
  reasons: { reason: ReportReason; count: number }[];
  /** The newest notes reporters wrote (empty notes left out). */
  notes: { reason: ReportReason; note: string; createdAt: string }[];
  lastReportedAt: string | null;
  /** The administrator who last hid or restored it, and when. */
  moderatedBy: string | null;
  moderatedAt: string | null;
}

const STATE_ORDER: Record<ModerationState, number> = { PENDING_REVIEW: 0, VISIBLE: 1, HIDDEN: 2 };

/**
 * Scenarios waiting for review first, then visible ones with open reports below the threshold, then
 * hidden ones (to restore); within each, the most recently reported first.
 */
export async function moderationQueue(db: Database): Promise<ModerationQueueItem[]> {
  const rows = await db.scenario.findMany({
    where: { OR: [{ moderationState: { not: 'VISIBLE' } }, { reports: { some: { reviewedAt: null } } }] },
    // Enum order (VISIBLE, PENDING_REVIEW, HIDDEN): what needs a decision comes before what was hidden.
    orderBy: [{ moderationState: 'asc' }, { moderatedAt: { sort: 'desc', nulls: 'first' } }, { id: 'asc' }],
    take: MODERATION_QUEUE_LIMIT,
    select: {
      id: true,
      slug: true,
      title: true,
      visibility: true,
      moderationState: true,
      moderatedAt: true,
      owner: { select: { name: true } },
      moderatedBy: { select: { name: true, email: true } },
      reports: {
        where: { note: { not: '' } },
        orderBy: { createdAt: 'desc' },
        take: NOTES_PER_SCENARIO,
        select: { reason: true, note: true, createdAt: true },
      },
    },
  });
  const ids = rows.map((row) => row.id);
  // Counted in the database: a scenario may draw far more reports than the page shows notes.
  const [byReason, open] = await Promise.all([
    db.scenarioReport.groupBy({
      by: ['scenarioId', 'reason'],
      where: { scenarioId: { in: ids } },
      _count: { _all: true },
      _max: { createdAt: true },
    }),
    db.scenarioReport.groupBy({
      by: ['scenarioId'],
      where: { scenarioId: { in: ids }, reviewedAt: null },
      _count: { _all: true },
    }),
  ]);
  const openById = new Map(open.map((group) => [group.scenarioId, group._count._all]));
  const items = rows.map((row): ModerationQueueItem => {
    const groups = byReason.filter((group) => group.scenarioId === row.id);
    const last = Math.max(0, ...groups.map((group) => group._max.createdAt?.getTime() ?? 0));
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      visibility: row.visibility,
      moderationState: row.moderationState,
      ownerName: row.owner.name,
      openReports: openById.get(row.id) ?? 0,
      totalReports: groups.reduce((total, group) => total + group._count._all, 0),
      reasons: groups
        .map((group) => ({ reason: group.reason, count: group._count._all }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      notes: row.reports.map((report) => ({
        reason: report.reason,
        note: report.note,
        createdAt: report.createdAt.toISOString(),
      })),
      lastReportedAt: last === 0 ? null : new Date(last).toISOString(),
      moderatedBy: row.moderatedBy ? `${row.moderatedBy.name} <${row.moderatedBy.email}>` : null,
      moderatedAt: row.moderatedAt?.toISOString() ?? null,
    };
  });
  return items.sort(
    (a, b) =>
      STATE_ORDER[a.moderationState] - STATE_ORDER[b.moderationState] ||
      (b.lastReportedAt ?? '').localeCompare(a.lastReportedAt ?? ''),
  );
}

/**
 * An administrator's decision: HIDDEN withholds the scenario from everyone but its owner, VISIBLE
 * restores it (out of review too). Either way the open reports are marked reviewed, so only reports
 * filed after the decision count toward the next review; a reporter still cannot report it twice.
 */
export async function decideModeration(
  db: Database,
  input: { scenarioId: string; moderatorId: string; state: 'HIDDEN' | 'VISIBLE' },
): Promise<{ id: string; moderationState: ModerationState; moderatedAt: string }> {
  return db.$transaction(
    async (tx) => {
      const now = new Date();
      // Past Prisma, which would stamp updatedAt: the owner changed nothing.
      const changed = await tx.$executeRaw`
        UPDATE "scenario" SET "moderationState" = ${input.state}::text::"ModerationState",
          "moderatedById" = ${input.moderatorId}, "moderatedAt" = ${now}
        WHERE "id" = ${input.scenarioId}::uuid`;
      if (changed === 0) throw new ApiError('NOT_FOUND', SCENARIO_NOT_FOUND);
      await tx.scenarioReport.updateMany({
        where: { scenarioId: input.scenarioId, reviewedAt: null },
        data: { reviewedAt: now },
      });
      return { id: input.scenarioId, moderationState: input.state, moderatedAt: now.toISOString() };
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}
