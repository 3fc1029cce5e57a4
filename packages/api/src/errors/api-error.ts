/**
 * Errors the API raises on purpose. Each code maps to one HTTP-level tRPC code at the edge
 * (trpc.ts); the message is written for the user and safe to show.
 */
export type ApiErrorCode =
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAUTHORIZED'
  | 'SESSION_ENDED'
  | 'FORBIDDEN'
  | 'INVALID_INPUT'
  | 'PAYLOAD_TOO_LARGE'
  /** The caller reported this scenario before (one report per learner per scenario). */
  | 'ALREADY_REPORTED'
  /** Reported by enough learners: withheld from everyone but its owner until an administrator looks. */
  | 'UNDER_REVIEW'
  /** Hidden by an administrator: withheld from everyone but its owner. */
  | 'HIDDEN_BY_MODERATION';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** Extra data the client needs to recover (e.g. the latest version after a conflict). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
