'use client';

import { useQuery } from '@tanstack/react-query';
import { TRPCReactProvider, useTRPC } from '~/trpc/react';

function DatabaseStatusQuery() {
  const trpc = useTRPC();
  const health = useQuery(trpc.health.check.queryOptions());
  if (health.isPending) {
    return (
      <span data-testid="database-status" hidden>
        Checking the database…
      </span>
    );
  }
  if (health.isError) {
    return (
      <span data-testid="database-status" role="alert">
        The database cannot be reached, so saving and progress are unavailable: {health.error.message}
      </span>
    );
  }
  return (
    <span data-testid="database-status" data-status={health.data.status} hidden>
      Database connected · {health.data.appliedMigrations} migrations applied
    </span>
  );
}

/** A live round trip browser → tRPC → PostgreSQL, with its own tRPC provider (loaded after hydration). */
export function DatabaseStatusLive() {
  return (
    <TRPCReactProvider>
      <DatabaseStatusQuery />
    </TRPCReactProvider>
  );
}
