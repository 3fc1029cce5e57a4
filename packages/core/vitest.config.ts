import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Correctness tests, not timings: some replay thousands of steps, which on a busy 2-core machine
    // can pass vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
