import type { Database, Prisma } from '@liqlab/db/client';

type Client = Database | Prisma.TransactionClient;

export interface QuizAttemptRecord {
  id: string;
  userId: string;
  quizId: string;
  seed: string;
  startedAt: Date;
  submittedAt: Date | null;
  correct: number;
  total: number;
}

export interface QuizAnswerRecord {
  questionId: string;
  /** The stored answer JSON; parse it before use. */
  answer: unknown;
  isCorrect: boolean;
  answeredAt: Date;
}

const attemptSelect = {
  id: true,
  userId: true,
  quizId: true,
  seed: true,
  startedAt: true,
  submittedAt: true,
  correct: true,
  total: true,
} as const;

const answerSelect = { questionId: true, answer: true, isCorrect: true, answeredAt: true } as const;

/** Runs `work` in one database transaction; the repositories below accept its client. */
export function runInTransaction<T>(
  db: Database,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  // maxWait: under load every pooled connection can be busy; waiting for one (Prisma's default is
  // 2 s) is better than failing the learner's answer. The load test saw 500s with the default.
  return db.$transaction(work, { maxWait: 10_000, timeout: 15_000 });
}

export async function createQuizAttempt(
  db: Client,
  attempt: { userId: string; quizId: string; seed: string; startedAt: Date; total: number },
): Promise<QuizAttemptRecord> {
  return db.quizAttempt.create({ data: attempt, select: attemptSelect });
}

/** The attempt if it exists and belongs to `userId`; another learner's attempt reads as missing. */
export async function findQuizAttempt(
  db: Client,
  attemptId: string,
  userId: string,
): Promise<QuizAttemptRecord | null> {
  return db.quizAttempt.findFirst({ where: { id: attemptId, userId }, select: attemptSelect });
}

/** Like findQuizAttempt, but locks the row until the transaction ends (answers and finishing serialise). */
export async function lockQuizAttempt(
  tx: Prisma.TransactionClient,
  attemptId: string,
  userId: string,
): Promise<QuizAttemptRecord | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM quiz_attempt WHERE id = ${attemptId}::uuid AND "userId" = ${userId} FOR UPDATE`;
  return locked.length === 0 ? null : findQuizAttempt(tx, attemptId, userId);
}

export async function findQuizAnswer(
  db: Client,
  attemptId: string,
  questionId: string,
): Promise<QuizAnswerRecord | null> {
  return db.quizAnswer.findUnique({
    where: { attemptId_questionId: { attemptId, questionId } },
    select: answerSelect,
  });
}

export async function insertQuizAnswer(
  db: Client,
  answer: {
    attemptId: string;
    questionId: string;
    answer: Prisma.InputJsonValue;
    isCorrect: boolean;
    answeredAt: Date;
  },
): Promise<QuizAnswerRecord> {
  return db.quizAnswer.create({ data: answer, select: answerSelect });
}

/** The attempt's answers in the order they were given. */
export async function listQuizAnswers(db: Client, attemptId: string): Promise<QuizAnswerRecord[]> {
  return db.quizAnswer.findMany({
    where: { attemptId },
    select: answerSelect,
    orderBy: [{ answeredAt: 'asc' }, { id: 'asc' }],
  });
}

/**
 * Per question: the seed of the attempt in which the learner last answered it (its numbers are the
 * ones they saw). Questions never answered are absent.
 */
export async function listLastAnswerSeeds(
  db: Client,
  userId: string,
  questionIds: readonly string[],
): Promise<Map<string, string>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db.quizAnswer.findMany({
    where: { questionId: { in: [...questionIds] }, attempt: { userId } },
    select: { questionId: true, attempt: { select: { seed: true } } },
    orderBy: [{ questionId: 'asc' }, { answeredAt: 'desc' }, { id: 'desc' }],
    distinct: ['questionId'],
  });
  return new Map(rows.map((row) => [row.questionId, row.attempt.seed]));
}

/** Closes an open attempt; false when it was already closed (nothing is written then). */
export async function closeQuizAttempt(
  db: Client,
  attemptId: string,
  result: { submittedAt: Date; correct: number; total: number },
): Promise<boolean> {
  const { count } = await db.quizAttempt.updateMany({
    where: { id: attemptId, submittedAt: null },
    data: result,
  });
  return count === 1;
}
