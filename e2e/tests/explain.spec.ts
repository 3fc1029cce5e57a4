import { expect, type Page, test } from '@playwright/test';
import { holdScripts } from './held-scripts';

// Explain my liquidation, end to end: a learner pastes OKX's position-tier response and an OKX position
// as the APIs return them, gets OKX's liquidation price with the formula expanded, shares it, and a
// stranger opens the link in a fresh browser and sees the same explanation.

// GET /api/v5/public/position-tiers (shape as OKX documents it; figures this test's own).
const OKX_TIERS = JSON.stringify({
  code: '0',
  msg: '',
  data: [
    {
      uly: 'BTC-USDT',
      instFamily: 'BTC-USDT',
      instId: '',
      tier: '1',
      minSz: '0',
      maxSz: '500',
      mmr: '0.004',
      imr: '0.01',
      maxLever: '100',
    },
    {
      uly: 'BTC-USDT',
      instFamily: 'BTC-USDT',
      instId: '',
      tier: '2',
      minSz: '501',
      maxSz: '1000',
      mmr: '0.005',
      imr: '0.0133',
      maxLever: '75',
    },
  ],
});

// GET /api/v5/account/positions: a net-mode short of 600 contracts (6 BTC at 0.01 BTC each), isolated.
const OKX_POSITION = JSON.stringify({
  code: '0',
  msg: '',
  data: [
    {
      instType: 'SWAP',
      instId: 'BTC-USDT-SWAP',
      mgnMode: 'isolated',
      posSide: 'net',
      pos: '-600',
      avgPx: '60000',
      markPx: '60120.4',
      last: '60150.1',
      liqPx: '62655.4',
      lever: '20',
      margin: '18000',
    },
  ],
});

// OKX's short formula by hand: (18,000 + 6 × 60,000) ÷ (6 × (0.005 + 0.0005 + 1)) = 378,000 ÷ 6.033.
const LIQUIDATION = '62,655.40';
const SUBSTITUTED = 'LP = (18,000 + 6 × 60,000) ÷ (6 × ((0.005 + 0.0005) + 1))';

async function expectExplained(page: Page) {
  await expect(page.getByTestId('explain-liquidation-price')).toContainText(LIQUIDATION);
  const price = page.getByTestId('explain-steps').getByTestId('step-price');
  await expect(price).toContainText('LP = (Margin + Size × Avg) ÷ (Size × ((MMR + Fee) + 1))');
  await expect(price).toContainText(SUBSTITUTED);
  await expect(price.getByTestId('step-result')).toContainText('62,655.39532571');
  await expect(page.getByTestId('tier-sentence')).toContainText('Tier 2 applies');
  await expect(page.getByTestId('tier-table-facts').first()).toContainText('Your pasted OKX table (2 tiers)');
}

test('paste an OKX tier response and position, get the liquidation price step by step, share it', async ({
  page,
  browser,
}) => {
  test.slow(); // two pastes, a save and a second browser: past 30 s on a loaded machine
  await page.goto('/explain');
  await expect(page.getByRole('heading', { name: 'Explain my liquidation' })).toBeVisible();

  // The tier table, as OKX's public API returns it.
  await page.getByLabel('Maintenance margin').selectOption({ label: 'Paste or upload a tier table' });
  const tiers = page.getByTestId('tier-table-paste');
  await tiers.getByLabel('Table format').selectOption('okx');
  await tiers.getByLabel('Contract face value (ctVal)').fill('0.01');
  await tiers.getByLabel('Tier table (JSON or CSV)').fill('{"code":"0","data":[{"minSz":"0"}]');
  await tiers.getByRole('button', { name: 'Use this table' }).click();
  await expect(tiers.getByRole('alert')).toContainText('does not parse');
  await tiers.getByLabel('Tier table (JSON or CSV)').fill(OKX_TIERS);
  await tiers.getByRole('button', { name: 'Use this table' }).click();
  await expect(page.getByTestId('tier-table-facts').first()).toContainText('Your pasted OKX table (2 tiers)');

  // The position, as OKX's account API returns it.
  const paste = page.getByTestId('position-paste');
  await paste.getByLabel('Exchange report').selectOption('okx');
  await paste.getByLabel('Contract face value (ctVal)').fill('0.01');
  await paste.getByLabel('Position JSON').fill(OKX_POSITION);
  await paste.getByRole('button', { name: 'Read position' }).click();
  await expect(paste.getByRole('status')).toContainText('Read BTC-USDT-SWAP: short 6, isolated.');

  await expectExplained(page);
  await expect(page.getByTestId('venue-comparison')).toContainText('The engine agrees to within 0.01%');
  await expect(page.getByTestId('mark-last-gap')).toContainText('the last price is 29.70 above the mark');

  // Share it under the scenario rules (unlisted), and open it in a fresh browser.
  await page.getByLabel('Title').fill('My OKX short');
  await page.getByRole('button', { name: 'Save and copy link' }).click();
  await expect(page.getByTestId('explain-share-status')).toContainText('Saved.', { timeout: 20_000 });
  const link = await page.getByTestId('explain-share-link').inputValue();
  expect(link).toMatch(/\/explain\?s=[A-Za-z0-9_-]+&mark=60120\.4&last=60150\.1&venue=62655\.4$/);

  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await other.goto(link);
  await expectExplained(other);
  await expect(other.getByTestId('mark-last-gap')).toContainText('the last price is 29.70 above the mark');
  await stranger.close();
});

test('a private explanation does not open for anyone else', async ({ page, browser }) => {
  test.slow();
  await page.goto('/explain');
  await page.getByLabel('Visibility').selectOption('PRIVATE');
  await page.getByRole('button', { name: 'Save and copy link' }).click();
  await expect(page.getByTestId('explain-share-status')).toContainText('Saved, private', { timeout: 20_000 });
  const link = await page.getByTestId('explain-share-link').inputValue();
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await other.goto(link);
  await expect(other.getByRole('status')).toContainText('does not exist or is private');
  await stranger.close();
});

test('a position paste that cannot be read says why in plain words', async ({ page }) => {
  await page.goto('/explain');
  const paste = page.getByTestId('position-paste');
  await paste.getByLabel('Position JSON').fill('symbol,positionAmt\nBTCUSDT,1');
  await paste.getByRole('button', { name: 'Read position' }).click();
  await expect(paste.getByRole('alert')).toHaveText(
    'This is not JSON: paste the response of GET /fapi/v2/positionRisk as Binance returns it (it starts with { or [).',
  );
});

test('a position pasted and read before the page’s scripts ran is read once they have', async ({ page }) => {
  // On a slow phone: pasted, "Read position" tapped, scripts still loading. Held, then read, not dropped.
  const runScripts = await holdScripts(page);
  await page.goto('/explain', { waitUntil: 'domcontentloaded' });
  const paste = page.getByTestId('position-paste');
  await paste.getByLabel('Position JSON').fill('symbol,positionAmt\nBTCUSDT,1');
  const read = paste.getByRole('button', { name: 'Read position' });
  await read.click();
  await expect(read).toHaveAttribute('aria-busy', 'true');
  runScripts();
  await expect(paste.getByRole('alert')).toHaveText(
    'This is not JSON: paste the response of GET /fapi/v2/positionRisk as Binance returns it (it starts with { or [).',
  );
  await expect(read).not.toHaveAttribute('aria-busy');
});
