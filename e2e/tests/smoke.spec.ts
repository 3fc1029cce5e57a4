import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectDatabaseStatus } from './database-status';

test('home page loads and a tRPC call round-trips through the real database', async ({ page }) => {
  const health = page.waitForResponse((response) => response.url().includes('/api/trpc/health.check'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('liquidation');
  await expectDatabaseStatus(page);
  expect((await health).status()).toBe(200);
  await expect(page.getByTestId('database-status')).toContainText(/\d+ migrations? applied/);
  // All is well, so the reader is not told about the database at all.
  await expect(page.getByTestId('database-status')).toBeHidden();
  // Rendered text (innerText), not textContent: the hidden status is in the DOM but not on screen.
  await expect(page.getByRole('contentinfo')).not.toContainText('Database', { useInnerText: true });
});

test('the footer’s database check is made only when the footer comes near the viewport', async ({ page }) => {
  const checks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/trpc/health.check')) checks.push(request.url());
  });
  await page.goto('/learn/leverage-and-margin');
  // Hydrated (the lesson's standing at the top shows once the session has been read)…
  await expect(page.getByTestId('mastery-badge').first()).toBeVisible();
  // …yet the footer, screens away, has asked nothing.
  expect(checks).toEqual([]);
  await expect(page.getByTestId('database-status')).toHaveText('Checking the database…');

  await expectDatabaseStatus(page);
  expect(checks).toHaveLength(1);
});

// V8's explicit compile hint, as apps/web/scripts/eager-compile-hint.ts writes it.
const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

test('the framework chunks every page starts with are served marked for eager compilation', async ({
  page,
  request,
}) => {
  // The build's own list of start-up chunks (apps/web/scripts/eager-compile-hints.ts marks them).
  const manifestFile = path.join(import.meta.dirname, '../../apps/web/.next/build-manifest.json');
  const { rootMainFiles } = JSON.parse(readFileSync(manifestFile, 'utf8')) as { rootMainFiles: string[] };
  const html = await (await request.get('/learn/leverage-and-margin')).text();
  for (const file of rootMainFiles) {
    expect(html, `the lesson loads ${file}`).toContain(`/_next/${file}`);
    const chunk = await (await request.get(`/_next/${file}`)).text();
    expect(chunk.startsWith(`${EAGER_COMPILE_HINT}\n`), `${file} starts with the hint`).toBe(true);
  }
  // A chunk only this route needs keeps V8's default (compiled when first called).
  const routeChunk = [...html.matchAll(/<script [^>]*src="\/_next\/(static\/chunks\/[^"]+\.js)"/g)]
    .flatMap((match) => (match[1] ? [match[1]] : []))
    .find((file) => !rootMainFiles.includes(file));
  expect(routeChunk).toBeDefined();
  const routeSource = await (await request.get(`/_next/${routeChunk}`)).text();
  expect(routeSource.startsWith(EAGER_COMPILE_HINT), `${routeChunk} has no hint`).toBe(false);

  // The marked chunks still run: the lesson hydrates (its standing shows once the session is read).
  await page.goto('/learn/leverage-and-margin');
  await expect(page.getByTestId('mastery-badge').first()).toBeVisible();
});

test('a page is on screen before its scripts load: they are served inert and fetched after the first paint', async ({
  page,
  request,
}) => {
  for (const path of ['/', '/learn/leverage-and-margin', '/sandbox', '/s/preset-liquidation-event-drill']) {
    // As served: every start-up script of Next's is inert (apps/web/scripts/scripts-after-first-paint.mjs).
    const html = await (await request.get(path)).text();
    const tags = [...html.matchAll(/<script [^>]*src="\/_next\/static\/[^"]+"[^>]*>/g)].map(
      (match) => match[0],
    );
    const inert = tags.filter((tag) => tag.includes('type="text/x-after-first-paint"'));
    const started = tags.filter((tag) => !inert.includes(tag) && !tag.includes('noModule'));
    expect(inert.length, path).toBeGreaterThan(3);
    expect(started, path).toEqual([]);

    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const load = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      scriptStarts: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(entry.name))
        .map((entry) => entry.startTime),
      stillInert: document.querySelectorAll('script[type="text/x-after-first-paint"]').length,
    }));
    expect(load.scriptStarts.length, path).toBeGreaterThanOrEqual(inert.length);
    for (const start of load.scriptStarts) expect(start, path).toBeGreaterThanOrEqual(load.firstPaint);
    expect(load.stillInert, path).toBe(0);
  }
  // And the scripts run: the lesson hydrates (its standing shows once the session is read).
  await page.goto('/learn/leverage-and-margin');
  await expect(page.getByTestId('mastery-badge').first()).toBeVisible();
});

test('the scripts still start in a hidden tab, without paint reports, and when no paint is ever reported', async ({
  browser,
}) => {
  // The start script's fallbacks (apps/web/src/lib/scripts-after-first-paint.ts), each in a fresh
  // browser context so that no chunk comes from the cache, made true before any page script runs.
  const cases: { name: string; init: () => void; earliestStart: number }[] = [
    {
      name: 'a hidden tab',
      init: () => Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' }),
      earliestStart: 0,
    },
    {
      name: 'no paint reports',
      init: () => Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { get: () => ['mark'] }),
      earliestStart: 0,
    },
    {
      name: 'a paint report that never comes',
      init: () => {
        const Original = PerformanceObserver;
        // Observes every other entry type as before; a paint observer is never called.
        window.PerformanceObserver = class extends Original {
          override observe(options?: PerformanceObserverInit) {
            if (options?.type !== 'paint') super.observe(options);
          }
        };
      },
      earliestStart: 3000,
    },
  ];
  for (const { name, init, earliestStart } of cases) {
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const page = await context.newPage();
    await page.addInitScript(init);
    await page.goto('/learn/leverage-and-margin');
    // Hydrated: the lesson's standing shows once the session is read.
    await expect(page.getByTestId('mastery-badge').first(), name).toBeVisible({ timeout: 10_000 });
    const starts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(entry.name))
        .map((entry) => entry.startTime),
    );
    expect(starts.length, name).toBeGreaterThan(3);
    expect(Math.min(...starts), name).toBeGreaterThanOrEqual(earliestStart);
    await context.close();
  }
});

test('pages start without Intl (setting ICU up takes 17–65 ms of main thread in a fresh tab)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, { intlCalls: calls });
    const spy = <T extends object>(owner: T, name: keyof T & string, label: string) => {
      const original = owner[name] as (...args: unknown[]) => unknown;
      Object.assign(owner, {
        [name](this: unknown, ...args: unknown[]) {
          calls.push(label);
          return original.apply(this, args);
        },
      });
    };
    spy(Number.prototype, 'toLocaleString', 'Number#toLocaleString');
    spy(Date.prototype, 'toLocaleString', 'Date#toLocaleString');
    spy(Date.prototype, 'toLocaleDateString', 'Date#toLocaleDateString');
    spy(String.prototype, 'localeCompare', 'String#localeCompare');
    spy(Intl, 'NumberFormat', 'Intl.NumberFormat');
    spy(Intl, 'DateTimeFormat', 'Intl.DateTimeFormat');
  });
  for (const path of ['/', '/learn/leverage-and-margin', '/sandbox', '/s/preset-liquidation-event-drill']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { intlCalls: string[] }).intlCalls), path).toEqual(
      [],
    );
  }
});
