import { randomUUID } from 'node:crypto';
import type { Database } from '@liqlab/db/client';
import { TRPCError } from '@trpc/server';
import { createContextInner } from '../context';
import { createCaller } from '../root';

/** Test helper: a fresh learner (guest by default) and a caller acting as them. */
export async function newLearner(db: Database, isGuest = true) {
  const userId = `quiz-${randomUUID()}`;
  await db.user.create({
    data: { id: userId, name: 'Learner', email: `${userId}@example.test`, isAnonymous: isGuest },
  });
  return { userId, caller: createCaller(createContextInner({ db, identity: { userId, isGuest } })) };
}

/** The attempt's seed, read as a test fixture so numeric answers can be computed like the server does. */
export async function seedOf(db: Database, attemptId: string): Promise<string> {
  return (await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).seed;
}

export async function trpcError(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}
