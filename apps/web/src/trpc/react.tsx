'use client';

import type { AppRouter } from '@liqlab/api/root';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { type ReactNode, useState } from 'react';
import { ensureSession } from '~/auth/auth-client';
import { makeQueryClient } from './query-client';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;

/**
 * A newcomer has no session until something must be stored for them. When a call is refused
 * for want of one, a guest identity is created and the call retried once.
 */
async function fetchWithGuestSession(url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (response.status !== 401 && response.status !== 207) return response;
  const body = await response.clone().text();
  if (!body.includes('"UNAUTHORIZED"')) return response;
  await ensureSession();
  return fetch(url, init);
}

function getQueryClient(): QueryClient {
  // On the server every request gets its own client; in the browser one is kept for the session.
  if (typeof window === 'undefined') return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: '/api/trpc', fetch: fetchWithGuestSession })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
