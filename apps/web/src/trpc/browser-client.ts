import type { AppRouter } from '@liqlab/api/root';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { MAX_BATCH_SIZE } from './max-batch-size';

/**
 * A newcomer has no session until something must be stored for them. When a call is refused
 * for want of one, a guest identity is created and the call retried once. The auth library is
 * loaded then, not with every page that calls the API.
 */
async function fetchWithGuestSession(url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (response.status !== 401 && response.status !== 207) return response;
  const body = await response.clone().text();
  if (!body.includes('"UNAUTHORIZED"')) return response;
  const { ensureSession } = await import('~/auth/auth-client');
  await ensureSession();
  return fetch(url, init);
}

/** The browser's tRPC client: used by the React provider, and directly by one-off actions. */
export function createBrowserTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: '/api/trpc', fetch: fetchWithGuestSession, maxItems: MAX_BATCH_SIZE })],
  });
}
