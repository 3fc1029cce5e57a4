import type { Database, Prisma } from '@liqlab/db/client';
import type { ReviewCardState } from '../progress/review-scheduler';

type Client = Database | Prisma.TransactionClient;

const cardSelect = {
  questionId: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

function toState(row: ReviewCardState & { questionId: string }): ReviewCardState {
  const { questionId: _questionId, ...state } = row;
  return state;
}

/** Locks the learner's cards for these questions until the transaction ends; missing ones are absent. */
export async function lockReviewCards(
  tx: Prisma.TransactionClient,
  userId: string,
  questionIds: readonly string[],
): Promise<Map<string, ReviewCardState>> {
  if (questionIds.length === 0) return new Map();
  await tx.$queryRaw`
    SELECT 1 FROM review_card
    WHERE "userId" = ${userId} AND "questionId" = ANY(${[...questionIds]}::text[])
    ORDER BY "questionId" FOR UPDATE`;
  const rows = await tx.reviewCard.findMany({
    where: { userId, questionId: { in: [...questionIds] } },
    select: cardSelect,
  });
  return new Map(rows.map((row) => [row.questionId, toState(row)]));
}

export async function saveReviewCard(
  db: Client,
  userId: string,
  questionId: string,
  state: ReviewCardState,
): Promise<void> {
  await db.reviewCard.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, ...state },
    update: state,
  });
}

export async function findReviewCard(
  db: Client,
  userId: string,
  questionId: string,
): Promise<ReviewCardState | null> {
  const row = await db.reviewCard.findUnique({
    where: { userId_questionId: { userId, questionId } },
    select: cardSelect,
  });
  return row ? toState(row) : null;
}

/** Question ids of the cards due at `now`, most overdue first. */
export async function listDueReviewQuestionIds(
  db: Client,
  userId: string,
  now: Date,
  limit: number,
): Promise<string[]> {
  const rows = await db.reviewCard.findMany({
    where: { userId, due: { lte: now } },
    select: { questionId: true },
    orderBy: [{ due: 'asc' }, { questionId: 'asc' }],
    take: limit,
  });
  return rows.map((row) => row.questionId);
}

/** The learner's cards, soonest due first (overdue ones included): what the review queue holds next. */
export async function listReviewQueue(
  db: Client,
  userId: string,
  limit: number,
): Promise<{ questionId: string; due: Date }[]> {
  return db.reviewCard.findMany({
    where: { userId },
    select: { questionId: true, due: true },
    orderBy: [{ due: 'asc' }, { questionId: 'asc' }],
    take: limit,
  });
}

export async function countReviewCards(db: Client, userId: string): Promise<number> {
  return db.reviewCard.count({ where: { userId } });
}

export async function countDueReviewCards(db: Client, userId: string, now: Date): Promise<number> {
  return db.reviewCard.count({ where: { userId, due: { lte: now } } });
}

export async function reviewCardExists(db: Client, userId: string, questionId: string): Promise<boolean> {
  return (await db.reviewCard.count({ where: { userId, questionId } })) > 0;
}
