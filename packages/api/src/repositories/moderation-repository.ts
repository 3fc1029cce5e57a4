import type { Database } from '@liqlab/db/client';
import type { ReportReason } from '@liqlab/scenario/report-reasons';
import { ApiError } from '../errors/api-error';
import type { ScenarioVisibility } from '../scenarios/scenario-dto';
import type { ModerationState } from '../scenarios/scenario-moderation';
import { SCENARIO_NOT_FOUND } from './scenario-repository';

/** What administrators review: reported, pending and hidden scenarios, and their decisions. */

/** Scenarios on one page of a section of the queue; the next page follows its cursor. */
export const MODERATION_PAGE_SIZE = 50;
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

/** The queue's sections: waiting for review, reported below the threshold (still visible), hidden. */
export type ModerationSection = ModerationState;

export interface ModerationQueuePage {
  section: ModerationSection;
  items: ModerationQueueItem[];
  /** Scenarios in the whole section, on every page. */
  total: number;
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

/** A page boundary: the last scenario shown, by (createdAt, id), the order the pages walk. */
export interface ModerationCursor {
  createdAt: Date;
  id: string;
}

export function encodeModerationCursor(cursor: ModerationCursor): string {
  return `${cursor.createdAt.toISOString()}~${cursor.id}`;
}

function sectionWhere(section: ModerationSection) {
  return section === 'VISIBLE'
    ? { moderationState: 'VISIBLE' as const, reports: { some: { reviewedAt: null } } }
    : { moderationState: section };
}

/**
 * One page of one section, newest scenario first, walked by keyset (createdAt, id) so every scenario
 * of the section is on exactly one page however many wait — nothing pending is out of reach.
 */
export async function moderationQueuePage(
  db: Database,
  input: { section: ModerationSection; after?: ModerationCursor; pageSize?: number },
): Promise<ModerationQueuePage> {
  const pageSize = input.pageSize ?? MODERATION_PAGE_SIZE;
  const where = sectionWhere(input.section);
  const after = input.after;
  const [rows, total] = await Promise.all([
    db.scenario.findMany({
      where: after
        ? {
            AND: [
              where,
              {
                OR: [
                  { createdAt: { lt: after.createdAt } },
                  { createdAt: after.createdAt, id: { lt: after.id } },
                ],
              },
            ],
          }
        : where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: pageSize + 1,
      select: {
        id: true,
        slug: true,
        title: true,
        visibility: true,
        moderationState: true,
        moderatedAt: true,
        createdAt: true,
        owner: { select: { name: true } },
        moderatedBy: { select: { name: true, email: true } },
        reports: {
          where: { note: { not: '' } },
          orderBy: { createdAt: 'desc' },
          take: NOTES_PER_SCENARIO,
          select: { reason: true, note: true, createdAt: true },
        },
      },
    }),
    db.scenario.count({ where }),
  ]);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const ids = page.map((row) => row.id);
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
  const items = page.map((row): ModerationQueueItem => {
    const groups = byReason.filter((group) => group.scenarioId === row.id);
    const lastReport = Math.max(0, ...groups.map((group) => group._max.createdAt?.getTime() ?? 0));
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      visibility: row.visibility,
      moderationState: row.moderationState,
      ownerName: row.owner.name,
      openReports: openById.get(row.id) ?? 0,
      totalReports: groups.reduce((sum, group) => sum + group._count._all, 0),
      reasons: groups
        .map((group) => ({ reason: group.reason, count: group._count._all }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      notes: row.reports.map((report) => ({
        reason: report.reason,
        note: report.note,
        createdAt: report.createdAt.toISOString(),
      })),
      lastReportedAt: lastReport === 0 ? null : new Date(lastReport).toISOString(),
      moderatedBy: row.moderatedBy ? `${row.moderatedBy.name} <${row.moderatedBy.email}>` : null,
      moderatedAt: row.moderatedAt?.toISOString() ?? null,
    };
  });
  return {
    section: input.section,
    items,
    total,
    nextCursor:
      rows.length > pageSize && last
        ? encodeModerationCursor({ createdAt: last.createdAt, id: last.id })
        : null,
  };
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
