import type { Page } from '@playwright/test';

/**
 * Holds the page's scripts (Next's chunks) back until the returned function is called: the page is
 * then as a slow phone has it, served and shown, and nothing on it hydrated yet.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let runScripts = () => {};
  const scriptsHeld = new Promise<void>((resolve) => {
    runScripts = resolve;
  });
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  return runScripts;
}
