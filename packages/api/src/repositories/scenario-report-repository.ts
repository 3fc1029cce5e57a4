import type { Database, Prisma } from '@liqlab/db/client';
import type { ReportReason } from '@liqlab/scenario/report-reasons';
import { ApiError } from '../errors/api-error';
import { type ModerationState, withheldByModeration } from '../scenarios/scenario-moderation';
import { SCENARIO_NOT_FOUND } from './scenario-repository';

/** The only module that writes `db.scenarioReport`; moderation-repository.ts reads the queue. */

export const OWN_SCENARIO_REPORT_MESSAGE = 'This is your own scenario: change or delete it instead.';
export const ONLY_PUBLIC_REPORT_MESSAGE = 'Only scenarios in the public gallery can be reported.';
export const ALREADY_REPORTED_MESSAGE = 'You reported this scenario already; a moderator will look at it.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface LockedScenario {
  id: string;
  ownerId: string;
  visibility: string;
  moderationState: ModerationState;
}

/**
 * The scenario row, locked until the transaction ends: reports of one scenario take turns, so the
 * report that reaches the threshold is the one that sees it reached (two concurrent last reports
 * would otherwise each count the other's as uncommitted and neither send it to review).
 */
async function lockScenario(tx: Prisma.TransactionClient, idOrSlug: string): Promise<LockedScenario | null> {
  const byId = UUID.test(idOrSlug) ? idOrSlug.toLowerCase() : null;
  const [row] = await tx.$queryRaw<LockedScenario[]>`
    SELECT "id", "ownerId", "visibility"::text AS "visibility", "moderationState"::text AS "moderationState"
    FROM "scenario" WHERE "slug" = ${idOrSlug} OR "id"::text = ${byId}
    FOR UPDATE`;
  return row ?? null;
}

export interface ReportResult {
  /** The scenario's state after this report: PENDING_REVIEW once the open reports reach the threshold. */
  moderationState: ModerationState;
}

/**
 * Files `reporterId`'s report of a public scenario, once per reporter per scenario, and sends the
 * scenario to review when its open reports (those no administrator has acted on) reach `threshold`.
 * Someone else's private scenario is answered like a missing one, as everywhere.
 */
export async function reportScenario(
  db: Database,
  input: { idOrSlug: string; reporterId: string; reason: ReportReason; note: string; threshold: number },
): Promise<ReportResult> {
  return db.$transaction(
    async (tx) => {
      const scenario = await lockScenario(tx, input.idOrSlug);
      const isOwner = scenario?.ownerId === input.reporterId;
      if (!scenario || (!isOwner && scenario.visibility === 'PRIVATE')) {
        throw new ApiError('NOT_FOUND', SCENARIO_NOT_FOUND);
      }
      if (isOwner) throw new ApiError('FORBIDDEN', OWN_SCENARIO_REPORT_MESSAGE);
      if (scenario.moderationState !== 'VISIBLE') throw withheldByModeration(scenario.moderationState);
      if (scenario.visibility !== 'PUBLIC') throw new ApiError('FORBIDDEN', ONLY_PUBLIC_REPORT_MESSAGE);

      const inserted = await tx.$executeRaw`
        INSERT INTO "scenario_report" ("id", "scenarioId", "reporterId", "reason", "note")
        VALUES (gen_random_uuid(), ${scenario.id}::uuid, ${input.reporterId},
          ${input.reason}::text::"ReportReason", ${input.note})
        ON CONFLICT ("scenarioId", "reporterId") DO NOTHING`;
      if (inserted === 0) throw new ApiError('ALREADY_REPORTED', ALREADY_REPORTED_MESSAGE);

      const open = await tx.scenarioReport.count({ where: { scenarioId: scenario.id, reviewedAt: null } });
      if (open < input.threshold) return { moderationState: 'VISIBLE' };
      // Past Prisma, which would stamp updatedAt: the owner changed nothing.
      await tx.$executeRaw`
        UPDATE "scenario" SET "moderationState" = 'PENDING_REVIEW' WHERE "id" = ${scenario.id}::uuid`;
      return { moderationState: 'PENDING_REVIEW' };
    },
    // Under load every pooled connection can be busy: wait for one rather than fail the report.
    { maxWait: 10_000, timeout: 15_000 },
  );
}

/** The caller's own report of a scenario (to show "reported" instead of the button), or null. */
export async function findMyReport(
  db: Database,
  idOrSlug: string,
  reporterId: string,
): Promise<{ reason: ReportReason; createdAt: string } | null> {
  const report = await db.scenarioReport.findFirst({
    where: {
      reporterId,
      scenario: UUID.test(idOrSlug)
        ? { OR: [{ id: idOrSlug.toLowerCase() }, { slug: idOrSlug }] }
        : { slug: idOrSlug },
    },
    select: { reason: true, createdAt: true },
  });
  return report ? { reason: report.reason, createdAt: report.createdAt.toISOString() } : null;
}
