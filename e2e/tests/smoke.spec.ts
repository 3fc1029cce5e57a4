import { expect, test } from '@playwright/test';

test('home page loads and a tRPC call round-trips through the real database', async ({ page }) => {
  const health = page.waitForResponse((response) => response.url().includes('/api/trpc/health.check'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('liquidation');
  const response = await health;
  expect(response.status()).toBe(200);
  await expect(page.getByTestId('database-status')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('database-status')).toContainText(/\d+ migrations? applied/);
});
