import { expect, type Locator, type Page, test } from '@playwright/test';

const LESSON = 'leverage-and-margin';

/** Hovers a term until its popover opens (retried: the page may still be hydrating when the pointer arrives). */
async function openByHover(page: Page, term: Locator, popover: Locator) {
  await expect(async () => {
    await page.mouse.move(0, 0);
    await term.hover();
    await expect(popover).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

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

test('Escape keeps a hovered term closed until the pointer moves off it, even when the page moves under the pointer', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'hovering is for a mouse');
  await page.goto(`/learn/${LESSON}`);
  const term = page.locator('button[data-term="margin"]').first();
  const popover = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  await term.scrollIntoViewIfNeeded();
  await openByHover(page, term, popover);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  // Content above moves the term from under the resting pointer and back (as a late layout does): the
  // browser sends the term pointerout, then pointerover, without the pointer moving.
  const reentered = await term.evaluate(async (button) => {
    const entered = new Promise<boolean>((resolve) => {
      button.addEventListener('pointerover', () => resolve(true), { once: true });
      setTimeout(() => resolve(false), 5_000);
    });
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    document.documentElement.style.overflowAnchor = 'none'; // or the browser scrolls to keep the term put
    const spacer = document.createElement('div');
    spacer.style.height = '300px';
    button.closest('article')?.prepend(spacer);
    await frame();
    spacer.remove();
    await frame();
    return entered;
  });
  expect(reentered).toBe(true);
  await expect(popover).toBeHidden();

  // Moving off the term and back opens it again.
  await page.mouse.move(0, 0);
  await term.hover();
  await expect(popover).toBeVisible();
});

test('a popover opened by hover (no focus inside) renders its lesson block in full', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'hovering is for a mouse');
  await page.goto(`/learn/${LESSON}`);
  // The last term of the lesson: its block starts far below the fold, so it is laid out with
  // `content-visibility: auto`, whose paint containment would clip a popover reaching below the block.
  const term = page.locator('.lesson-body button[data-term]').last();
  const popover = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  const blockStyle = () =>
    term.evaluate((button) => {
      const block = button.closest('.lesson-body > *, .lesson-body > [data-static-markup] > *');
      return block ? getComputedStyle(block).contentVisibility : 'no block';
    });
  await term.scrollIntoViewIfNeeded();
  expect(await blockStyle()).toBe('auto');

  // Hover gives the term no focus: the open popover alone makes the block visible.
  await openByHover(page, term, popover);
  expect(await blockStyle()).toBe('visible');
  await page.mouse.move(0, 0);
  await expect(popover).toBeHidden();
  expect(await blockStyle()).toBe('auto');
});
