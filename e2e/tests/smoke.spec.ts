import { expect, test } from '@playwright/test';
import { expectDatabaseStatus } from './database-status';

test('home page loads and a tRPC call round-trips through the real database', async ({ page }) => {
  const health = page.waitForResponse((response) => response.url().includes('/api/trpc/health.check'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('liquidation');
  await expectDatabaseStatus(page);
  expect((await health).status()).toBe(200);
  await expect(page.getByTestId('database-status')).toContainText(/\d+ migrations? applied/);
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
