'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '~/trpc/react';

/** A live round trip browser → tRPC → PostgreSQL, shown in the footer. */
export function DatabaseStatus() {
  const trpc = useTRPC();
  const health = useQuery(trpc.health.check.queryOptions());
  if (health.isPending) return <span data-testid="database-status">Checking the database…</span>;
  if (health.isError)
    return <span data-testid="database-status">Database unreachable: {health.error.message}</span>;
  return (
    <span data-testid="database-status" data-status={health.data.status}>
      Database connected · {health.data.appliedMigrations} migrations applied
    </span>
  );
}
