import { expect, type Page, test } from '@playwright/test';

// A learner's work survives: a 50× long is saved to its own address, found again after a reload and
// from the header's My scenarios, unsaved edits survive a help link, leaving and coming back, and the
// shared page states the setup to a stranger before its chart.

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 1024;

async function openFromHeader(page: Page, name: string) {
  if (isPhone(page)) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

test('build a 50× long, save it to its own address, find it again, share it', async ({ page, browser }) => {
  test.setTimeout(120_000); // one long walk through five pages
  await page.goto('/sandbox');
  await expect(page.getByRole('heading', { name: 'Scenario sandbox' })).toBeVisible();
  await page.getByLabel('Leverage (exact)').fill('50');
  await page.getByLabel('Path', { exact: true }).selectOption('named');
  await expect(page.getByLabel('Shape')).toHaveValue('flash-crash-wick');
  await expect(page.getByTestId('fig-initial-margin')).toHaveText('1,200.00\u2009USDT');
  await expect(page.getByTestId('draft-status')).toContainText('Unsaved changes');

  // Unsaved work survives a reload (the draft is written as the page goes, even mid-pause).
  await page.reload();
  await expect(page.getByLabel('Leverage (exact)')).toHaveValue('50');
  await expect(page.getByLabel('Shape')).toHaveValue('flash-crash-wick');
  await expect(page.getByTestId('draft-status')).toContainText('Unsaved changes');

  const title = `50x into a flash crash ${test.info().project.name}`;
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/sandbox\/[A-Za-z0-9_-]{22}$/, { timeout: 20_000 });
  const address = page.url();
  await expect(page.getByTestId('save-status')).toContainText('Saved as');
  await expect(page.getByTestId('draft-status')).toContainText('All changes saved');
  const liquidation = await page.getByTestId('fig-liquidation-price').textContent();

  // The address is the scenario's: a reload opens it again.
  await page.reload();
  await expect(page).toHaveURL(address);
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(page.getByLabel('Leverage (exact)')).toHaveValue('50');
  await expect(page.getByTestId('fig-liquidation-price')).toHaveText(liquidation ?? '');

  // My scenarios, from the header: the row states what it is and how it ends, and opens it.
  await openFromHeader(page, 'My scenarios');
  await expect(page).toHaveURL(/\/sandbox\/mine$/);
  const row = page.getByTestId('scenario-row').filter({ hasText: title });
  await expect(row).toContainText('Binance USDS-M');
  await expect(row).toContainText('long 50×');
  await expect(row.getByTestId('scenario-outcome')).toHaveText('Liquidated');
  await expect(row).toContainText('Last changed');
  await row.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(address);
  await expect(page.getByLabel('Leverage (exact)')).toHaveValue('50');

  // An unsaved edit, then a help link: the lesson opens in a new tab and the sandbox stays as it was.
  await page.getByLabel('Stop-loss').check();
  await page.getByLabel('Stop price').fill('59500');
  await expect(page.getByTestId('draft-status')).toContainText('Unsaved changes');
  const [lesson] = await Promise.all([
    page.waitForEvent('popup'),
    page.locator('[data-help-link]').first().click(),
  ]);
  await expect(lesson).toHaveURL(/\/learn\//);
  await expect(lesson.getByRole('heading', { level: 1 })).toBeVisible();
  await lesson.close();
  await expect(page).toHaveURL(address);
  await expect(page.getByLabel('Stop price')).toHaveValue('59500');
  await expect(page.getByLabel('Leverage (exact)')).toHaveValue('50');

  // Leaving in the same tab and coming back with Back keeps the edits too.
  await openFromHeader(page, 'Glossary');
  await expect(page).toHaveURL(/\/glossary$/);
  await page.goBack();
  await expect(page).toHaveURL(address);
  await expect(page.getByLabel('Stop price')).toHaveValue('59500');
  await expect(page.getByTestId('draft-status')).toContainText('Unsaved changes');

  // Discarding asks first.
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByLabel('Stop price')).toHaveValue('59500');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByLabel('Stop-loss')).not.toBeChecked();
  await expect(page.getByTestId('draft-status')).toContainText('All changes saved');

  // Share it: unlisted, then a stranger opens the link and reads the setup before the chart.
  await page.getByLabel('Stop-loss').check();
  await page.getByLabel('Stop price').fill('59500');
  await page.getByLabel('Visibility').selectOption('UNLISTED');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('save-status')).toContainText('Saved (version 2)', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Copy saved link' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);

  const stranger = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
  const other = await stranger.newPage();
  await other.goto(link);
  await expect(other.getByTestId('shared-title')).toHaveText(title);
  const sentence = other.getByTestId('setup-sentence');
  await expect(sentence).toContainText(
    'A 50× long of 1 BTC on Binance USDS-M (USDT-margined), isolated margin',
  );
  await expect(sentence).toContainText('with a stop-loss at 59,500.00');
  await expect(sentence).toContainText('flash-crash wick path');
  await expect(other.getByTestId('setup-margin-mode')).toContainText('1,200.00\u2009USDT of initial margin');
  await expect(other.getByTestId('setup-path')).toContainText('Flash-crash wick');
  // The statement comes before the chart.
  const setupBox = await other.getByTestId('setup-sentence').boundingBox();
  const chartBox = await other.getByTestId('replay-chart').boundingBox();
  expect(setupBox && chartBox && setupBox.y < chartBox.y).toBe(true);

  // The stranger's visit to the owner's sandbox address leads to the shared page, not the editor.
  await other.goto(address);
  await expect(other).toHaveURL(/\/s\/[A-Za-z0-9_-]{22}$/);
  await expect(other.getByTestId('shared-title')).toHaveText(title);
  await stranger.close();
});

test('My scenarios renames, duplicates and deletes, asking before it deletes', async ({ page }) => {
  const title = `Plan ${test.info().project.name} ${Date.now()}`;
  await page.goto('/sandbox');
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/sandbox\/[A-Za-z0-9_-]{22}$/, { timeout: 20_000 });

  await page.goto('/sandbox/mine');
  const row = page.getByTestId('scenario-row').filter({ hasText: title });
  await row.getByRole('button', { name: 'Rename' }).click();
  await row.getByLabel('New title').fill(`${title} renamed`);
  await row.getByRole('button', { name: 'Save title' }).click();
  const renamed = page.getByTestId('scenario-row').filter({ hasText: `${title} renamed` });
  await expect(renamed).toHaveCount(1);

  await renamed.getByRole('button', { name: 'Duplicate' }).click();
  const copy = page.getByTestId('scenario-row').filter({ hasText: `${title} renamed (copy)` });
  await expect(copy).toHaveCount(1);
  await expect(copy.getByTestId('scenario-outcome')).toHaveText(
    (await renamed.first().getByTestId('scenario-outcome').textContent()) ?? '',
  );

  await copy.getByRole('button', { name: 'Delete' }).click();
  await expect(copy.getByText('for good? This cannot be undone.')).toBeVisible();
  await copy.getByRole('button', { name: 'Keep it' }).click();
  await expect(copy).toHaveCount(1);
  await copy.getByRole('button', { name: 'Delete' }).click();
  await copy.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByTestId('scenario-row').filter({ hasText: `${title} renamed (copy)` })).toHaveCount(
    0,
  );
  await expect(page.getByTestId('scenario-row').filter({ hasText: `${title} renamed` })).toHaveCount(1);
});

test('the phone header fits one row, with a menu', async ({ page }) => {
  await page.goto('/');
  const header = page.locator('header').first();
  const box = await header.boundingBox();
  expect(box?.height ?? 999).toBeLessThan(80);
  if (!isPhone(page)) return;
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('link', { name: 'My scenarios' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'My scenarios' })).toHaveCount(0);
});
