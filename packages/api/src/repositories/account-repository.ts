import type { Database } from '@liqlab/db/client';

/**
 * Moves everything a guest owns (scenarios, attempts, lesson progress, review cards, inline-check
 * answers, learning days) to the account they signed up or signed in with, in one transaction. Where
 * both hold the same item (progress on the same lesson, the same review card), the account keeps the
 * further-advanced one, so nothing learned is lost.
 */
export async function moveGuestData(db: Database, guestId: string, accountId: string): Promise<void> {
  if (guestId === accountId) return;
  await db.$transaction(async (tx) => {
    // Idempotency keys are per owner; a clash means the same save exists twice — keep both
    // scenarios and drop the guest copy's key.
    await tx.$executeRaw`
      UPDATE scenario s SET "ownerId" = ${accountId},
        "clientKey" = CASE WHEN EXISTS (
          SELECT 1 FROM scenario o WHERE o."ownerId" = ${accountId} AND o."clientKey" = s."clientKey"
        ) THEN NULL ELSE s."clientKey" END
      WHERE s."ownerId" = ${guestId}`;
    await tx.quizAttempt.updateMany({ where: { userId: guestId }, data: { userId: accountId } });

    await tx.$executeRaw`
      INSERT INTO lesson_progress ("userId", "lessonSlug", "firstReadAt", "lastReadAt", mastery, "masteryScore", "updatedAt")
      SELECT ${accountId}, "lessonSlug", "firstReadAt", "lastReadAt", mastery, "masteryScore", now()
      FROM lesson_progress WHERE "userId" = ${guestId}
      ON CONFLICT ("userId", "lessonSlug") DO UPDATE SET
        "firstReadAt" = LEAST(lesson_progress."firstReadAt", EXCLUDED."firstReadAt"),
        "lastReadAt" = GREATEST(lesson_progress."lastReadAt", EXCLUDED."lastReadAt"),
        mastery = GREATEST(lesson_progress.mastery, EXCLUDED.mastery),
        "masteryScore" = GREATEST(lesson_progress."masteryScore", EXCLUDED."masteryScore"),
        "updatedAt" = now()`;
    await tx.lessonProgress.deleteMany({ where: { userId: guestId } });

    await tx.$executeRaw`
      INSERT INTO review_card ("userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", reps, lapses, state, "lastReview")
      SELECT ${accountId}, "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", reps, lapses, state, "lastReview"
      FROM review_card WHERE "userId" = ${guestId}
      ON CONFLICT ("userId", "questionId") DO UPDATE SET
        due = LEAST(review_card.due, EXCLUDED.due),
        lapses = GREATEST(review_card.lapses, EXCLUDED.lapses)`;
    await tx.reviewCard.deleteMany({ where: { userId: guestId } });

    // The account keeps its own first answer to a check where both answered one.
    await tx.$executeRaw`
      INSERT INTO inline_check_answer ("userId", "checkId", "lessonSlug", answer, "isCorrect", "answeredAt")
      SELECT ${accountId}, "checkId", "lessonSlug", answer, "isCorrect", "answeredAt"
      FROM inline_check_answer WHERE "userId" = ${guestId}
      ON CONFLICT ("userId", "checkId") DO NOTHING`;
    await tx.inlineCheckAnswer.deleteMany({ where: { userId: guestId } });

    // The days the guest learned on are the streak: keep them, or signing up would reset it to zero.
    await tx.$executeRaw`
      INSERT INTO learning_day ("userId", day)
      SELECT ${accountId}, day FROM learning_day WHERE "userId" = ${guestId}
      ON CONFLICT ("userId", day) DO NOTHING`;
    await tx.learningDay.deleteMany({ where: { userId: guestId } });
  });
}

export interface AccountSummary {
  id: string;
  name: string;
  email: string | null;
  isGuest: boolean;
  createdAt: string;
}

export async function findAccountSummary(db: Database, userId: string): Promise<AccountSummary | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, isAnonymous: true, createdAt: true },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.isAnonymous ? null : user.email,
    isGuest: user.isAnonymous,
    createdAt: user.createdAt.toISOString(),
  };
}

/** Deletes the user; every row they own goes with them (ON DELETE CASCADE on each relation). */
export async function deleteAccount(db: Database, userId: string): Promise<void> {
  await db.user.delete({ where: { id: userId } });
}

/** Everything stored about a user, as plain JSON (decimal strings, ISO dates). No secrets. */
export async function exportAccountData(db: Database, userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      isAnonymous: true,
      createdAt: true,
      lessonProgress: true,
      quizAttempts: { include: { answers: true }, orderBy: { startedAt: 'asc' } },
      reviewCards: true,
      // Which administrator hid or restored a scenario is theirs to know, not the owner's.
      scenarios: { orderBy: { createdAt: 'asc' }, omit: { moderatedById: true } },
      scenarioReports: {
        orderBy: { createdAt: 'asc' },
        select: { scenarioId: true, reason: true, note: true, createdAt: true },
      },
      sessions: { select: { createdAt: true, expiresAt: true, userAgent: true } },
    },
  });
  return JSON.parse(
    JSON.stringify({ exportedAt: new Date().toISOString(), format: 'liquidation-lab-export/1', user }),
  ) as Record<string, unknown>;
}

/** Whether the user still exists (a session copy in a cookie can outlive a deleted account). */
export async function userExists(db: Database, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  return user !== null;
}
