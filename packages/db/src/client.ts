import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type { Prisma } from '../generated/prisma/client';
export { PrismaClient };
export type Database = PrismaClient;

/**
 * A Prisma client over node-postgres. The pool is owned by the adapter and closed by
 * `$disconnect()`; call it on shutdown, or the process lingers while idle connections time out.
 */
export function createPrismaClient(
  databaseUrl: string,
  options: { maxConnections?: number } = {},
): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}
