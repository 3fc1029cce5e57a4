import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { createCaller } from '../root';
import { anonymousCaller, newUser, rejectionOf, visibleError } from './scenario-test-helpers';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

describe('scenario router: authorization', () => {
  it("answers another user's private scenario exactly like a missing one", async () => {
    const a = await newUser(db);
    const b = await newUser(db);
    const secret = await a.caller.scenario.create(validScenario({ title: 'Secret' }));
    const missingId = randomUUID();
    const missingSlug = 'AAAAAAAAAAAAAAAAAAAAAA';

    const pairs = [
      [
        () => b.caller.scenario.get({ idOrSlug: secret.id }),
        () => b.caller.scenario.get({ idOrSlug: missingId }),
      ],
      [
        () => b.caller.scenario.get({ idOrSlug: secret.slug }),
        () => b.caller.scenario.get({ idOrSlug: missingSlug }),
      ],
      [
        () => anonymousCaller(db).scenario.get({ idOrSlug: secret.slug }),
        () => anonymousCaller(db).scenario.get({ idOrSlug: missingSlug }),
      ],
      [
        () => b.caller.scenario.update({ id: secret.id, version: 1, title: 'Hijacked' }),
        () => b.caller.scenario.update({ id: missingId, version: 1, title: 'Hijacked' }),
      ],
      [() => b.caller.scenario.delete({ id: secret.id }), () => b.caller.scenario.delete({ id: missingId })],
      [
        () => b.caller.scenario.fork({ idOrSlug: secret.id }),
        () => b.caller.scenario.fork({ idOrSlug: missingId }),
      ],
      [
        () => b.caller.scenario.fork({ idOrSlug: secret.slug }),
        () => b.caller.scenario.fork({ idOrSlug: missingSlug }),
      ],
    ] as const;
    for (const [forbidden, missing] of pairs) {
      const seen = visibleError(await rejectionOf(forbidden()));
      expect(seen.code).toBe('NOT_FOUND');
      expect(seen).toEqual(visibleError(await rejectionOf(missing())));
    }
    const stored = await a.caller.scenario.get({ idOrSlug: secret.id });
    expect(stored).toMatchObject({ title: 'Secret', version: 1, viewCount: 0 });
  });

  it('lets nobody but the owner update or delete a public or unlisted scenario', async () => {
    const a = await newUser(db);
    const b = await newUser(db);
    const shared = await a.caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' });
    expect(
      (await rejectionOf(b.caller.scenario.update({ id: shared.id, version: 1, title: 'x' }))).code,
    ).toBe('NOT_FOUND');
    expect((await rejectionOf(b.caller.scenario.delete({ id: shared.id }))).code).toBe('NOT_FOUND');
    expect((await a.caller.scenario.get({ idOrSlug: shared.id })).title).toBe(validScenario().title);
  });

  it('lets anyone read an unlisted scenario by its link, and fork it', async () => {
    const a = await newUser(db);
    const b = await newUser(db);
    const unlisted = await a.caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' });
    const read = await anonymousCaller(db).scenario.get({ idOrSlug: unlisted.slug });
    expect(read).toMatchObject({ id: unlisted.id, isMine: false });
    expect((await b.caller.scenario.get({ idOrSlug: unlisted.slug })).isMine).toBe(false);
    const fork = await b.caller.scenario.fork({ idOrSlug: unlisted.slug });
    expect(fork.title).toContain(validScenario().title);
  });

  it('reaches an unlisted scenario only by its link: by id it exists for its owner alone', async () => {
    const a = await newUser(db);
    const b = await newUser(db);
    const unlisted = await a.caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' });
    expect((await rejectionOf(anonymousCaller(db).scenario.get({ idOrSlug: unlisted.id }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await rejectionOf(b.caller.scenario.get({ idOrSlug: unlisted.id }))).code).toBe('NOT_FOUND');
    expect((await rejectionOf(b.caller.scenario.fork({ idOrSlug: unlisted.id }))).code).toBe('NOT_FOUND');
    expect((await a.caller.scenario.get({ idOrSlug: unlisted.id })).isMine).toBe(true);
    const publicOne = await a.caller.scenario.create({ ...validScenario(), visibility: 'PUBLIC' });
    expect((await b.caller.scenario.get({ idOrSlug: publicOne.id })).id).toBe(publicOne.id);
  });

  it('shows where a fork came from only when the origin is public', async () => {
    const a = await newUser(db);
    const b = await newUser(db);
    const unlisted = await a.caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' });
    const publicOne = await a.caller.scenario.create({ ...validScenario(), visibility: 'PUBLIC' });
    const ofUnlisted = await b.caller.scenario.fork({ idOrSlug: unlisted.slug });
    const ofPublic = await b.caller.scenario.fork({ idOrSlug: publicOne.slug });
    expect(ofUnlisted.forkedFromId).toBeNull();
    expect(ofPublic.forkedFromId).toBe(publicOne.id);
    // Shared on: a stranger reading the forks sees the same.
    for (const fork of [ofUnlisted, ofPublic]) {
      await b.caller.scenario.update({ id: fork.id, version: 1, visibility: 'UNLISTED' });
    }
    const stranger = anonymousCaller(db);
    expect((await stranger.scenario.get({ idOrSlug: ofUnlisted.slug })).forkedFromId).toBeNull();
    expect((await stranger.scenario.get({ idOrSlug: ofPublic.slug })).forkedFromId).toBe(publicOne.id);
    // The origin turns private: its id is no longer shown.
    await a.caller.scenario.update({ id: publicOne.id, version: 1, visibility: 'PRIVATE' });
    expect((await stranger.scenario.get({ idOrSlug: ofPublic.slug })).forkedFromId).toBeNull();
  });

  it("keeps other users' scenarios out of listMine", async () => {
    const a = await newUser(db);
    const b = await newUser(db);
    await a.caller.scenario.create({ ...validScenario(), visibility: 'PUBLIC' });
    expect((await b.caller.scenario.listMine()).items).toEqual([]);
  });

  it('requires a session for writes and my lists', async () => {
    const anon = anonymousCaller(db);
    const id = randomUUID();
    const calls = [
      () => anon.scenario.create(validScenario()),
      () => anon.scenario.update({ id, version: 1, title: 'x' }),
      () => anon.scenario.delete({ id }),
      () => anon.scenario.fork({ idOrSlug: id }),
      () => anon.scenario.listMine(),
    ];
    for (const call of calls) expect((await rejectionOf(call())).code).toBe('UNAUTHORIZED');
  });

  it('lets guests save private and unlisted scenarios but not publish to the gallery', async () => {
    const guest = await newUser(db, { isGuest: true });
    const mine = await guest.caller.scenario.create(validScenario());
    await guest.caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' });
    expect(
      (await rejectionOf(guest.caller.scenario.create({ ...validScenario(), visibility: 'PUBLIC' }))).code,
    ).toBe('UNAUTHORIZED');
    expect(
      (await rejectionOf(guest.caller.scenario.update({ id: mine.id, version: 1, visibility: 'PUBLIC' })))
        .code,
    ).toBe('UNAUTHORIZED');
    expect((await guest.caller.scenario.get({ idOrSlug: mine.id })).visibility).toBe('PRIVATE');
  });

  it('removes the fork link, not the fork, when the source is deleted', async () => {
    const a = await newUser(db);
    const b = await newUser(db);
    const source = await a.caller.scenario.create({ ...validScenario(), visibility: 'PUBLIC' });
    const fork = await b.caller.scenario.fork({ idOrSlug: source.id });
    await a.caller.scenario.delete({ id: source.id });
    expect((await b.caller.scenario.get({ idOrSlug: fork.id })).forkedFromId).toBeNull();
  });

  it('treats a session whose user id owns nothing as a stranger', async () => {
    const a = await newUser(db);
    const secret = await a.caller.scenario.create(validScenario());
    const stranger = createCaller(
      createContextInner({ db, identity: { userId: 'no-such-user', isGuest: true } }),
    );
    expect((await rejectionOf(stranger.scenario.get({ idOrSlug: secret.id }))).code).toBe('NOT_FOUND');
  });
});
