import { defineConfig } from 'vitest/config';

/** The first port the system tests serve the app on (crash recovery; scale-out takes the next two). */
function crashPort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3410;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65_533) {
    throw new Error(`LIQLAB_CRASH_PORT must be a port number from 1024 to 65533, got "${raw}".`);
  }
  return port;
}

declare module 'vitest' {
  export interface ProvidedContext {
    crashPort: number;
  }
}

/** `pnpm crash`: the system tests, against the production build of apps/web (turbo builds it first). */
export default defineConfig({
  test: {
    include: ['src/**/*.system-test.ts'],
    provide: { crashPort: crashPort(process.env.LIQLAB_CRASH_PORT) },
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
