import { isLiquidationError } from '@liqlab/core';
import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';
import type { Context } from './context';
import { ApiError, type ApiErrorCode } from './errors/api-error';
import { userExists } from './repositories/account-repository';
import { isAdministrator } from './repositories/user-role-repository';

const TRPC_CODE_FOR: Record<ApiErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  VERSION_CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  UNAUTHORIZED: 'UNAUTHORIZED',
  SESSION_ENDED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_INPUT: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  ALREADY_REPORTED: 'CONFLICT',
  UNDER_REVIEW: 'FORBIDDEN',
  HIDDEN_BY_MODERATION: 'FORBIDDEN',
};

/** The `data` every error carries to the client: a stable code, the field, and recovery details. */
export interface ErrorData {
  /** Stable domain code: an engine code (INVALID_LEVERAGE …), an API code, or VALIDATION_FAILED. */
  appCode: string | null;
  field: string | null;
  details: Record<string, unknown> | null;
  fieldErrors: Record<string, string[]> | null;
  requestId: string;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const data: ErrorData = {
      appCode: null,
      field: null,
      details: null,
      fieldErrors: null,
      requestId: ctx?.requestId ?? 'unknown',
    };
    if (cause instanceof ZodError) {
      data.appCode = 'VALIDATION_FAILED';
      data.fieldErrors = Object.fromEntries(
        cause.issues.map((issue) => [issue.path.join('.') || '(input)', [issue.message]]),
      );
      data.field = cause.issues[0]?.path.join('.') ?? null;
    } else if (isLiquidationError(cause)) {
      data.appCode = cause.code;
      data.field = cause.field ?? null;
    } else if (cause instanceof ApiError) {
      data.appCode = cause.code;
      data.details = cause.details ?? null;
    }
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? `Something went wrong on our side. If it keeps happening, quote request id ${data.requestId}.`
        : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined, ...data } };
  },
});

export const SESSION_ENDED_MESSAGE = 'Your session has ended. Sign in again to continue.';

/**
 * Sessions are read from a signed cookie copy for a few minutes (create-auth.ts), so a request can
 * carry the identity of a user deleted meanwhile; its writes then fail on the database's foreign
 * keys. Only on that failure path do we ask whether the user still exists.
 */
async function hasSessionEnded(ctx: Context): Promise<boolean> {
  if (!ctx.identity) return false;
  try {
    return !(await userExists(ctx.db, ctx.identity.userId));
  } catch {
    return false;
  }
}

/** Domain errors become typed tRPC errors here, at the edge; anything else is logged with its request id. */
const errorMapping = t.middleware(async ({ ctx, next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (isLiquidationError(cause)) {
      result.error = new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
    } else if (cause instanceof ApiError) {
      result.error = new TRPCError({ code: TRPC_CODE_FOR[cause.code], message: cause.message, cause });
    } else if (result.error.code === 'INTERNAL_SERVER_ERROR') {
      if (await hasSessionEnded(ctx)) {
        const ended = new ApiError('SESSION_ENDED', SESSION_ENDED_MESSAGE);
        result.error = new TRPCError({ code: 'UNAUTHORIZED', message: ended.message, cause: ended });
      } else {
        ctx.log.error({ err: cause ?? result.error, path }, 'unexpected error');
      }
    }
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** A session ended elsewhere (see Context.sessionEnded) gets nothing, not even as an anonymous caller. */
const endedSessionRefusal = t.middleware(({ ctx, next }) => {
  if (ctx.sessionEnded) throw new ApiError('SESSION_ENDED', SESSION_ENDED_MESSAGE);
  return next();
});

export const publicProcedure = t.procedure.use(errorMapping).use(endedSessionRefusal);

/** A guest or an account: anyone with a session. Guests get one on their first visit. */
export const identifiedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.identity) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'Your session has expired. Reload the page to continue.',
    });
  }
  return next({ ctx: { ...ctx, identity: ctx.identity } });
});

/** Signed-in accounts only (not guests). */
export const accountProcedure = identifiedProcedure.use(({ ctx, next }) => {
  if (ctx.identity.isGuest) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in or create an account to do this.' });
  }
  return next();
});

export const ADMINISTRATORS_ONLY_MESSAGE = 'Only administrators can do this.';

/**
 * Administrators only. The role is read from the database on every call, not from the session's
 * signed copy, so `admin revoke` takes effect at the next request.
 */
export const adminProcedure = accountProcedure.use(async ({ ctx, next }) => {
  if (!(await isAdministrator(ctx.db, ctx.identity.userId))) {
    throw new ApiError('FORBIDDEN', ADMINISTRATORS_ONLY_MESSAGE);
  }
  return next();
});
