import { expect, type Page } from '@playwright/test';

/**
 * Waits for the footer's database status: a browser → tRPC → PostgreSQL round trip made by client
 * code, so it also proves the page hydrated. The status loads its code only when the footer comes
 * near the viewport, so the footer is scrolled into view first.
 */
export async function expectDatabaseStatus(page: Page, status: string | RegExp = 'ok'): Promise<void> {
  // The page footer, not the indicator: the indicator is replaced when its code arrives.
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('database-status')).toHaveAttribute('data-status', status);
}
