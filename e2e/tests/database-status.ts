import { expect, type Page } from '@playwright/test';

/**
 * Waits for the footer's database status: a browser → tRPC → PostgreSQL round trip made by client
 * code, so it also proves the page hydrated. The status loads its code only when the footer comes
 * near the viewport, so the footer is kept in view: scrolled to again while the status is missing, as
 * what hydration adds above it (a lesson's progress and next-lesson cards) can push it back out.
 */
export async function expectDatabaseStatus(page: Page, status: string | RegExp = 'ok'): Promise<void> {
  await expect(async () => {
    // The page footer, not the indicator: the indicator is replaced when its code arrives.
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('database-status')).toHaveAttribute('data-status', status, {
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
}
