import 'server-only';
import { TRPCError } from '@trpc/server';

/** Why moderation keeps a scenario from this viewer (the API's app codes). */
export type WithheldBy = 'UNDER_REVIEW' | 'HIDDEN_BY_MODERATION';

/**
 * The moderation refusal inside a procedure's error (scenario.get for a scenario in review or
 * hidden, seen by anyone but its owner and administrators), or null for any other error.
 */
export function moderationRefusalOf(error: unknown): { code: WithheldBy; message: string } | null {
  if (!(error instanceof TRPCError) || error.code !== 'FORBIDDEN') return null;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return code === 'UNDER_REVIEW' || code === 'HIDDEN_BY_MODERATION' ? { code, message: error.message } : null;
}
