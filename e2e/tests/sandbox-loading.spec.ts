import { expect, type Page, test } from '@playwright/test';
import { expectDatabaseStatus } from './database-status';
import { holdScripts } from './held-scripts';

// What the sandbox leaves out of its start-up, and that each part still arrives when wanted: the
// interactive chart when the reader reaches for it, a tab's view when the tab opens, the schema
// that checks edits with the first edit, the form's hydration (deferred, in slices) with the first
// keystroke.

test('the chart starts as a drawing and becomes interactive when the reader reaches for it', async ({
  page,
}) => {
  await page.goto('/sandbox');
  await expectDatabaseStatus(page, /ok|error/);
  const chart = page.getByTestId('replay-chart');
  await expect(chart.getByTestId('replay-chart-preview')).toBeVisible();
  await expect(chart).toHaveAttribute('data-interactive', 'false');
  await expect(chart.locator('canvas')).toHaveCount(0);

  await chart.hover();
  await expect(chart).toHaveAttribute('data-interactive', 'true');
  await expect(chart.locator('canvas').first()).toBeVisible();
  await expect(chart.getByTestId('replay-chart-preview')).toHaveCount(0);
});

test('the replay controls bring in the interactive chart too', async ({ page }) => {
  await page.goto('/s/preset-liquidation-event-drill');
  const chart = page.getByTestId('replay-chart');
  await expect(chart).toHaveAttribute('data-interactive', 'false');
  await page.getByLabel('Speed').selectOption('20');
  await expect(chart).toHaveAttribute('data-interactive', 'true');
  await expect(chart.locator('canvas').first()).toBeVisible();
});

test('a tab’s view is built only when the tab opens', async ({ page }) => {
  await page.goto('/sandbox');
  await expectDatabaseStatus(page, /ok|error/);
  await expect(page.getByTestId('compare-a')).toHaveCount(0);
  await expect(page.getByTestId('mc-analytic')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.getByTestId('compare-a')).toBeVisible();
  await page.getByRole('tab', { name: 'Monte Carlo' }).click();
  await expect(page.getByTestId('mc-analytic')).toBeVisible();
  await expect(page.getByTestId('mc-empty')).toContainText('No simulation yet');
  await expect(page.getByTestId('compare-a')).toHaveCount(0);
});

test('the first edit is checked by the scenario schema, loaded on demand', async ({ page }) => {
  await page.goto('/sandbox');
  await expectDatabaseStatus(page, /ok|error/);
  await expect(page.getByTestId('fig-initial-margin')).toHaveText('6,000.00\u2009USDT');
  await page.getByLabel('Leverage (exact)').fill('abc');
  await expect(page.getByTestId('panel-error')).toBeVisible();
  await page.getByLabel('Leverage (exact)').fill('20');
  await expect(page.getByTestId('fig-initial-margin')).toHaveText('3,000.00\u2009USDT');
});

test('an edit made before the form has hydrated still reaches the figures', async ({ page }) => {
  // The form hydrates after the page's first task (DeferredHydration); the first input event on it
  // makes React hydrate it there and then, and replay the event.
  await page.goto('/sandbox', { waitUntil: 'commit' });
  await page.getByLabel('Leverage (exact)').fill('20');
  await expect(page.getByTestId('fig-initial-margin')).toHaveText('3,000.00\u2009USDT');
  await expect(page.getByLabel('Leverage (exact)')).toHaveValue('20');
});

test('edits made before any script ran are what the figures are computed from', async ({ page, context }) => {
  // On a slow phone the served form is there seconds before its scripts run. Hydrating keeps what
  // the fields show; the figures must then follow them, not the values the page was served with.
  const edit = async (target: Page) => {
    await target.getByLabel('Exchange rules').selectOption({ label: 'Bybit USDT perpetual' });
    await target.getByLabel('Leverage (exact)').fill('20');
    await target.getByText('Short', { exact: true }).click();
    await target.getByLabel('Entry price').fill('50000');
    await target.getByLabel(/^Trading fees on/).check();
  };
  const runScripts = await holdScripts(page);
  await page.goto('/sandbox', { waitUntil: 'domcontentloaded' });
  await edit(page);
  runScripts();
  await expect(page.getByTestId('fig-initial-margin')).toHaveText('2,500.00\u2009USDT');
  await expect(page.getByLabel('Leverage (exact)')).toHaveValue('20');

  // The same edits made on a page that has started: the same figures.
  const started = await context.newPage();
  await started.goto('/sandbox');
  await expectDatabaseStatus(started, /ok|error/);
  await edit(started);
  await expect(started.getByTestId('fig-initial-margin')).toHaveText('2,500.00\u2009USDT');
  await expect(page.getByLabel(/^Trading fees on/)).toBeChecked();
  for (const figure of [
    'fig-liquidation-price',
    'fig-initial-margin',
    'fig-bankruptcy-price',
    'fig-margin-ratio',
  ])
    await expect(page.getByTestId(figure)).toHaveText(
      (await started.getByTestId(figure).textContent()) ?? '',
    );
});

test('replay controls moved before any script ran are where the replay stands', async ({ page, context }) => {
  // The shared page's player is served in full too: a reader may scrub it before its scripts run.
  const path = '/s/preset-liquidation-event-drill';
  const move = async (target: Page) => {
    const scrub = target.getByRole('slider', { name: 'Playhead' });
    const last = Number(await scrub.getAttribute('max'));
    expect(last).toBeGreaterThan(8);
    await scrub.fill(String(Math.floor(last / 4)));
    await target.getByLabel('Speed').selectOption('5');
  };
  const runScripts = await holdScripts(page);
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  const servedMark = await page.getByTestId('playhead-mark').textContent();
  await move(page);
  runScripts();

  const started = await context.newPage();
  await started.goto(path);
  await expectDatabaseStatus(started, /ok|error/);
  await move(started);
  const movedMark = (await started.getByTestId('playhead-mark').textContent()) ?? '';
  expect(movedMark).not.toBe(servedMark);
  await expect(page.getByTestId('playhead-mark')).toHaveText(movedMark);
  await expect(page.getByTestId('playhead-equity')).toHaveText(
    (await started.getByTestId('playhead-equity').textContent()) ?? '',
  );
  await expect(page.getByLabel('Speed')).toHaveValue('5');
  // Using the controls brings in the interactive chart, as it does after the scripts have run.
  await expect(page.getByTestId('replay-chart')).toHaveAttribute('data-interactive', 'true');
});

test('a replay button tapped before any script ran acts once the scripts have', async ({ page, context }) => {
  // "Jump to the liquidation" tapped on a slow phone: held (and shown busy), then done, not dropped.
  const path = '/s/preset-liquidation-event-drill';
  // (A liquidation: named so even though margin warnings fired in the same tick.)
  const jump = (target: Page) => target.getByRole('button', { name: 'Jump to the liquidation', exact: true });
  const runScripts = await holdScripts(page);
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  const servedMark = await page.getByTestId('playhead-mark').textContent();
  await jump(page).click();
  await expect(jump(page)).toHaveAttribute('aria-busy', 'true');
  runScripts();

  const started = await context.newPage();
  await started.goto(path);
  await expectDatabaseStatus(started, /ok|error/);
  await jump(started).click();
  const jumpedMark = (await started.getByTestId('playhead-mark').textContent()) ?? '';
  expect(jumpedMark).not.toBe(servedMark);
  await expect(page.getByTestId('playhead-mark')).toHaveText(jumpedMark);
  await expect(page.getByTestId('playhead-equity')).toHaveText(
    (await started.getByTestId('playhead-equity').textContent()) ?? '',
  );
  await expect(jump(page)).not.toHaveAttribute('aria-busy');
  await expect(page.getByTestId('replay-chart')).toHaveAttribute('data-interactive', 'true');
});

test('“Fork into my sandbox” tapped before any script ran forks once they have', async ({ page }) => {
  const runScripts = await holdScripts(page);
  await page.goto('/s/preset-liquidation-event-drill', { waitUntil: 'domcontentloaded' });
  const fork = page.getByRole('button', { name: 'Fork into my sandbox' });
  await fork.click();
  await expect(fork).toHaveAttribute('aria-busy', 'true');
  runScripts();
  await expect(page).toHaveURL(/\/sandbox\/[A-Za-z0-9_-]{22}$/, { timeout: 20_000 });
  await expect(page.getByLabel('Title')).toHaveValue(/\S/);
});

test('the served sandbox has its form, figures and chart in place: nothing waits for a script to show', async ({
  request,
}) => {
  const html = await (await request.get('/sandbox')).text();
  // Activity boundaries (<!--&-->) around the parts that hydrate later, inline in the HTML.
  expect(html.match(/<!--&-->/g)?.length ?? 0).toBeGreaterThanOrEqual(7);
  // No Suspense boundary sent apart at the end of the stream, hidden until a script reveals it.
  expect(html).not.toContain('<!--$?-->');
  expect(html).not.toContain('<div hidden id="S:');
  for (const part of [
    'Leverage (exact)',
    'data-testid="fig-initial-margin"',
    'data-testid="replay-chart-preview"',
  ])
    expect(html).toContain(part);
});

test('“Start blank” and a view tab tapped before any script ran act once the scripts have', async ({
  page,
  browser,
}) => {
  // Scripts start after the first paint (apps/web/src/lib/scripts-after-first-paint.ts): a reader can
  // tap before they have run. Held and shown busy, then done, not dropped.
  const runScripts = await holdScripts(page);
  await page.goto('/sandbox', { waitUntil: 'domcontentloaded' });
  const startBlank = page.getByRole('button', { name: 'Start blank' });
  await startBlank.click();
  await expect(startBlank).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('start-panel')).toBeVisible();
  runScripts();
  await expect(page.getByTestId('start-panel')).toBeHidden();

  // A fresh browser context: the scripts this page loaded are cached, and would run at once.
  const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const challenge = await fresh.newPage();
  const runAgain = await holdScripts(challenge);
  await challenge.goto('/sandbox?guided=survive-the-wick', { waitUntil: 'domcontentloaded' });
  const compare = challenge.getByRole('tab', { name: 'Compare' });
  await compare.click();
  await expect(compare).toHaveAttribute('aria-busy', 'true');
  runAgain();
  await expect(compare).toHaveAttribute('aria-selected', 'true');
  await expect(compare).not.toHaveAttribute('aria-busy');
  await fresh.close();
});

test('a title typed and Save tapped before any script ran save the scenario under that title', async ({
  page,
}) => {
  const title = `Held ${test.info().project.name} ${Date.now()}`;
  const runScripts = await holdScripts(page);
  await page.goto('/sandbox', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Title').fill(title);
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await save.click();
  await expect(save).toHaveAttribute('aria-busy', 'true');
  runScripts();
  await expect(page).toHaveURL(/\/sandbox\/[A-Za-z0-9_-]{22}$/, { timeout: 20_000 });
  await expect(page.getByLabel('Title')).toHaveValue(title);
});

// The moment a tap on Save can meet a page that is hydrating: React has claimed the button (its
// internal `__reactFiber…` key is on the element) but its handler is not in place yet, and the first
// task after the handler is in place, while the title typed earlier may still be on its way to the
// page's state. Either way the scenario is saved under the typed title.
for (const moment of ['while React claims the button', 'as soon as its handler is in place'] as const) {
  test(`a title typed before the scripts ran, then Save tapped ${moment}: saved under that title`, async ({
    page,
  }) => {
    const title = `Hydrating ${test.info().project.name} ${Date.now()}`;
    const runScripts = await holdScripts(page);
    await page.goto('/sandbox', { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Title').fill(title);
    await page.evaluate((whenReady) => {
      const save = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Save') as
        | (HTMLButtonElement & { liqlabReady?: boolean })
        | undefined;
      if (!save) throw new Error('no Save button');
      const claimed = () => Object.keys(save).some((key) => key.startsWith('__reactFiber'));
      const timer = setInterval(() => {
        if (whenReady ? save.liqlabReady : claimed()) {
          clearInterval(timer);
          save.click();
        }
      });
    }, moment === 'as soon as its handler is in place');
    runScripts();
    await expect(page).toHaveURL(/\/sandbox\/[A-Za-z0-9_-]{22}$/, { timeout: 20_000 });
    await expect(page.getByLabel('Title')).toHaveValue(title);
  });
}
