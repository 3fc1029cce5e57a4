import { expect, type Locator, type Page, type TestInfo, test } from '@playwright/test';

// The sandbox on a 390×844 phone and on a desktop: the key figures stay on screen while editing, the
// replay chart keeps the playhead and its markers in view, the start panel fits the first screen, and
// no chart label covers another. Geometry is read from the page, as a reader would see it.

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(locator: Locator): Promise<Rect> {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error('not rendered');
  return rect;
}

const overlap = (one: Rect, other: Rect) =>
  one.x < other.x + other.width &&
  other.x < one.x + one.width &&
  one.y < other.y + other.height &&
  other.y < one.y + one.height;

/** The same view in the light and the dark theme (the class the theme switch sets), for review. */
async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}-light.png`) });
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.screenshot({ path: testInfo.outputPath(`${name}-dark.png`) });
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}

async function startBlank(page: Page) {
  await page.goto('/sandbox');
  await page.getByRole('button', { name: 'Start blank' }).click();
  await expect(page.getByTestId('start-panel')).toBeHidden();
}

test('the start panel offers every choice on the first screen', async ({ page }, testInfo) => {
  await page.goto('/sandbox');
  const viewport = page.viewportSize()!;
  const panel = page.getByTestId('start-panel');
  const choices = [
    ...(await panel.getByRole('link').all()),
    panel.getByRole('button', { name: 'Start blank' }),
  ];
  expect(choices).toHaveLength(5);
  for (const choice of choices) {
    const rect = await box(choice);
    expect(rect.y).toBeGreaterThanOrEqual(0);
    expect(rect.y + rect.height).toBeLessThanOrEqual(viewport.height);
  }
  await screenshots(page, testInfo, 'start-panel');
});

test('the key figures stay on screen while a field far down the form is edited, equal to the panel', async ({
  page,
}, testInfo) => {
  await startBlank(page);
  await page.getByLabel('Leverage (exact)').fill('50');
  const bar = page.getByRole('region', { name: 'Key figures' });

  const viewport = page.viewportSize()!;
  // Fields far from the figures panel: on a phone the panel follows the whole form, so the form's
  // first fields (reached from the bottom of the page) and its middle; on a desktop, the form's end.
  const phone = viewport.width < 500;
  await page.evaluate((bottom) => window.scrollTo(0, bottom ? document.body.scrollHeight : 0), phone);
  for (const label of phone ? ['Leverage (exact)', 'Taker fee rate'] : ['Seed']) {
    const field = page.getByLabel(label);
    // The browser's own focus, which scrolls the field into view as Tab or a keyboard's Next would
    // (a field that has the focus already is not scrolled to: leave it first).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await field.evaluate((element) => (element as HTMLElement).focus());
    await expect(field).toBeFocused();
    await expect(page.getByTestId('fig-liquidation-price')).not.toBeInViewport({ ratio: 0.5 });
    await expect(bar).toBeVisible();
    const barRect = await box(bar);
    expect(barRect.y).toBeGreaterThanOrEqual(0);
    expect(barRect.y + barRect.height).toBeLessThanOrEqual(viewport.height);
    // The field being edited is on screen and not under the strip.
    const fieldRect = await box(field);
    expect(fieldRect.y).toBeGreaterThanOrEqual(barRect.y + barRect.height);
    expect(fieldRect.y + fieldRect.height).toBeLessThanOrEqual(viewport.height);
  }
  await page.getByLabel('Seed').fill('7');

  // The strip repeats the panel's own text: same engine values, same formatting.
  for (const [strip, panel] of [
    ['bar-liquidation-price', 'fig-liquidation-price'],
    ['bar-distance', 'fig-distance'],
    ['bar-margin-ratio', 'fig-margin-ratio'],
  ] as const) {
    const text = (await page.getByTestId(panel).textContent())!;
    expect(text).not.toBe('');
    await expect(page.getByTestId(strip)).toHaveText(text);
  }
  await expect(page.getByTestId('replay-outcome')).toContainText('Liquidated at');
  await expect(page.getByTestId('bar-outcome')).toHaveText('Liquidated');
  await screenshots(page, testInfo, 'key-figures-bar');

  // An edit far from the panel shows in the strip at once.
  await page.getByLabel('Start price').fill('61000');
  await expect(page.getByTestId('bar-distance')).toHaveText(
    (await page.getByTestId('fig-distance').textContent())!,
  );

  // With the panel itself on screen, the strip steps aside.
  await page.locator('#live-panel-title').evaluate((title) => title.scrollIntoView({ block: 'start' }));
  await expect(page.getByTestId('fig-liquidation-price')).toBeInViewport();
  await expect(bar).toBeHidden();
});

/**
 * The chart's box, playhead, event markers and labels, read in one go. Markers come and go as the
 * playhead moves (none before the first event), and the chart redraws a moment after the slider has
 * moved: read one element at a time, a list taken before a redraw could ask for a marker that has
 * just gone, and wait for it until the test times out.
 */
function chartSnapshot(chart: Locator) {
  return chart.evaluate((root) => {
    const shapes = (selector: string) =>
      Array.from(root.querySelectorAll(selector), (element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return {
          x,
          y,
          width,
          height,
          text: element.textContent ?? '',
          type: element.getAttribute('data-type'),
        };
      });
    const { x, y, width, height } = root.getBoundingClientRect();
    return {
      chart: { x, y, width, height },
      playheads: shapes('[data-testid="replay-playhead"]'),
      markers: shapes('[data-testid="replay-marker"]'),
      labels: shapes('[data-testid="chart-label"], [data-testid="chart-axis-label"]'),
    };
  });
}

/** Every marker and the playhead lie within the chart's box, and the chart within the screen. */
async function expectInView(page: Page) {
  const chart = page.getByTestId('replay-chart');
  // The overlay is drawn a frame after the chart: wait for it, then read it all at once.
  await expect(chart.getByTestId('replay-playhead')).toHaveCount(1);
  const { chart: chartRect, playheads, markers } = await chartSnapshot(chart);
  const viewport = page.viewportSize()!;
  expect(chartRect.x).toBeGreaterThanOrEqual(0);
  expect(chartRect.x + chartRect.width).toBeLessThanOrEqual(viewport.width);
  const inside = (rect: Rect) => {
    const x = rect.x + rect.width / 2;
    const y = rect.y + rect.height / 2;
    expect(x).toBeGreaterThanOrEqual(chartRect.x);
    expect(x).toBeLessThanOrEqual(chartRect.x + chartRect.width);
    expect(y).toBeGreaterThanOrEqual(chartRect.y);
    expect(y).toBeLessThanOrEqual(chartRect.y + chartRect.height);
  };
  expect(playheads).toHaveLength(1);
  for (const shape of [...playheads, ...markers]) inside(shape);
  return markers.length;
}

/**
 * No two labels of the chart cover each other — the price lines' titles, the event markers' words and
 * the price axis's figures alike — and no label covers an event marker. Returns how many labels it read.
 */
async function expectLabelsApart(chart: Locator) {
  const { labels, markers } = await chartSnapshot(chart);
  for (const [i, one] of labels.entries())
    for (const [j, other] of labels.entries())
      if (j > i) expect(overlap(one, other), `"${one.text}" and "${other.text}"`).toBe(false);
  for (const marker of markers)
    for (const label of labels)
      expect(overlap(marker, label), `"${label.text}" over a ${marker.type} marker`).toBe(false);
  return labels.length;
}

test('the replay chart keeps the playhead and every marker in view while playing, scrubbing and after the jump', async ({
  page,
}, testInfo) => {
  // It plays a replay in real time (up to 20 s) and measures some forty boxes: 26–32 s under a loaded
  // CI host, against the 30 s default (2026-12-06).
  test.slow();
  await startBlank(page);
  await page.getByLabel('Leverage (exact)').fill('50');
  // A stop just past the liquidation price: three line titles (liquidation, stop, bankruptcy) close together.
  await page.getByLabel('Stop-loss').check();
  await page.getByLabel('Stop price').fill('59000');
  const chart = page.getByTestId('replay-chart');
  // The server-drawn preview first: the pointer kept off the chart, which would bring the library in.
  await page.mouse.move(0, 0);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.getByTestId('replay-chart-preview')).toBeVisible();
  expect(await expectLabelsApart(chart)).toBeGreaterThanOrEqual(4);
  await expect(chart).toHaveAttribute('data-interactive', 'false');

  await page.getByRole('button', { name: 'Play from start' }).click();
  await expect(chart).toHaveAttribute('data-interactive', 'true');
  // Samples while it plays: before the liquidation, and once it has been reached.
  await expectInView(page);
  await expect(chart.locator('[data-testid="replay-marker"][data-type="liquidation"]')).toHaveCount(1, {
    timeout: 20_000,
  });
  await expectInView(page);
  await page.getByRole('button', { name: 'Pause' }).click();

  // Scrubbing to the start, the middle and the end.
  const scrub = page.getByRole('slider', { name: 'Playhead' });
  const last = Number(await scrub.getAttribute('max'));
  for (const at of [0, Math.round(last / 2), last]) {
    await scrub.fill(String(at));
    await expect(scrub).toHaveValue(String(at));
    await expectInView(page);
  }

  await scrub.fill('0');
  await page.getByRole('button', { name: 'Jump to the liquidation' }).click();
  await expect(chart.locator('[data-testid="replay-marker"][data-type="liquidation"]')).toHaveCount(1);
  expect(await expectInView(page)).toBeGreaterThanOrEqual(2);
  expect(await expectLabelsApart(chart)).toBeGreaterThanOrEqual(5);
  await screenshots(page, testInfo, 'replay-after-jump');
});
