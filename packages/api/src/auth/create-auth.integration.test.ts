import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { createCaller } from '../root';
import { createAuth } from './create-auth';
import { MAX_USER_NAME_LENGTH, NAME_TOO_LONG_MESSAGE } from './user-name';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const BASE = 'http://localhost:3000';
const auth = createAuth({
  db,
  secret: 'test-secret-test-secret-test-secret-0123',
  baseURL: BASE,
  secureCookies: false,
});

async function call(path: string, body: unknown, cookie?: string): Promise<Response> {
  return auth.handler(
    new Request(`${BASE}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
}

function sessionCookie(response: Response): string {
  const cookies = response.headers.getSetCookie();
  const session = cookies.find((c) => c.startsWith('better-auth.session_token='));
  if (!session) throw new Error(`no session cookie in ${cookies.join(' | ')}`);
  return session.split(';')[0]!;
}

async function identityOf(cookie: string) {
  const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
  if (!session) throw new Error('no session');
  return { userId: session.user.id, isGuest: Boolean(session.user.isAnonymous) };
}

describe('accounts and guests', () => {
  it('sets an httpOnly, SameSite=Lax session cookie', async () => {
    const response = await call('/sign-in/anonymous', {});
    expect(response.status).toBe(200);
    const raw = response.headers.getSetCookie().find((c) => c.startsWith('better-auth.session_token='))!;
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Lax/i);
  });

  it('moves a guest’s progress and scenarios to the account created at sign-up', async () => {
    const guestCookie = sessionCookie(await call('/sign-in/anonymous', {}));
    const guest = await identityOf(guestCookie);
    expect(guest.isGuest).toBe(true);

    await db.lessonProgress.create({
      data: {
        userId: guest.userId,
        lessonSlug: 'leverage-and-margin',
        firstReadAt: new Date(),
        lastReadAt: new Date(),
        mastery: 'FAMILIAR',
      },
    });
    const scenario = await db.scenario.create({
      data: {
        slug: `guest-${guest.userId}`,
        ownerId: guest.userId,
        title: 'My first 50× long',
        position: {},
        path: {},
        entryPrice: '64000',
        clientKey: 'k1',
      },
    });

    const email = `learner-${Date.now()}@example.test`;
    const signUp = await call(
      '/sign-up/email',
      { email, password: 'correct horse battery', name: 'Learner' },
      guestCookie,
    );
    expect(signUp.status).toBe(200);
    const account = await identityOf(sessionCookie(signUp));
    expect(account.isGuest).toBe(false);
    expect(account.userId).not.toBe(guest.userId);

    expect((await db.scenario.findUniqueOrThrow({ where: { id: scenario.id } })).ownerId).toBe(
      account.userId,
    );
    const progress = await db.lessonProgress.findUniqueOrThrow({
      where: { userId_lessonSlug: { userId: account.userId, lessonSlug: 'leverage-and-margin' } },
    });
    expect(progress.mastery).toBe('FAMILIAR');
    expect(await db.user.findUnique({ where: { id: guest.userId } })).toBeNull();

    // The stored credential is a hash, never the password.
    const credential = await db.account.findFirstOrThrow({
      where: { userId: account.userId, providerId: 'credential' },
    });
    expect(credential.password).toBeTruthy();
    expect(credential.password).not.toContain('correct horse');
  });

  it('after sign-up, the dashboard calls the learner by their account and keeps the guest’s streak', async () => {
    const guestCookie = sessionCookie(await call('/sign-in/anonymous', {}));
    const guest = await identityOf(guestCookie);
    const asGuest = createCaller(createContextInner({ db, identity: guest }));
    // Learned yesterday and today as a guest: a two-day streak.
    const yesterday = new Date(Date.now() - 86_400_000);
    await db.learningDay.create({
      data: { userId: guest.userId, day: new Date(yesterday.toISOString().slice(0, 10)) },
    });
    await asGuest.progress.markLessonRead({ slug: 'leverage-and-margin' });
    const before = await asGuest.progress.dashboard();
    expect(before.learner).toBe('guest');
    expect(before.streak.current).toBe(2);

    const signUp = await call(
      '/sign-up/email',
      { email: `streak-${Date.now()}@example.test`, password: 'correct horse battery', name: 'Streaker' },
      guestCookie,
    );
    expect(signUp.status).toBe(200);
    const account = await identityOf(sessionCookie(signUp));
    const after = await createCaller(createContextInner({ db, identity: account })).progress.dashboard();
    expect(after.learner).toBe('account');
    expect(after.streak).toEqual(before.streak);
    expect(after.lessonsRead).toBe(1);
    expect(await db.learningDay.count({ where: { userId: guest.userId } })).toBe(0);
  });

  it('refuses a wrong password and a duplicate email with typed errors', async () => {
    const email = `dup-${Date.now()}@example.test`;
    expect((await call('/sign-up/email', { email, password: 'long enough pw', name: 'A' })).status).toBe(200);
    expect((await call('/sign-up/email', { email, password: 'long enough pw', name: 'B' })).status).toBe(422);
    expect((await call('/sign-in/email', { email, password: 'wrong password!' })).status).toBe(401);
    expect((await call('/sign-in/email', { email, password: 'long enough pw' })).status).toBe(200);
  });

  it('exports my data and deletes my account with everything I own', async () => {
    const cookie = sessionCookie(
      await call('/sign-up/email', {
        email: `del-${Date.now()}@example.test`,
        password: 'long enough pw',
        name: 'Del',
      }),
    );
    const identity = await identityOf(cookie);
    await db.scenario.create({
      data: {
        slug: `del-${identity.userId}`,
        ownerId: identity.userId,
        title: 'x',
        position: {},
        path: {},
        entryPrice: '1.5',
      },
    });
    const caller = createCaller(createContextInner({ db, identity }));
    const exported = (await caller.account.exportData()) as { user: { scenarios: { entryPrice: string }[] } };
    expect(exported.user.scenarios).toHaveLength(1);
    expect(exported.user.scenarios[0]?.entryPrice).toBe('1.5');
    expect(JSON.stringify(exported)).not.toMatch(/password|token/i);

    await caller.account.delete();
    expect(await db.user.findUnique({ where: { id: identity.userId } })).toBeNull();
    expect(await db.scenario.count({ where: { ownerId: identity.userId } })).toBe(0);
    expect(await db.session.count({ where: { userId: identity.userId } })).toBe(0);
    await expect(caller.account.delete()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a name over the length limit at sign-up and on update, with a message for the form', async () => {
    const email = `long-name-${Date.now()}@example.test`;
    const tooLong = 'n'.repeat(MAX_USER_NAME_LENGTH + 1);
    const refused = await call('/sign-up/email', { email, password: 'long enough pw', name: tooLong });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ message: NAME_TOO_LONG_MESSAGE });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();

    // At the limit, counted as a person counts: as many emoji as the limit are that many characters.
    const atLimit = '🙂'.repeat(MAX_USER_NAME_LENGTH);
    const created = await call('/sign-up/email', { email, password: 'long enough pw', name: atLimit });
    expect(created.status).toBe(200);
    const renamed = await call('/update-user', { name: `${atLimit}!` }, sessionCookie(created));
    expect(renamed.status).toBe(400);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe(atLimit);
  });

  it('keeps guests out of identified procedures without a session', async () => {
    const caller = createCaller(createContextInner({ db, identity: null }));
    await expect(caller.account.exportData()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await caller.account.me()).toBeNull();
  });
});
