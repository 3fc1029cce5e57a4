interface RequestInfo {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

interface ErrorContext {
  routePath: string;
  routeType: string;
}

/** A pino-compatible JSON line (level 50 = error), so it sits with the API's own logs. */
export function requestErrorLogLine(error: unknown, request: RequestInfo, context: ErrorContext): string {
  const requestId = request.headers['x-request-id'];
  const digest =
    typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : undefined;
  return JSON.stringify({
    level: 50,
    time: Date.now(),
    msg: 'request failed',
    requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    digest,
    method: request.method,
    path: request.path,
    route: context.routePath,
    routeType: context.routeType,
    err:
      error instanceof Error
        ? { type: error.name, message: error.message, stack: error.stack }
        : String(error),
  });
}
