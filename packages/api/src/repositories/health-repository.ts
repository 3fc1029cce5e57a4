import type { Database } from '@liqlab/db/client';

/** One round trip through the database: its clock and the number of applied migrations. */
export async function readDatabaseHealth(
  db: Database,
): Promise<{ serverTime: Date; appliedMigrations: number }> {
  const [row] = await db.$queryRaw<{ now: Date; migrations: bigint }[]>`
    SELECT now() AS now,
           (SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL) AS migrations`;
  if (!row) throw new Error('The database returned no row for SELECT now().');
  return { serverTime: row.now, appliedMigrations: Number(row.migrations) };
}
