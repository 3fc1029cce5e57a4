import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type APIResponse, expect, type Page, test } from '@playwright/test';
import { expectDatabaseStatus } from './database-status';
import { holdScripts } from './held-scripts';
import { saveScenarioOverApi } from './scenario-over-api';

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  // Left out on purpose: its cost on every first visit outweighs what it guards (security-headers.ts).
  expect(headers['cross-origin-opener-policy']).toBeUndefined();
  // Served over http here: HSTS would be wrong (and ignored) on a plain-http origin.
  expect(headers['strict-transport-security']).toBeUndefined();
  expect(headers['x-request-id']).toMatch(/^[\w-]{8,64}$/);
  return csp;
}

test.describe('security headers', () => {
  test('a page rendered per request carries a nonce-based CSP and the fixed headers', async ({ request }) => {
    const response = await request.get('/sandbox');
    expect(response.status()).toBe(200);
    const csp = expectSecurityHeaders(response);
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'sha256-/);
    expect(/script-src ([^;]+)/.exec(csp)?.[1]).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("connect-src 'self'");
    // A fresh nonce for every response.
    const again = (await request.get('/sandbox')).headers()['content-security-policy'];
    expect(again).not.toBe(csp);
  });

  test('a prerendered lesson allows exactly the hashes of its own inline scripts', async ({ request }) => {
    const response = await request.get('/learn/leverage-and-margin');
    expect(response.status()).toBe(200);
    const csp = expectSecurityHeaders(response);
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc.join(' ')).not.toMatch(/nonce-|strict-dynamic|unsafe-inline/);
    const html = await response.text();
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1] ?? '')
      .filter(Boolean);
    expect(inline.length).toBeGreaterThan(1);
    for (const code of inline) {
      const source = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
      expect(scriptSrc, code.slice(0, 60)).toContain(source);
    }
    // The same bytes every time: it was built once, not rendered for this request.
    expect(await (await request.get('/learn/leverage-and-margin')).text()).toBe(html);
  });

  test('an API route carries a lock-everything CSP and the fixed headers', async ({ request }) => {
    const response = await request.get('/api/trpc/health.check');
    expect(response.status()).toBe(200);
    const csp = expectSecurityHeaders(response);
    expect(csp).toContain("default-src 'none'");
  });
});

test.describe('cross-site request forgery', () => {
  const json = { 'content-type': 'application/json' };

  test('a tRPC mutation from another origin is refused with a typed 403', async ({ request }) => {
    const response = await request.post('/api/trpc/account.delete', {
      headers: { ...json, origin: 'https://evil.example' },
      data: {},
    });
    expect(response.status()).toBe(403);
    const body = await response.json();
    expect(body.error.data).toMatchObject({
      code: 'FORBIDDEN',
      appCode: 'CROSS_SITE_REQUEST',
      httpStatus: 403,
    });
    expect(body.error.data.requestId).toBe(response.headers()['x-request-id']);
  });

  test('without Origin, Sec-Fetch-Site: cross-site is refused too', async ({ request }) => {
    const response = await request.post('/api/trpc/account.delete', {
      headers: { ...json, 'sec-fetch-site': 'cross-site' },
      data: {},
    });
    expect(response.status()).toBe(403);
  });

  test('a same-origin mutation that is not JSON is refused with 415', async ({ request, baseURL }) => {
    const response = await request.post('/api/trpc/account.delete', {
      headers: { 'content-type': 'text/plain', origin: baseURL ?? '' },
      data: '{}',
    });
    expect(response.status()).toBe(415);
    expect((await response.json()).error.data.appCode).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  test('better-auth refuses a cross-origin call that carries the session cookie; same-origin passes', async ({
    request,
    baseURL,
  }) => {
    const guest = await request.post('/api/auth/sign-in/anonymous', {
      headers: { ...json, origin: baseURL ?? '' },
      data: {},
    });
    expect(guest.status()).toBe(200);
    const setCookie = guest.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie');
    expect(setCookie.some((h) => /HttpOnly/i.test(h.value) && /SameSite=Lax/i.test(h.value))).toBe(true);

    const forged = await request.post('/api/auth/sign-out', {
      headers: { ...json, origin: 'https://evil.example' },
      data: {},
    });
    expect(forged.status()).toBe(403);

    // The same session, same origin: the tRPC mutation is allowed through the CSRF check.
    const own = await request.post('/api/trpc/account.delete', {
      headers: { ...json, origin: baseURL ?? '' },
      data: {},
    });
    expect(own.status()).toBe(200);
  });
});

for (const path of ['/sign-in', '/sign-up'] as const) {
  test(`a form sent before the page's scripts run is held, then sent with what was typed: ${path}`, async ({
    page,
    baseURL,
  }) => {
    // On a slow phone, Enter can come before the scripts. The browser would send the form itself and
    // the page would come back empty; the served page holds the submit until its handler is in place.
    const email = `early-${crypto.randomUUID()}@example.test`;
    const password = 'correct horse battery staple';
    if (path === '/sign-in') {
      const signUp = await page.request.post('/api/auth/sign-up/email', {
        headers: { 'content-type': 'application/json', origin: baseURL ?? '' },
        data: { email, password, name: 'Early' },
      });
      expect(signUp.status()).toBe(200);
      await page.context().clearCookies();
    }
    const runScripts = await holdScripts(page);
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(`${request.method()} ${request.url()}`);
    });
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Password').press('Enter');
    await expect(page.locator('form[aria-busy="true"]')).toHaveCount(1);
    expect(documents).toEqual([`GET ${baseURL}${path}`]);

    runScripts();
    await expect(page).toHaveURL(/\/dashboard$/);
    expect(documents.join(' ')).not.toContain('password');
    expect(documents.join(' ')).not.toContain('correct');
    // Signed in: the session reaches the API.
    const me = await page.request.get('/api/trpc/account.me');
    expect(me.status()).toBe(200);
    expect(JSON.stringify(await me.json())).toContain(email);
  });

  test(`with scripts off, a sent form keeps the password out of the address: ${path}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(path);
      await page.getByLabel('Email').fill('early@example.com');
      await page.getByLabel('Password').fill('correct horse battery staple');
      const sent = page.waitForRequest((request) => request.resourceType() === 'document');
      await page.getByLabel('Password').press('Enter');
      const request = await sent;
      expect(request.method()).toBe('POST');
      expect(request.url()).not.toContain('password');
      expect(request.url()).not.toContain('early%40example.com');
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).not.toContain('password');
      await expect(page.getByLabel('Password')).toBeVisible();
    } finally {
      await context.close();
    }
  });
}

test('an unknown URL shows the friendly 404 page with ways on', async ({ page }) => {
  const response = await page.goto('/no-such-page-here');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  const main = page.getByRole('main');
  for (const name of ['Home', 'Learn', 'Sandbox']) {
    await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

/** Collects CSP violations (DOM event and console), hydration errors and uncaught errors on a page. */
async function watchForViolations(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|CSP violation/i.test(text)) problems.push(text);
    // A nonce attribute or the pre-paint theme class must not make React discard the server HTML.
    if (message.type() === 'error' && /hydrat|React error #(418|423|425)/i.test(text)) problems.push(text);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

for (const path of [
  '/',
  '/learn',
  '/learn/leverage-and-margin',
  '/sandbox',
  '/settings',
  '/sign-in',
  '/no-such-page',
]) {
  test(`no CSP violations and the page hydrates: ${path}`, async ({ page }) => {
    const problems = await watchForViolations(page);
    await page.goto(path);
    // The footer's database status is filled in by a client-side tRPC call: proof that React hydrated.
    await expectDatabaseStatus(page);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test.describe('settings', () => {
  test('the account menu links to settings', async ({ page }, testInfo) => {
    await page.goto('/');
    // On a phone the account's links wait in the header's Menu.
    if (testInfo.project.name === 'phone-chromium') await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  });

  test('the theme choice applies at once and survives a reload without a flash', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/settings');
    const html = page.locator('html');
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(html).toHaveClass(/\bdark\b/);

    await page.reload();
    // Checked before React runs: the boot script in <head> set it, so the first paint is dark.
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

    await page.getByRole('radio', { name: 'Light' }).check();
    await page.reload();
    await expect(html).not.toHaveClass(/\bdark\b/);
  });

  test('the precision choice changes how amounts are shown and persists', async ({ page }) => {
    await page.goto('/settings');
    const example = page.getByTestId('precision-example');
    await expect(example).toHaveText('12,345.68\u2009USDT');
    await page.getByLabel('Decimal places for amounts').selectOption('4');
    await expect(example).toHaveText('12,345.6789\u2009USDT');
    await page.reload();
    await expect(example).toHaveText('12,345.6789\u2009USDT');
  });

  test('export downloads my data as JSON', async ({ page }) => {
    await page.goto('/settings');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^liquidation-lab-export-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
    expect(data.format).toBe('liquidation-lab-export/1');
    expect(data.user).toHaveProperty('id');
  });

  test('deleting my account signs me out and the account can no longer sign in', async ({
    page,
  }, testInfo) => {
    const email = `delete-me-${testInfo.project.name}-${Date.now()}@example.test`;
    const password = 'correct horse battery';
    await page.goto('/sign-up');
    await page.getByLabel('Name').fill('Short-lived');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/Password/).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByTestId('account-name')).toHaveText('Short-lived');

    await page.goto('/settings');
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    const confirm = dialog.getByRole('button', { name: 'Delete forever' });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Type DELETE to confirm').fill('delete');
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
    await confirm.click();

    await expect(page).toHaveURL(/\/\?account=deleted$/);
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByTestId('account-name')).toHaveCount(0);

    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Within the page: Next's route announcer is an (empty) alert of its own, outside <main>.
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Invalid email or password');
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test.describe('shared pages from the shared-page cache', () => {
  const publicPath = '/s/preset-long-10x-slow-bleed';

  /** Asks until a copy comes from the cache (the first request renders it in the background). */
  async function cachedCopy(request: import('@playwright/test').APIRequestContext, path: string) {
    let response: APIResponse | undefined;
    await expect
      .poll(async () => {
        response = await request.get(path);
        return response.headers()['x-liqlab-cache'];
      })
      .toBe('hit');
    return response as APIResponse;
  }

  /** An unlisted scenario saved by a guest in a context of its own, so `request` stays without a session. */
  async function unlistedPath(
    playwright: import('@playwright/test').PlaywrightWorkerArgs['playwright'],
    baseURL: string,
  ) {
    const owner = await playwright.request.newContext({ baseURL });
    const headers = { 'content-type': 'application/json', origin: baseURL };
    expect((await owner.post('/api/auth/sign-in/anonymous', { headers, data: {} })).status()).toBe(200);
    const slug = await saveScenarioOverApi(owner, baseURL, {
      title: 'unlisted, cached per response',
      visibility: 'UNLISTED',
      seed: 'e2e unlisted',
    });
    await owner.dispose();
    return `/s/${slug}`;
  }

  test('an unlisted scenario’s cached copies carry their own nonce and request id, no render marker, and are never stored', async ({
    request,
    playwright,
    baseURL,
  }) => {
    const path = await unlistedPath(playwright, baseURL ?? '');
    const copies = [await cachedCopy(request, path), await cachedCopy(request, path)];
    const nonces: string[] = [];
    for (const copy of copies) {
      expect(copy.status()).toBe(200);
      const csp = expectSecurityHeaders(copy);
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1] ?? '';
      expect(nonce).not.toBe('');
      nonces.push(nonce);
      const html = await copy.text();
      const stamped = [...html.matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]);
      expect(stamped.length).toBeGreaterThan(0);
      expect(new Set(stamped)).toEqual(new Set([nonce]));
      expect(html).toContain(`<meta name="liqlab-request-id" content="${copy.headers()['x-request-id']}"/>`);
      expect(html).not.toMatch(/render-[A-Za-z0-9_-]{20,}/);
      expect(copy.headers()['cache-control']).toContain('no-store');
      expect(copy.headers()['cache-control']).not.toMatch(/\bpublic\b|s-maxage/);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test('a public scenario’s copy is one fixed page a CDN may keep: no nonce, its inline scripts allowed by hash', async ({
    request,
  }) => {
    const copies = [await cachedCopy(request, publicPath), await cachedCopy(request, publicPath)];
    for (const copy of copies) {
      expect(copy.status()).toBe(200);
      const csp = expectSecurityHeaders(copy);
      expect(csp).not.toContain("'nonce-");
      const html = await copy.text();
      expect(html).not.toMatch(/nonce="/);
      expect(html).not.toMatch(/render-[A-Za-z0-9_-]{20,}/);
      // One request id for the copy (whoever it is served to), not this response's.
      expect(html).toMatch(/<meta name="liqlab-request-id" content="cached-[A-Za-z0-9_-]{16}"\/>/);
      expect(html).not.toContain(copy.headers()['x-request-id']);
      const scriptSources = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
        .map((m) => m[1] ?? '')
        .filter((text) => text.length > 0);
      expect(inline.length).toBeGreaterThan(0);
      for (const text of inline) {
        expect(scriptSources).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
      }
      const cacheControl = copy.headers()['cache-control'] ?? '';
      for (const directive of ['public', 'max-age=0', 's-maxage=2', 'stale-while-revalidate=5']) {
        expect(cacheControl).toContain(directive);
      }
      expect(copy.headers().vary).toContain('Cookie');
      expect(Number(copy.headers().age)).toBeLessThanOrEqual(7);
    }
  });

  test('a visitor with a session always gets the page rendered for them, never stored', async ({
    request,
  }) => {
    await cachedCopy(request, publicPath);
    const response = await request.get(publicPath, {
      headers: { cookie: 'better-auth.session_token=not-a-real-session' },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['x-liqlab-cache']).toBeUndefined();
    expect(response.headers()['cache-control']).not.toMatch(/\bpublic\b|s-maxage/);
  });

  test('a public copy hydrates in the browser without CSP violations, and reports its view', async ({
    page,
    request,
  }) => {
    await cachedCopy(request, publicPath);
    const problems = await watchForViolations(page);
    const beacon = page.waitForResponse((r) => r.url().includes('/api/trpc/scenario.recordView'));
    const response = await page.goto(publicPath);
    expect(response?.headers()['x-liqlab-cache']).toBe('hit');
    await expect(page.getByTestId('shared-title')).toBeVisible();
    expect((await beacon).status()).toBe(200);
    await expectDatabaseStatus(page);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
});
