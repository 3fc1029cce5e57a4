import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.LIQLAB_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Every run gets its own embedded database, so e2e never touches the developer's .data/.
const dataRoot = process.env.LIQLAB_E2E_DATA_ROOT ?? mkdtempSync(path.join(tmpdir(), 'liqlab-e2e-'));
process.env.LIQLAB_E2E_DATA_ROOT = dataRoot; // workers re-read this config: keep one directory

const chromium = {
  executablePath: process.env.LIQLAB_CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { baseURL, trace: 'retain-on-failure' },
  projects: [
    { name: 'desktop-chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    {
      name: 'phone-chromium',
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions: chromium },
    },
  ],
  webServer: {
    // The production build (turbo builds it first), on the embedded database.
    command: `pnpm --dir ../apps/web exec tsx scripts/with-database.ts next start --port ${PORT} --hostname 127.0.0.1`,
    url: `${baseURL}/api/trpc/health.check`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // The browser's origin is the app's public origin: better-auth and the tRPC CSRF check trust it.
    // No start-up warm-up: it would only compete with the tests (it matters to a load balancer's traffic).
    env: {
      DATABASE_URL: '',
      LIQLAB_DATA_DIR: path.join(dataRoot, 'postgres'),
      LIQLAB_PUBLIC_URL: baseURL,
      LIQLAB_WARM_UP: 'off',
    },
  },
});
