import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { newUser } from '../routers/scenario-test-helpers';
import { scenarioViewsById } from './scenario-view-counters';
import { ViewCounter } from './view-counter';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

async function storedViews(id: string): Promise<number> {
  return (await db.scenario.findUniqueOrThrow({ where: { id }, select: { viewCount: true } })).viewCount;
}

async function twoScenarios(visibility: 'PRIVATE' | 'UNLISTED' = 'UNLISTED') {
  const { caller } = await newUser(db);
  return Promise.all([
    caller.scenario.create({ ...validScenario(), visibility }),
    caller.scenario.create({ ...validScenario(), visibility }),
  ]);
}

describe('scenario view counters', () => {
  it('unbuffered, stores each view before record() resolves', async () => {
    const [a] = await twoScenarios();
    const views = scenarioViewsById(db, { flushEveryMs: 0 });
    await Promise.all(Array.from({ length: 5 }, () => views.record(a.id)));
    expect(await storedViews(a.id)).toBe(5);
    expect(views.pendingFor(a.id)).toBe(0);
  });

  it('buffered, adds a burst of views to several scenarios in one flush, and adds to (never overwrites) other counts', async () => {
    const [a, b] = await twoScenarios();
    const first = scenarioViewsById(db, { flushEveryMs: 60_000 });
    const second = scenarioViewsById(db, { flushEveryMs: 60_000 }); // another app instance
    await Promise.all([
      ...Array.from({ length: 300 }, () => first.record(a.id)),
      ...Array.from({ length: 7 }, () => first.record(b.id)),
      ...Array.from({ length: 4 }, () => second.record(a.id)),
    ]);
    expect(await storedViews(a.id)).toBe(0);
    expect(first.pendingFor(a.id)).toBe(300);
    await Promise.all([first.flush(), second.flush(), first.flush()]);
    expect(await storedViews(a.id)).toBe(304);
    expect(await storedViews(b.id)).toBe(7);
  });

  it('flushes by itself after the interval', async () => {
    const [a] = await twoScenarios();
    const views = scenarioViewsById(db, { flushEveryMs: 20 });
    await views.record(a.id);
    await vi.waitFor(async () => expect(await storedViews(a.id)).toBe(1), { timeout: 5000 });
  });

  it('keeps the views of a failed flush for the next one, and skips deleted scenarios', async () => {
    const [a, b] = await twoScenarios();
    const errors: unknown[] = [];
    let failing = true;
    const views = scenarioViewsById(db, { flushEveryMs: 60_000, onFlushError: (e) => errors.push(e) });
    const flaky = new ViewCounter({
      flushEveryMs: 60_000,
      write: async (batch) => {
        if (failing) throw new Error('database unreachable');
        for (const [id, n] of batch) for (let i = 0; i < n; i++) await views.record(id);
      },
    });
    await flaky.record(a.id);
    await expect(flaky.flush()).rejects.toThrow('database unreachable');
    expect(flaky.pendingFor(a.id)).toBe(1);
    failing = false;
    await flaky.record(b.id);
    await db.scenario.delete({ where: { id: b.id } });
    await flaky.flush();
    await views.flush();
    expect(await storedViews(a.id)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('refuses a negative or fractional interval', () => {
    const write = async () => {};
    expect(() => new ViewCounter({ flushEveryMs: -1, write })).toThrow(RangeError);
    expect(() => new ViewCounter({ flushEveryMs: 0.5, write })).toThrow(RangeError);
  });
});
