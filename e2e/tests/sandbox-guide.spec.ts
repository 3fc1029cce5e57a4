import { expect, type Page, type TestInfo, test } from '@playwright/test';

// The sandbox guides and warns: a start panel with guided challenges whose goal is checked live, a
// warning beside a stop-loss that can never fire, and plain words for refused input.

async function startBlank(page: Page) {
  await page.goto('/sandbox');
  await expect(page.getByTestId('start-panel')).toBeVisible();
  await page.getByRole('button', { name: 'Start blank' }).click();
  await expect(page.getByTestId('start-panel')).toBeHidden();
}

/** The same view in the light and the dark theme (the class the theme switch sets), for review. */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}-light.png`) });
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.screenshot({ path: testInfo.outputPath(`${name}-dark.png`) });
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}

const BEYOND_LIQUIDATION = /lies beyond the liquidation price/;

test('a 50× long is warned about a stop beyond its liquidation price, and fixing the stop clears it', async ({
  page,
}, testInfo) => {
  await startBlank(page);
  await page.getByLabel('Leverage (exact)').fill('50');
  await expect(page.getByTestId('fig-initial-margin')).toHaveText('1,200.00\u2009USDT');

  // The first stop offered lies before the liquidation price: no warning about it.
  await page.getByLabel('Stop-loss').check();
  const stop = page.getByLabel('Stop price');
  await expect(stop).not.toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: BEYOND_LIQUIDATION })).toHaveCount(0);

  // 5 % below the entry, as a newcomer would put it: beyond the 50× long's liquidation price.
  await stop.fill('57000');
  const warning = page.getByRole('status').filter({ hasText: BEYOND_LIQUIDATION });
  await expect(warning).toBeVisible();
  await expect(stop).toHaveAttribute('aria-describedby', /warning/);
  await warning.scrollIntoViewIfNeeded();
  await screenshots(page, testInfo, 'stop-warning');

  await stop.fill('59500');
  await expect(page.getByRole('status').filter({ hasText: BEYOND_LIQUIDATION })).toHaveCount(0);
  // 500 from the entry is well inside a day's typical move at 60 % volatility: the noise warning.
  await expect(
    page.getByRole('status').filter({ hasText: /ordinary noise is likely to trigger it/ }),
  ).toBeVisible();
});

test('a guided challenge shows its goal, and reaching it by changing an input shows it done', async ({
  page,
}, testInfo) => {
  await page.goto('/sandbox');
  await screenshots(page, testInfo, 'start-panel');
  await page.getByRole('link', { name: /Survive the wick/ }).click();
  await expect(page).toHaveURL(/\/sandbox\?guided=survive-the-wick$/);
  const goal = page.getByTestId('guided-goal');
  await expect(goal).toContainText('Make this 20× long survive the flash crash.');
  await expect(page.getByTestId('guided-goal-status')).toHaveText(
    /Not yet: the replay still ends in liquidation/,
  );
  await expect(goal).toHaveAttribute('data-met', 'false');

  await page.getByLabel('Leverage (exact)').fill('10');
  await expect(goal).toHaveAttribute('data-met', 'true');
  await expect(page.getByTestId('guided-goal-status')).toHaveText(/Done!.*still open at the end of the path/);
  await goal.scrollIntoViewIfNeeded();
  await screenshots(page, testInfo, 'goal-done');

  // Back at 20×, the crash liquidates it again.
  await page.getByLabel('Leverage (exact)').fill('20');
  await expect(goal).toHaveAttribute('data-met', 'false');
});

test('refused input is explained in plain words, with the real leverage cap', async ({ page }) => {
  await startBlank(page);
  const leverage = page.getByLabel('Leverage (exact)');
  await leverage.fill('-5');
  await expect(page.getByRole('alert').filter({ hasText: 'The leverage can’t be negative.' })).toBeVisible();
  await leverage.fill('250');
  await expect(
    page.getByRole('alert').filter({ hasText: 'The leverage must be from 1× to 100×.' }),
  ).toBeVisible();
  await page.getByLabel('Entry price').fill('6e4');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Write the entry price in full, without an exponent' }),
  ).toBeVisible();
  await expect(page.getByText(/Too big|expected|must be a decimal number/)).toHaveCount(0);
});
