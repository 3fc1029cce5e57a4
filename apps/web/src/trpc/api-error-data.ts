/** What the API puts on a refusal (api's trpc.ts errorFormatter): a stable code, recovery details, field errors. */
export interface ApiErrorData<Details = unknown> {
  appCode?: string | null;
  details?: Details | null;
  fieldErrors?: Record<string, string[]> | null;
}

/**
 * The API's data on an error the browser's tRPC client raised; null for any other error. Read from
 * the error's name, not `instanceof TRPCClientError`: importing the class would load the whole tRPC
 * client with pages that load it only when an action needs it (the sandbox's save, a report).
 */
export function apiErrorData<Details = unknown>(error: unknown): ApiErrorData<Details> | null {
  if (error instanceof Error && error.name === 'TRPCClientError' && 'data' in error)
    return (error.data ?? null) as ApiErrorData<Details> | null;
  return null;
}
