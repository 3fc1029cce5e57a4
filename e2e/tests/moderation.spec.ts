import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations } from './axe-check';
import { saveScenarioOverApi } from './scenario-over-api';

// Moderation end to end: three learners report a public scenario, it leaves the gallery and its link
// shows "under review"; an administrator (granted with `pnpm admin grant`) restores it, and it is back.

const webDir = path.resolve(import.meta.dirname, '../../apps/web');

/** A browser context signed in as a new account (the session cookie is the context's own). */
async function signedIn(browser: Browser, baseURL: string, label: string) {
  const context = await browser.newContext({ baseURL });
  const email = `${label}-${crypto.randomUUID()}@example.test`;
  const signUp = await context.request.post('/api/auth/sign-up/email', {
    headers: { 'content-type': 'application/json', origin: baseURL },
    data: { email, password: 'a password long enough', name: label },
  });
  expect(signUp.status()).toBe(200);
  return { context, email };
}

async function createPublicScenario(context: BrowserContext, baseURL: string, title: string) {
  return saveScenarioOverApi(context.request, baseURL, {
    title,
    visibility: 'PUBLIC',
    seed: 'e2e moderation',
  });
}

/** `pnpm admin grant <email>` on the running app's embedded database, as an operator would run it. */
function grantAdministrator(email: string) {
  const dataRoot = process.env.LIQLAB_E2E_DATA_ROOT;
  if (!dataRoot) throw new Error('LIQLAB_E2E_DATA_ROOT is set by playwright.config.ts');
  return execFileSync(path.join(webDir, 'node_modules/.bin/tsx'), ['scripts/admin-cli.ts', 'grant', email], {
    cwd: webDir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, DATABASE_URL: '', LIQLAB_DATA_DIR: path.join(dataRoot, 'postgres') },
  });
}

/**
 * Moderation links in the header after the account menu has asked whether this account may moderate
 * (so a 0 is the answer, not a page still loading). A phone's header keeps them in the Menu.
 */
async function moderationLink(page: Page) {
  const asked = page.waitForResponse((r) => r.url().includes('account.isAdministrator') && r.ok());
  await page.goto('/learn');
  await asked;
  if ((page.viewportSize()?.width ?? 1280) < 1024) await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' }).first()).toBeVisible();
  return page.getByRole('link', { name: 'Moderation', exact: true });
}

test('reported by three learners, out of the gallery; an administrator restores it', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const tag = crypto.randomUUID().slice(0, 8);
  const title = `Moderated ${tag}`;
  const owner = await signedIn(browser, origin, 'owner');
  const slug = await createPublicScenario(owner.context, origin, title);
  const stranger = await browser.newContext({ baseURL: origin });
  const galleryTitles = async () => {
    const page = await stranger.newPage();
    await page.goto(`/gallery?search=${tag}`);
    const titles = await page.locator('main li h3, main li a').allTextContents();
    await page.close();
    return titles.join('\n');
  };
  expect(await galleryTitles()).toContain(title);

  // Visitors without an account get no Report button; the owner neither.
  const anonymousPage = await stranger.newPage();
  await anonymousPage.goto(`/s/${slug}`);
  await expect(anonymousPage.getByTestId('shared-title')).toHaveText(title);
  const ownerPage = await owner.context.newPage();
  await ownerPage.goto(`/s/${slug}`);
  await expect(ownerPage.getByTestId('shared-title')).toHaveText(title);
  for (const page of [anonymousPage, ownerPage]) {
    await expect(page.getByRole('button', { name: 'Fork into my sandbox' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Report', exact: true })).toHaveCount(0);
  }

  const reasons = ['Spam or advertising', 'Offensive or abusive', 'Something else'];
  for (const [index, reason] of reasons.entries()) {
    const reporter = await signedIn(browser, origin, `reporter${index}`);
    const page = await reporter.context.newPage();
    await page.goto(`/s/${slug}`);
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Report this scenario' });
    if (index === 0) await expectNoSeriousViolations(page, testInfo, 'report dialog');
    await dialog.getByLabel(reason).check();
    if (reason === 'Something else') {
      // "Something else" asks for words before it sends anything.
      await dialog.getByRole('button', { name: 'Send report' }).click();
      await expect(dialog.getByRole('alert')).toContainText('Say in a few words');
      await dialog.getByLabel(/Details/).fill('Copies another learner’s scenario word for word.');
    }
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await expect(page.getByTestId('reported')).toContainText(
      index === reasons.length - 1
        ? 'out of the gallery until a moderator reviews it'
        : 'You reported this scenario',
    );
    if (index === 0) {
      // The report is remembered: after a reload the page says so instead of offering the button.
      await page.reload();
      await expect(page.getByTestId('reported')).toContainText('You reported this scenario');
      await expect(page.getByRole('button', { name: 'Report', exact: true })).toHaveCount(0);
    }
    await reporter.context.close();
  }

  expect(await galleryTitles()).not.toContain(title);
  // The shared-page cache may serve its copy for a few more seconds (README: at most 7 s).
  await expect
    .poll(
      async () => {
        await anonymousPage.goto(`/s/${slug}`);
        return anonymousPage.locator('h1').textContent();
      },
      { timeout: 20_000 },
    )
    .toBe('Under review');
  await expect(anonymousPage.getByText(title)).toHaveCount(0);
  await expectNoSeriousViolations(anonymousPage, testInfo, 'under-review notice');
  await ownerPage.reload();
  await expect(ownerPage.getByTestId('moderation-banner')).toContainText('only you can still open it');

  // An ordinary account's header offers no way to the moderation page, and the page does not exist for it.
  await expect(await moderationLink(ownerPage)).toHaveCount(0);
  const notAdminResponse = await ownerPage.goto('/admin/moderation');
  expect(notAdminResponse?.status()).toBe(404);

  // An administrator's header (or its phone menu) links it.
  const admin = await signedIn(browser, origin, 'admin');
  expect(grantAdministrator(admin.email)).toContain('is now an administrator');
  const adminPage = await admin.context.newPage();
  const link = await moderationLink(adminPage);
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(adminPage).toHaveURL(/\/admin\/moderation$/);
  const item = adminPage.locator(`[data-testid="moderation-item"][data-slug="${slug}"]`);
  await expect(item.getByTestId('moderation-state')).toHaveText('Waiting for review (out of the gallery)');
  await expect(item).toContainText('3 open reports of 3');
  await expect(item).toContainText('Copies another learner’s scenario word for word.');
  await expectNoSeriousViolations(adminPage, testInfo, 'moderation page');
  await item.getByRole('button', { name: `Restore “${title}”` }).click();
  // Restored and its reports closed: it leaves the queue.
  await expect(item).toHaveCount(0);

  expect(await galleryTitles()).toContain(title);
  await expect
    .poll(
      async () => {
        await anonymousPage.goto(`/s/${slug}`);
        return anonymousPage
          .getByTestId('shared-title')
          .textContent({ timeout: 2_000 })
          .catch(() => '');
      },
      { timeout: 20_000 },
    )
    .toBe(title);
  for (const context of [owner.context, admin.context, stranger]) await context.close();
});
