import { type APIRequestContext, expect, test } from '@playwright/test';

// The server runs with the default LIQLAB_TRUSTED_PROXY_HOPS=0: it knows no client address, so every
// caller looks alike. Limits must then follow the account, never one bucket shared by everyone.

function json(baseURL: string | undefined) {
  return { 'content-type': 'application/json', origin: baseURL ?? '' };
}

async function signIn(
  request: APIRequestContext,
  baseURL: string | undefined,
  email: string,
  password: string,
) {
  return request.post('/api/auth/sign-in/email', { headers: json(baseURL), data: { email, password } });
}

async function newAccount(request: APIRequestContext, baseURL: string | undefined, label: string) {
  const email = `${label}-${crypto.randomUUID()}@example.test`;
  const password = 'a password that is right';
  const signUp = await request.post('/api/auth/sign-up/email', {
    headers: json(baseURL),
    data: { email, password, name: 'Throttle' },
  });
  expect(signUp.status()).toBe(200);
  return { email, password };
}

test('100 failed sign-ins against other accounts do not stop a different user', async ({
  playwright,
  baseURL,
}) => {
  // Each refused sign-in still hashes a password (better-auth's guard against timing): ~0.3 s each.
  test.setTimeout(180_000);
  // Separate contexts: no cookie passes from the attacker to the user.
  const attacker = await playwright.request.newContext({ baseURL });
  const user = await playwright.request.newContext({ baseURL });
  try {
    const account = await newAccount(user, baseURL, 'bystander');
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const response = await signIn(
        attacker,
        baseURL,
        `victim-${i}-${crypto.randomUUID()}@example.test`,
        'wrong guess',
      );
      statuses.push(response.status());
    }
    expect(statuses.filter((status) => status !== 401)).toEqual([]);
    const mine = await signIn(user, baseURL, account.email, account.password);
    expect(mine.status()).toBe(200);
  } finally {
    await attacker.dispose();
    await user.dispose();
  }
});

test('guessing one account’s password is slowed with a growing wait', async ({ playwright, baseURL }) => {
  const attacker = await playwright.request.newContext({ baseURL });
  try {
    const account = await newAccount(attacker, baseURL, 'target');
    const statuses: number[] = [];
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await signIn(attacker, baseURL, account.email, `guess ${i}`);
      statuses.push(response.status());
      if (response.status() === 429) waits.push(Number(response.headers()['retry-after']));
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(waits.every((seconds) => seconds >= 1)).toBe(true);
    // Even the right password waits its turn: the throttle does not tell a guesser which one was right.
    expect((await signIn(attacker, baseURL, account.email, account.password)).status()).toBe(429);
    // Other accounts are untouched.
    const other = await newAccount(attacker, baseURL, 'untouched');
    expect((await signIn(attacker, baseURL, other.email, other.password)).status()).toBe(200);
  } finally {
    await attacker.dispose();
  }
});
