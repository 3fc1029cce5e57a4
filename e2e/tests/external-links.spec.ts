import { expect, type Page, test } from '@playwright/test';

// The ↗ mark says "this link leaves the site": every link to another origin carries it, and no link
// that stays here does. Read from the rendered pages that cite sources (lesson prose and tables, a case
// study, the sandbox's venue rules and tier tables, the explain page's formula, a shared page).

interface LinkSeen {
  href: string;
  external: boolean;
  marked: boolean;
}

async function expectMarkOnlyOnExternalLinks(page: Page): Promise<LinkSeen[]> {
  const links = await page.locator('a[href]').evaluateAll((anchors) =>
    anchors.map((anchor) => {
      const url = new URL((anchor as HTMLAnchorElement).href, location.href);
      return {
        href: url.href,
        external: /^https?:$/.test(url.protocol) && url.origin !== location.origin,
        marked: (anchor.textContent ?? '').includes('↗'),
      };
    }),
  );
  for (const link of links)
    expect(link.marked, `${link.href} (external: ${link.external})`).toBe(link.external);
  return links;
}

const externalCount = (links: LinkSeen[]) => links.filter((link) => link.external).length;

test('only links that leave the site carry the ↗ mark', async ({ page }) => {
  test.slow(); // six pages

  // Lesson prose with a link to an exchange's page, and a lesson with a dated tier table and its source.
  await page.goto('/learn/stop-losses');
  expect(externalCount(await expectMarkOnlyOnExternalLinks(page))).toBeGreaterThan(0);
  await page.goto('/learn/how-exchanges-compute-the-liquidation-price');
  expect(externalCount(await expectMarkOnlyOnExternalLinks(page))).toBeGreaterThan(0);

  await page.goto('/learn/case-studies/black-thursday-2020');
  expect(externalCount(await expectMarkOnlyOnExternalLinks(page))).toBeGreaterThan(0);

  // The sandbox: the venue's liquidation rules and the maintenance table's source.
  await page.goto('/sandbox');
  await page.getByRole('button', { name: 'Start blank' }).click();
  await expect(page.getByTestId('tier-table-facts').first()).toBeAttached();
  expect(externalCount(await expectMarkOnlyOnExternalLinks(page))).toBeGreaterThan(0);

  // A shared page, and its explanation with the formula's source.
  await page.goto('/s/preset-liquidation-event-drill');
  await expect(page.getByTestId('shared-title')).toBeVisible();
  await expectMarkOnlyOnExternalLinks(page);
  await page.goto('/explain?s=preset-liquidation-event-drill');
  await expect(page.getByTestId('explain-steps')).toBeVisible();
  expect(externalCount(await expectMarkOnlyOnExternalLinks(page))).toBeGreaterThan(0);
});
