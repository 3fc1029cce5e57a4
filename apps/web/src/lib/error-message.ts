/** What to show a reader for a caught failure: its message, or a plain fallback for a non-Error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
