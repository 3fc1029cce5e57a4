import { randomUUID } from 'node:crypto';
import { lessonCatalog } from '@liqlab/content/lessons/lesson-catalog';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { createContextInner, type Identity } from '../context';
import { isSessionLive } from '../repositories/session-repository';
import { createCaller } from '../root';
import { rejectionOf, visibleError } from '../routers/scenario-test-helpers';
import { SESSION_ENDED_MESSAGE } from '../trpc';
import { createAuth } from './create-auth';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const BASE = 'http://localhost:3000';
const auth = createAuth({
  db,
  secret: 'test-secret-test-secret-test-secret-0123',
  baseURL: BASE,
  secureCookies: false,
});
const SESSION_TOKEN = 'better-auth.session_token';
const SESSION_DATA = 'better-auth.session_data';

/** One browser's cookies: stores what Set-Cookie gives, forgets what it expires. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(setCookies: string[]): this {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attributes.some((a) => /^max-age=0$/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return this;
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  without(name: string): CookieJar {
    const copy = new CookieJar();
    for (const [key, value] of this.cookies) if (key !== name) copy.cookies.set(key, value);
    return copy;
  }

  headers(): Headers {
    return new Headers({ cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') });
  }
}

async function post(path: string, body: unknown, jar?: CookieJar): Promise<Response> {
  const headers = new Headers({ 'content-type': 'application/json', origin: BASE });
  const cookie = jar?.headers().get('cookie');
  if (cookie) headers.set('cookie', cookie);
  return auth.handler(
    new Request(`${BASE}/api/auth${path}`, { method: 'POST', headers, body: JSON.stringify(body) }),
  );
}

/** A browser signed in to a new account; `signIn` opens the same account in another browser. */
async function newAccount() {
  const email = `cache-${crypto.randomUUID()}@example.test`;
  const password = 'long enough pw';
  const signUp = await post('/sign-up/email', { email, password, name: 'Cached' });
  expect(signUp.status).toBe(200);
  return {
    browser: new CookieJar().store(signUp.headers.getSetCookie()),
    async signIn() {
      const response = await post('/sign-in/email', { email, password });
      expect(response.status).toBe(200);
      return new CookieJar().store(response.headers.getSetCookie());
    },
  };
}

async function identityIn(jar: CookieJar, options: { disableCookieCache?: boolean } = {}) {
  const session = await auth.api.getSession({ headers: jar.headers(), query: options });
  return session ? { userId: session.user.id, isGuest: Boolean(session.user.isAnonymous) } : null;
}

function callerAs(identity: Identity) {
  return createCaller(createContextInner({ db, identity }));
}

describe('session cookie cache', () => {
  it('sign-in stores a signed session copy that resolves the session', async () => {
    const { browser } = await newAccount();
    expect(browser.has(SESSION_TOKEN)).toBe(true);
    expect(browser.has(SESSION_DATA)).toBe(true);
    expect(await identityIn(browser)).toMatchObject({ isGuest: false });
  });

  it('after a database read, hands back a fresh copy for the response to store', async () => {
    const { browser } = await newAccount();
    const withoutCopy = browser.without(SESSION_DATA);
    const { response, headers } = await auth.api.getSession({
      headers: withoutCopy.headers(),
      returnHeaders: true,
    });
    expect(response?.user.id).toBeDefined();
    expect(headers.getSetCookie().some((c) => c.startsWith(`${SESSION_DATA}=`))).toBe(true);
  });

  it('sign-out ends the session in that browser at once', async () => {
    const { browser } = await newAccount();
    expect(await identityIn(browser)).not.toBeNull();
    const signOut = await post('/sign-out', {}, browser);
    expect(signOut.status).toBe(200);
    browser.store(signOut.headers.getSetCookie());
    expect(browser.has(SESSION_TOKEN)).toBe(false);
    expect(browser.has(SESSION_DATA)).toBe(false);
    expect(await identityIn(browser)).toBeNull();
  });

  it('a copy outlives its session inside better-auth, so the app asks isSessionLive', async () => {
    const account = await newAccount();
    const other = await account.signIn();
    const session = await auth.api.getSession({ headers: other.headers() });
    const token = session!.session.token;
    expect(await isSessionLive(db, token)).toBe(true);
    // Revoked in the database (sign-out on that device, or every session of a deleted account) …
    await db.session.delete({ where: { token } });
    // … better-auth alone still trusts the browser's signed copy until it expires …
    expect(await identityIn(other)).not.toBeNull();
    // … which is why every request answered from a copy also asks whether its session lives (the
    // web app's callerSession): no, at once, from any instance of the same database.
    expect(await isSessionLive(db, token)).toBe(false);
    expect(await identityIn(other, { disableCookieCache: true })).toBeNull();
    // The first browser's own session is untouched.
    expect(await identityIn(account.browser, { disableCookieCache: true })).not.toBeNull();
  });

  it('sign-out and account deletion end the session for isSessionLive at once', async () => {
    const account = await newAccount();
    const laptop = account.browser;
    const phone = await account.signIn();
    const laptopToken = (await auth.api.getSession({ headers: laptop.headers() }))!.session.token;
    const phoneToken = (await auth.api.getSession({ headers: phone.headers() }))!.session.token;
    expect(await isSessionLive(db, laptopToken)).toBe(true);

    expect((await post('/sign-out', {}, laptop)).status).toBe(200);
    expect(await isSessionLive(db, laptopToken)).toBe(false);
    expect(await isSessionLive(db, phoneToken)).toBe(true);

    await callerAs((await identityIn(phone))!).account.delete();
    expect(await isSessionLive(db, phoneToken)).toBe(false);
    expect(await isSessionLive(db, 'no-such-token')).toBe(false);
  });

  it('a write by a user deleted meanwhile is refused with SESSION_ENDED, not a server error', async () => {
    const account = await newAccount();
    const laptop = account.browser;
    const phone = await account.signIn();
    const onLaptop = callerAs((await identityIn(laptop))!);
    const phoneIdentity = (await identityIn(phone))!;
    await onLaptop.account.delete();

    // The phone's session copy still names the deleted user for a few minutes …
    expect(await identityIn(phone)).toEqual(phoneIdentity);
    const onPhone = callerAs(phoneIdentity);
    // … but nothing it writes is stored, and it is told why.
    const expected = { code: 'UNAUTHORIZED', message: SESSION_ENDED_MESSAGE, appCode: 'SESSION_ENDED' };
    expect(visibleError(await rejectionOf(onPhone.scenario.create(validScenario())))).toEqual(expected);
    expect(
      visibleError(
        await rejectionOf(onPhone.scenario.create({ ...validScenario(), clientKey: 'phone-save-1' })),
      ),
    ).toEqual(expected);
    const slug = lessonCatalog[0]!.slug;
    expect(visibleError(await rejectionOf(onPhone.progress.markLessonRead({ slug })))).toEqual(expected);
    expect(visibleError(await rejectionOf(onPhone.quiz.start({ quizId: slug })))).toEqual(expected);
    expect(await db.scenario.count({ where: { ownerId: phoneIdentity.userId } })).toBe(0);
  });

  it('a request whose session ended gets 401 SESSION_ENDED from every procedure, public ones too', async () => {
    const { browser } = await newAccount();
    const identity = (await identityIn(browser))!;
    const ended = createCaller(createContextInner({ db, identity: null, sessionEnded: true }));
    const calls: [string, () => Promise<unknown>][] = [
      ['account.me', () => ended.account.me()],
      ['account.exportData', () => ended.account.exportData()],
      ['health.check', () => ended.health.check()],
      ['progress.dashboard', () => ended.progress.dashboard()],
      ['scenario.create', () => ended.scenario.create(validScenario())],
      [
        'scenario.report',
        () => ended.scenario.report({ idOrSlug: 'AAAAAAAAAAAAAAAAAAAAAA', reason: 'SPAM' }),
      ],
      ['moderation.queue', () => ended.moderation.queue({ section: 'PENDING_REVIEW' })],
      ['moderation.hide', () => ended.moderation.hide({ scenarioId: randomUUID() })],
    ];
    for (const [name, call] of calls) {
      expect(visibleError(await rejectionOf(call())), name).toEqual({
        code: 'UNAUTHORIZED',
        message: SESSION_ENDED_MESSAGE,
        appCode: 'SESSION_ENDED',
      });
    }
    // The same caller with its session live is served.
    expect(await callerAs(identity).account.me()).toMatchObject({ id: identity.userId });
  });
});
