import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { encodeScenarioState } from '@liqlab/scenario/scenario-state-codec';
import { ticks, validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { createCaller } from '../root';
import { scenarioViewsById } from '../scenarios/scenario-view-counters';
import { anonymousCaller, newUser, rejectionOf } from './scenario-test-helpers';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

describe('scenario router: happy paths', () => {
  it('creates a scenario and reads it back as a plain DTO', async () => {
    const { caller } = await newUser(db);
    const created = await caller.scenario.create(validScenario());
    expect(created).toMatchObject({
      title: 'A 10× long in a slow decline',
      visibility: 'PRIVATE',
      entryPrice: '60000',
      leverage: '10',
      version: 1,
      isMine: true,
      forkedFromId: null,
      viewCount: 0,
      curated: false,
    });
    expect(created.slug).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt);
    expect(created.position.entryPrice).toBe('60000');
    expect(created.position.slippageBps).toBe('5');
    expect(created).not.toHaveProperty('ownerId');

    const byId = await caller.scenario.get({ idOrSlug: created.id });
    const bySlug = await caller.scenario.get({ idOrSlug: created.slug });
    expect(byId).toEqual(created);
    expect(bySlug).toEqual(created);
  });

  it('answers a save with exactly what a later read returns: 18-decimal prices, instants, defaults', async () => {
    const { caller } = await newUser(db);
    const base = validScenario();
    const created = await caller.scenario.create({
      ...base,
      visibility: 'UNLISTED',
      position: {
        ...base.position,
        entryPrice: '64123.123456789012345678',
        leverage: '12.5',
        stopLoss: { price: '60000.5', trigger: 'last' },
      },
    });
    expect(created).toMatchObject({
      entryPrice: '64123.123456789012345678',
      leverage: '12.5',
      visibility: 'UNLISTED',
      viewCount: 0,
    });
    expect(created.position.entryPrice).toBe('64123.123456789012345678');
    expect(created.updatedAt).toBe(created.createdAt);
    expect(Math.abs(Date.parse(created.createdAt) - Date.now())).toBeLessThan(60_000);
    expect(await caller.scenario.get({ idOrSlug: created.id })).toEqual(created);
    const [summary] = (await caller.scenario.listMine()).items;
    expect(summary).toMatchObject({
      id: created.id,
      entryPrice: created.entryPrice,
      createdAt: created.createdAt,
    });
  });

  it('stores markup in the title verbatim, as plain text', async () => {
    const { caller } = await newUser(db);
    const title = '<script>alert("owned")</script><img src=x onerror=alert(1)>';
    const created = await caller.scenario.create(validScenario({ title: `  ${title}  `, notes: '<b>n</b>' }));
    expect(created.title).toBe(title);
    const read = await caller.scenario.get({ idOrSlug: created.id });
    expect(read.title).toBe(title);
    expect(read.notes).toBe('<b>n</b>');
  });

  it('saves uploaded ticks and named paths', async () => {
    const { caller } = await newUser(db);
    const withTicks = await caller.scenario.create(
      validScenario({ path: { kind: 'ticks', ticks: ticks(5000) } }),
    );
    expect(withTicks.path).toEqual({ kind: 'ticks', ticks: ticks(5000) });
    const named = await caller.scenario.create(
      validScenario({
        path: {
          kind: 'named',
          name: 'flash-crash-wick',
          seed: 'w',
          startPrice: '60000',
          wickPercent: '12',
          markDipPercent: '6',
        },
      }),
    );
    expect(named.path).toMatchObject({ kind: 'named', name: 'flash-crash-wick', wickPercent: '12' });
  });

  it('updates with the current version and bumps it', async () => {
    const { caller } = await newUser(db);
    const created = await caller.scenario.create(validScenario());
    const updated = await caller.scenario.update({
      id: created.id,
      version: 1,
      title: 'Renamed',
      visibility: 'UNLISTED',
      position: { ...validScenario().position, leverage: '5', entryPrice: '61000.5' },
    });
    expect(updated).toMatchObject({
      title: 'Renamed',
      visibility: 'UNLISTED',
      version: 2,
      leverage: '5',
      entryPrice: '61000.5',
    });
    expect(updated.notes).toBe(created.notes);
    expect(updated.path).toEqual(created.path);
  });

  it('deletes, after which the scenario is gone', async () => {
    const { caller } = await newUser(db);
    const created = await caller.scenario.create(validScenario());
    expect(await caller.scenario.delete({ id: created.id })).toEqual({ id: created.id, deleted: true });
    expect((await rejectionOf(caller.scenario.get({ idOrSlug: created.id }))).code).toBe('NOT_FOUND');
    expect((await rejectionOf(caller.scenario.delete({ id: created.id }))).code).toBe('NOT_FOUND');
  });

  it('forks a readable scenario into a private copy', async () => {
    const a = await newUser(db);
    const b = await newUser(db);
    const source = await a.caller.scenario.create({ ...validScenario(), visibility: 'PUBLIC' });
    const fork = await b.caller.scenario.fork({ idOrSlug: source.slug });
    expect(fork).toMatchObject({
      title: `${source.title} (fork)`,
      visibility: 'PRIVATE',
      forkedFromId: source.id,
      isMine: true,
      version: 1,
      position: source.position,
      path: source.path,
    });
    expect(fork.slug).not.toBe(source.slug);
    // A fork of a 120-character title still fits.
    const long = await a.caller.scenario.create(validScenario({ title: 'x'.repeat(120) }));
    const longFork = await a.caller.scenario.fork({ idOrSlug: long.id });
    expect(longFork.title.length).toBeLessThanOrEqual(120);
    expect(longFork.title.endsWith(' (fork)')).toBe(true);
  });

  it('lists my scenarios newest first, page by page', async () => {
    const { caller } = await newUser(db);
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(await caller.scenario.create(validScenario({ title: `Mine ${i}` })));
    const first = await caller.scenario.listMine({ limit: 2 });
    expect(first.items.map((s) => s.title)).toEqual(['Mine 4', 'Mine 3']);
    expect(first.items[0]).not.toHaveProperty('path');
    expect(first.items[0]).toMatchObject({
      rules: 'binance-usdm',
      side: 'long',
      isMine: true,
      entryPrice: '60000',
    });
    const second = await caller.scenario.listMine({ limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((s) => s.title)).toEqual(['Mine 2', 'Mine 1']);
    const third = await caller.scenario.listMine({ limit: 2, cursor: second.nextCursor! });
    expect(third.items.map((s) => s.title)).toEqual(['Mine 0']);
    expect(third.nextCursor).toBeNull();
    expect((await caller.scenario.listMine()).items).toHaveLength(5);
  });

  it('shows only public scenarios in the gallery, curated first', async () => {
    const { caller, userId } = await newUser(db);
    const pub = await caller.scenario.create({
      ...validScenario({ title: 'Gallery public' }),
      visibility: 'PUBLIC',
    });
    const unlisted = await caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' });
    const priv = await caller.scenario.create(validScenario());
    const all = [];
    let cursor: string | undefined;
    do {
      const page = await anonymousCaller(db).scenario.gallery({ limit: 50, cursor });
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const ids = all.map((s) => s.id);
    expect(ids).toContain(pub.id);
    expect(ids).not.toContain(unlisted.id);
    expect(ids).not.toContain(priv.id);
    expect(all.every((s) => s.visibility === 'PUBLIC')).toBe(true);
    const firstUncurated = all.findIndex((s) => !s.curated);
    expect(all.slice(firstUncurated).every((s) => !s.curated)).toBe(true);
    expect(userId).toBeTruthy();
  });

  it('counts views by others, atomically, but not by the owner', async () => {
    const owner = await newUser(db);
    const viewer = await newUser(db);
    const created = await owner.caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' });
    await owner.caller.scenario.get({ idOrSlug: created.id });
    expect((await viewer.caller.scenario.get({ idOrSlug: created.slug })).viewCount).toBe(1);
    await Promise.all(
      Array.from({ length: 10 }, () => anonymousCaller(db).scenario.get({ idOrSlug: created.slug })),
    );
    const mine = await owner.caller.scenario.get({ idOrSlug: created.id });
    expect(mine.viewCount).toBe(11);
    expect(mine.version).toBe(1);
    expect(mine.updatedAt).toBe(created.updatedAt);
  });

  it('does not count a read that is not a view (link preview, cache render)', async () => {
    const owner = await newUser(db);
    const created = await owner.caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' });
    const preview = await anonymousCaller(db).scenario.get({ idOrSlug: created.slug, countView: false });
    expect(preview.viewCount).toBe(0);
    expect((await anonymousCaller(db).scenario.get({ idOrSlug: created.slug })).viewCount).toBe(1);
    expect((await owner.caller.scenario.get({ idOrSlug: created.id })).viewCount).toBe(1);
  });

  it('with a buffered view counter, shows views at once and stores them at the flush', async () => {
    const owner = await newUser(db);
    const created = await owner.caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' });
    const views = scenarioViewsById(db, { flushEveryMs: 60_000 });
    const visitor = () => createCaller(createContextInner({ db, views }));
    await visitor().scenario.get({ idOrSlug: created.slug });
    expect((await visitor().scenario.get({ idOrSlug: created.slug })).viewCount).toBe(2);
    // Not written yet: a reader on another instance (another counter) sees the stored count.
    expect((await owner.caller.scenario.get({ idOrSlug: created.id })).viewCount).toBe(0);
    await views.flush();
    expect(views.pendingFor(created.id)).toBe(0);
    expect((await owner.caller.scenario.get({ idOrSlug: created.id })).viewCount).toBe(2);
  });

  it('decodes a shared state server-side', async () => {
    const state = encodeScenarioState(validScenario({ title: '<i>shared</i>' }));
    const decoded = await anonymousCaller(db).scenario.decodeShared({ state });
    expect(decoded.title).toBe('<i>shared</i>');
    expect(decoded.position.leverage).toBe('10');
  });
});

describe('scenario router: idempotent create', () => {
  it('returns the same scenario for the same clientKey', async () => {
    const { caller, userId } = await newUser(db);
    const clientKey = `key-${randomUUID()}`;
    const first = await caller.scenario.create({ ...validScenario(), clientKey });
    const again = await caller.scenario.create({ ...validScenario({ title: 'A retry' }), clientKey });
    expect(again.id).toBe(first.id);
    expect(again.title).toBe(first.title);
    expect(await db.scenario.count({ where: { ownerId: userId } })).toBe(1);
  });

  it('creates one row under concurrent duplicate requests', async () => {
    const { caller, userId } = await newUser(db);
    const clientKey = `key-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => caller.scenario.create({ ...validScenario(), clientKey })),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.scenario.count({ where: { ownerId: userId } })).toBe(1);
  });

  it('scopes the clientKey to its owner', async () => {
    const a = await newUser(db);
    const b = await newUser(db);
    const clientKey = `key-${randomUUID()}`;
    const fromA = await a.caller.scenario.create({ ...validScenario(), clientKey });
    const fromB = await b.caller.scenario.create({ ...validScenario(), clientKey });
    expect(fromB.id).not.toBe(fromA.id);
  });
});

describe('scenario router: optimistic concurrency', () => {
  it('lets exactly one of two concurrent updates from the same version win', async () => {
    const { caller } = await newUser(db);
    const created = await caller.scenario.create(validScenario());
    const results = await Promise.allSettled([
      caller.scenario.update({ id: created.id, version: 1, title: 'Edit A' }),
      caller.scenario.update({ id: created.id, version: 1, title: 'Edit B' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<{ title: string; version: number }>).value;
    const error = (lost[0] as PromiseRejectedResult).reason;
    expect(error.code).toBe('CONFLICT');
    expect(error.cause.code).toBe('VERSION_CONFLICT');
    expect(error.cause.details.latest).toMatchObject({ id: created.id, version: 2, title: winner.title });
    const stored = await caller.scenario.get({ idOrSlug: created.id });
    expect(stored.title).toBe(winner.title);
    expect(stored.version).toBe(2);
  });

  it('never overwrites from a stale version', async () => {
    const { caller } = await newUser(db);
    const created = await caller.scenario.create(validScenario());
    await caller.scenario.update({ id: created.id, version: 1, title: 'Second' });
    const error = await rejectionOf(caller.scenario.update({ id: created.id, version: 1, title: 'Stale' }));
    expect(error.code).toBe('CONFLICT');
    expect((await caller.scenario.get({ idOrSlug: created.id })).title).toBe('Second');
  });
});
