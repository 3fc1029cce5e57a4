import { defineConfig } from 'vitest/config';

/** The crash test (`pnpm --filter @liqlab/api crash`): needs the production build of apps/web. */
export default defineConfig({
  test: { include: ['src/crash/**/*.crash-test.ts'], testTimeout: 600_000, hookTimeout: 120_000 },
});
