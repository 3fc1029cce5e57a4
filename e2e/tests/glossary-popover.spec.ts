import { expect, test } from '@playwright/test';

const LESSON = 'leverage-and-margin';

/**
 * A lesson's glossary popover by keyboard and by pointer, beyond the hover/tap of learn.spec.ts:
 * focus opens it and puts its link in the tab order, leaving the term closes it, Escape and a pointer
 * elsewhere close it, and every term on the page has its own popover.
 */
test('a glossary term opens on focus, lets Tab reach its link, and closes on leaving, Escape or a pointer elsewhere', async ({
  page,
}) => {
  await page.goto(`/learn/${LESSON}`);
  const term = page.locator('button[data-term="margin"]').first();
  const popover = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  await expect(popover).toHaveAttribute('role', 'tooltip');
  await expect(popover).toContainText('More in the glossary');
  await expect(popover).toBeHidden();
  await expect(term).toHaveAttribute('aria-expanded', 'false');

  // Keyboard: focus opens; Tab reaches the popover's link; a second Tab leaves the term and closes it.
  // (Retried: the page may still be hydrating when the first focus lands.)
  await expect(async () => {
    await term.blur();
    await term.focus();
    await expect(popover).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  // Not by role: a closed popover's link is hidden, and role queries skip hidden elements.
  const link = popover.locator('a', { hasText: 'More in the glossary' });
  await expect(link).toHaveAttribute('href', '/glossary#margin');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await expect(popover).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(link).not.toBeFocused();
  await expect(popover).toBeHidden();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await expect(link).toHaveAttribute('tabindex', '-1');

  // Escape closes an open popover and keeps focus on the term.
  await term.focus();
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(term).toBeFocused();

  // A pointer elsewhere on the page closes it. (The term kept focus after Escape: leave and come back.)
  await term.blur();
  await term.focus();
  await expect(popover).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(popover).toBeHidden();

  // Each use of a term has its own popover: the second one opens, the first stays closed.
  const uses = page.locator('button[data-term="notional-value"]');
  expect(await uses.count()).toBeGreaterThanOrEqual(2);
  const second = uses.nth(1);
  await second.focus();
  const secondPopover = page.locator(`#${await second.getAttribute('aria-describedby')}`);
  await expect(secondPopover).toBeVisible();
  await expect(page.locator(`#${await uses.first().getAttribute('aria-describedby')}`)).toBeHidden();
});
