const UNREACHABLE = 'Could not reach the server. Check your connection and try again.';

/**
 * A failure to reach the server, for the reader's words rather than the browser's: a request that
 * never got an answer ("Failed to fetch" in Chrome, "NetworkError when attempting to fetch resource."
 * in Firefox, "Load failed" in Safari; the tRPC client keeps it as its cause), or a script split off
 * the page that could not be loaded when an action needed it (Turbopack's ChunkLoadError).
 */
function isUnreachable(error: Error): boolean {
  if (error.name === 'ChunkLoadError') return true;
  if (error instanceof TypeError && /failed to fetch|networkerror|load failed/i.test(error.message))
    return true;
  return error.cause instanceof Error && error.cause !== error && isUnreachable(error.cause);
}

/** What to show a reader for a caught failure: its message, or a plain fallback for a non-Error. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return 'Something went wrong.';
  return isUnreachable(error) ? UNREACHABLE : error.message;
}
