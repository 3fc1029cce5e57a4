import { expect, test } from '@playwright/test';

// App links prefetch their page when the reader reaches for one, not when it scrolls into view: a page
// starting up fetches no other page (issue 18).
const isPrefetch = (url: string) => new URL(url).searchParams.has('_rsc');

test('a lesson loads without prefetching other pages, and reaching for a link prefetches its page before the click', async ({
  page,
  isMobile,
}) => {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (isPrefetch(request.url())) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/learn/leverage-and-margin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leverage and margin');
  // Quiet time after the load (goto waits for it), for any viewport prefetch to start.
  await page.waitForTimeout(2_000);
  expect(prefetched).toEqual([]);

  // Hydrated: a glossary popover answers focus. (Opening one prefetches the glossary, as its link's
  // page; that is a reach for the term, not a scroll.)
  const term = page.locator('button[data-term]').first();
  await expect(async () => {
    await term.focus();
    await expect(term).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
  }).toPass();
  await term.blur();

  // The breadcrumb's "Learn": a touch on a phone, the pointer coming over it on a desktop.
  const learn = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Learn' });
  const request = page.waitForRequest((r) => isPrefetch(r.url()) && new URL(r.url()).pathname === '/learn');
  if (isMobile) await learn.dispatchEvent('touchstart');
  else await learn.hover();
  await request;
  await learn.click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
