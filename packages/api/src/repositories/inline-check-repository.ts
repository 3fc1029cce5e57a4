import type { Prisma } from '@liqlab/db/client';

export interface InlineCheckAnswerRecord {
  answer: unknown;
  isCorrect: boolean;
}

/** The learner's stored (first) answer to a check, locked until the transaction ends. */
export async function lockInlineCheckAnswer(
  tx: Prisma.TransactionClient,
  userId: string,
  checkId: string,
): Promise<InlineCheckAnswerRecord | null> {
  const rows = await tx.$queryRaw<{ answer: unknown; isCorrect: boolean }[]>`
    SELECT answer, "isCorrect" FROM inline_check_answer
    WHERE "userId" = ${userId} AND "checkId" = ${checkId} FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Stores the first answer; false when another request stored one first (two tabs answering at once),
 * so only one of them counts toward mastery.
 */
export async function insertInlineCheckAnswer(
  tx: Prisma.TransactionClient,
  row: {
    userId: string;
    checkId: string;
    lessonSlug: string;
    answer: Prisma.InputJsonValue;
    isCorrect: boolean;
    answeredAt: Date;
  },
): Promise<boolean> {
  const { count } = await tx.inlineCheckAnswer.createMany({ data: [row], skipDuplicates: true });
  return count === 1;
}
