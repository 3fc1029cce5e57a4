import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Correctness tests, not timings: parsing a 100,000-tick path takes well under a second alone, but
    // on a busy 2-core machine it can pass vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
  },
});
