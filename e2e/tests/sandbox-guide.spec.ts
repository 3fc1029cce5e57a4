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

/** The note the field's own aria-describedby names, shown under that field (not somewhere on the page). */
function noteBeside(page: Page, field: string, text: RegExp) {
  const input = page.getByLabel(field, { exact: true });
  return {
    async shows(role: 'status' | 'alert' = 'status') {
      await expect(page.getByRole(role).filter({ hasText: text }).first()).toBeVisible();
      await expect(input).toHaveAttribute('aria-describedby', role === 'alert' ? /error/ : /warning/);
      const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      const notes = page.locator(ids.map((id) => `[id="${id}"]`).join(', ') || 'none');
      const note = notes.filter({ hasText: text });
      await expect(note).toHaveCount(1);
      await expect(note).toBeVisible();
      await expect(note).toHaveAttribute('role', role);
      // Beside: just under the input, within its own field.
      const [fieldBox, noteBox] = [await input.boundingBox(), await note.boundingBox()];
      expect(noteBox!.y).toBeGreaterThanOrEqual(fieldBox!.y + fieldBox!.height - 1);
      expect(noteBox!.y).toBeLessThan(fieldBox!.y + fieldBox!.height + 40);
    },
    async gone() {
      await expect(
        page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: text }),
      ).toHaveCount(0);
    },
  };
}

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

test('a link to a position whose stop lies beyond its liquidation price opens with the warning, served and hydrated', async ({
  page,
  browser,
}) => {
  await startBlank(page);
  await page.getByLabel('Leverage (exact)').fill('50');
  await page.getByLabel('Stop-loss').check();
  await page.getByLabel('Stop price').fill('57000');
  await expect(page.getByRole('status').filter({ hasText: BEYOND_LIQUIDATION })).toBeVisible();
  await page.getByRole('button', { name: 'Copy link without saving' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain('/sandbox?state=v1.');

  // The server computes the opening scenario's warnings: they are in the HTML before any script runs…
  const served = await browser.newContext({ javaScriptEnabled: false });
  const servedPage = await served.newPage();
  await servedPage.goto(link);
  await expect(servedPage.getByText(BEYOND_LIQUIDATION)).toBeVisible();
  await served.close();

  // …and hydrating keeps them, beside the stop, with nothing edited.
  const hydrated = await browser.newContext();
  const other = await hydrated.newPage();
  await other.goto(link);
  await expect(other.getByLabel('Stop price')).toHaveValue('57000');
  await noteBeside(other, 'Stop price', BEYOND_LIQUIDATION).shows();
  await hydrated.close();
});

test('each field warning shows beside its field for an input that triggers it, and goes for one that does not', async ({
  page,
}) => {
  await startBlank(page);
  // The margin at or below the maintenance margin: 100 USDT behind a 60,000 USDT position.
  const margin = noteBeside(
    page,
    'Isolated margin (blank = initial margin)',
    /liquidated the moment it opens/,
  );
  await page.getByLabel('Isolated margin (blank = initial margin)').fill('100');
  await margin.shows();
  await page.getByLabel('Isolated margin (blank = initial margin)').fill('6000');
  await margin.gone();
  await page.getByLabel('Isolated margin (blank = initial margin)').fill('');

  // Leverage above the bracket's maximum: 100 BTC at 60,000 is a 6,000,000 USDT position, whose bracket
  // allows less than 100×. The engine refuses such a position, so the note is the field's error.
  const cap = noteBeside(page, 'Leverage (exact)', /at most \d+× for this position/);
  await page.getByLabel('Size (BTC)').fill('100');
  await page.getByLabel('Leverage (exact)').fill('100');
  await cap.shows('alert');
  const allowed = /at most (\d+)×/.exec(
    (await page
      .getByRole('alert')
      .filter({ hasText: /at most \d+× for this position/ })
      .textContent()) ?? '',
  )?.[1];
  expect(Number(allowed)).toBeLessThan(100);
  await page.getByLabel('Leverage (exact)').fill(allowed!);
  await cap.gone();
  await expect(page.getByTestId('fig-liquidation-price')).toHaveText(/\d/);
  await page.getByLabel('Size (BTC)').fill('1');
  await page.getByLabel('Leverage (exact)').fill('50');

  // A stop beyond the liquidation price, then one inside a typical move, then one outside both.
  await page.getByLabel('Stop-loss').check();
  const beyond = noteBeside(page, 'Stop price', BEYOND_LIQUIDATION);
  const noise = noteBeside(page, 'Stop price', /ordinary noise is likely to trigger it/);
  await page.getByLabel('Stop price').fill('57000');
  await beyond.shows();
  await page.getByLabel('Stop price').fill('59500');
  await beyond.gone();
  await noise.shows();
  await page.getByLabel('Leverage (exact)').fill('10');
  await page.getByLabel('Stop price').fill('56000');
  await noise.gone();
  await beyond.gone();
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
  // The hint's other lever: a bigger cushion at 20× (four times the 3,000 initial margin) survives too.
  await page.getByLabel('Isolated margin (blank = initial margin)').fill('12000');
  await expect(goal).toHaveAttribute('data-met', 'true');
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
