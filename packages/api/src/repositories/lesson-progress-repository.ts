import type { Database, Prisma } from '@liqlab/db/client';
import type { MasteryLevel } from '../progress/mastery';

type Client = Database | Prisma.TransactionClient;

export interface LessonProgressRecord {
  lessonSlug: string;
  firstReadAt: Date | null;
  lastReadAt: Date | null;
  mastery: MasteryLevel;
  /** Decimal string in [0, 1]. */
  masteryScore: string;
}

const progressSelect = {
  lessonSlug: true,
  firstReadAt: true,
  lastReadAt: true,
  mastery: true,
  masteryScore: true,
} as const;

function toRecord(row: {
  lessonSlug: string;
  firstReadAt: Date | null;
  lastReadAt: Date | null;
  mastery: MasteryLevel;
  masteryScore: { toFixed(): string };
}): LessonProgressRecord {
  return { ...row, masteryScore: row.masteryScore.toFixed() };
}

/** Records a read at `now`: sets the first-read time once, moves the last-read time forward. */
export async function recordLessonRead(
  db: Client,
  userId: string,
  lessonSlug: string,
  now: Date,
): Promise<LessonProgressRecord> {
  // One statement, so two tabs marking the same lesson at once cannot both "first" read it.
  await db.$executeRaw`
    INSERT INTO lesson_progress ("userId", "lessonSlug", "firstReadAt", "lastReadAt", "updatedAt")
    VALUES (${userId}, ${lessonSlug}, ${now}, ${now}, ${now})
    ON CONFLICT ("userId", "lessonSlug") DO UPDATE SET
      "firstReadAt" = COALESCE(lesson_progress."firstReadAt", EXCLUDED."firstReadAt"),
      "lastReadAt" = GREATEST(COALESCE(lesson_progress."lastReadAt", EXCLUDED."lastReadAt"), EXCLUDED."lastReadAt"),
      "updatedAt" = EXCLUDED."updatedAt"`;
  const row = await db.lessonProgress.findUniqueOrThrow({
    where: { userId_lessonSlug: { userId, lessonSlug } },
    select: progressSelect,
  });
  return toRecord(row);
}

export async function listLessonProgress(db: Client, userId: string): Promise<LessonProgressRecord[]> {
  const rows = await db.lessonProgress.findMany({ where: { userId }, select: progressSelect });
  return rows.map(toRecord);
}

/**
 * Creates missing rows and locks the lessons' rows until the transaction ends, so two attempts
 * finishing at once fold their answers into the score one after the other instead of losing one.
 */
export async function lockLessonProgress(
  tx: Prisma.TransactionClient,
  userId: string,
  lessonSlugs: readonly string[],
  now: Date,
): Promise<Map<string, LessonProgressRecord>> {
  if (lessonSlugs.length === 0) return new Map();
  await tx.lessonProgress.createMany({
    data: lessonSlugs.map((lessonSlug) => ({ userId, lessonSlug, updatedAt: now })),
    skipDuplicates: true,
  });
  await tx.$queryRaw`
    SELECT 1 FROM lesson_progress
    WHERE "userId" = ${userId} AND "lessonSlug" = ANY(${[...lessonSlugs]}::text[])
    ORDER BY "lessonSlug" FOR UPDATE`;
  const rows = await tx.lessonProgress.findMany({
    where: { userId, lessonSlug: { in: [...lessonSlugs] } },
    select: progressSelect,
  });
  return new Map(rows.map((row) => [row.lessonSlug, toRecord(row)]));
}

export async function saveLessonMastery(
  tx: Client,
  userId: string,
  lessonSlug: string,
  mastery: { level: MasteryLevel; score: string },
): Promise<void> {
  await tx.lessonProgress.update({
    where: { userId_lessonSlug: { userId, lessonSlug } },
    data: { mastery: mastery.level, masteryScore: mastery.score },
  });
}

/** Marks `day` (a UTC midnight) as a day with learning activity; idempotent. */
export async function recordLearningDay(db: Client, userId: string, day: Date): Promise<void> {
  await db.learningDay.createMany({ data: [{ userId, day }], skipDuplicates: true });
}

/** Every active day of the learner, newest first (one small row per day, so years stay cheap). */
export async function listLearningDays(db: Client, userId: string): Promise<Date[]> {
  const rows = await db.learningDay.findMany({
    where: { userId },
    select: { day: true },
    orderBy: { day: 'desc' },
  });
  return rows.map((row) => row.day);
}
