import type { ReactNode } from 'react';
import { TRPCReactProvider } from './react';

/**
 * The layout of every route whose client components call the API through tRPC. The root layout has
 * no tRPC provider, so pages that never call the API (the lessons, the glossary, home) do not load
 * TanStack Query and the tRPC client up front.
 */
export function WithTrpcLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
