import { expect, type Page, type TestInfo, test } from '@playwright/test';

// The gallery: cards with a chart, the outcome and the key figures; filters in the address.

async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}-light.png`), fullPage: true });
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.screenshot({ path: testInfo.outputPath(`${name}-dark.png`), fullPage: true });
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}

test('cards show a chart, the outcome and the figures, and the filters narrow them', async ({
  page,
}, testInfo) => {
  await page.goto('/gallery');
  const cards = page.getByTestId('gallery-card');
  await expect(cards.first()).toBeVisible();
  await expect(cards.first().getByTestId('gallery-sparkline')).toBeVisible();
  await screenshots(page, testInfo, 'gallery');

  await page.getByLabel('Outcome').selectOption('liquidated');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/outcome=liquidated/);
  const outcomes = await page.getByTestId('scenario-outcome').allTextContents();
  expect(outcomes.length).toBeGreaterThan(0);
  expect(new Set(outcomes)).toEqual(new Set(['Liquidated']));

  await page.goto(`/gallery?search=${'x'.repeat(81)}`);
  await expect(page.getByTestId('gallery-refusal')).toContainText('at most 80 characters');
  await expect(page.getByTestId('gallery-refusal')).not.toContainText('"code"');
});
