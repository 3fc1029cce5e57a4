// Helpers for the scenario integration tests (imported by tests only).
import { randomUUID } from 'node:crypto';
import type { Database } from '@liqlab/db/client';
import { TRPCError } from '@trpc/server';
import { createContextInner } from '../context';
import { createCaller } from '../root';

export async function newUser(
  db: Database,
  options: { isGuest?: boolean; isAdmin?: boolean; reportThreshold?: number } = {},
) {
  const userId = `test-${randomUUID()}`;
  await db.user.create({
    data: {
      id: userId,
      name: 'Test learner',
      email: `${userId}@example.invalid`,
      isAnonymous: options.isGuest ?? false,
      role: options.isAdmin ? 'ADMIN' : 'USER',
    },
  });
  const identity = { userId, isGuest: options.isGuest ?? false };
  return {
    userId,
    email: `${userId}@example.invalid`,
    caller: createCaller(createContextInner({ db, identity, reportThreshold: options.reportThreshold })),
  };
}

export function anonymousCaller(db: Database) {
  return createCaller(createContextInner({ db }));
}

/** The rejection of a call, as a TRPCError (fails the test if the call succeeds or throws anything else). */
export async function rejectionOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to be rejected');
}

/** What a client sees of an error: the tRPC code, the message and the app code (the formatter's data). */
export function visibleError(error: TRPCError) {
  const cause = error.cause as { code?: string } | undefined;
  return { code: error.code, message: error.message, appCode: cause?.code ?? null };
}
