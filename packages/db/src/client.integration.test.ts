import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient, runPrepared } from './client';
import { injectTestDatabase } from './testing/inject-test-database';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

describe(`Prisma over PostgreSQL (${injectTestDatabase().target})`, () => {
  it('stores money as exact decimals, 18 fractional digits, with no float rounding', async () => {
    const owner = await db.user.create({
      data: { id: `decimal-${Date.now()}`, name: 'Decimal', email: `d${Date.now()}@example.test` },
    });
    const entryPrice = '64123.123456789012345678';
    const created = await db.scenario.create({
      data: {
        slug: `slug-${Date.now()}`,
        ownerId: owner.id,
        title: 'Exact money',
        position: { entryPrice },
        path: { kind: 'named', name: 'slow-bleed', seed: 'a' },
        entryPrice,
        leverage: '0.1',
      },
    });
    const read = await db.scenario.findUniqueOrThrow({ where: { id: created.id } });
    expect(read.entryPrice.toFixed(18)).toBe(entryPrice);
    // 0.1 is not representable as a float; as a decimal it is exact.
    expect(read.leverage?.times(3).toString()).toBe('0.3');
    await db.user.delete({ where: { id: owner.id } });
    expect(await db.scenario.count({ where: { id: created.id } })).toBe(0);
  });

  it('runs prepared statements on a client made by another copy of this module', async () => {
    // Next bundles @liqlab/db once per server layer; the app's one client is shared between them.
    const otherCopy = (await import(
      /* @vite-ignore */ `./client?copy=${Date.now()}`
    )) as typeof import('./client');
    expect(otherCopy.runPrepared).not.toBe(runPrepared);
    const rows = await otherCopy.runPrepared<{ two: number }>(
      db,
      { name: 'client-test-two', text: 'SELECT 1 + $1::int AS two' },
      [1],
    );
    expect(rows).toEqual([{ two: 2 }]);
  });

  it('refuses a transaction client, whose statements must stay on its own connection', async () => {
    await db.$transaction(async (tx) => {
      await expect(
        runPrepared(tx as unknown as typeof db, { name: 'client-test-tx', text: 'SELECT 1' }, []),
      ).rejects.toThrow(/not a transaction/);
    });
  });

  it('has every migration applied', async () => {
    const rows = await db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(Number(rows[0]?.n)).toBeGreaterThanOrEqual(1);
  });
});
