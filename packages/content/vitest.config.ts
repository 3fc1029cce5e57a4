import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Correctness tests, not timings: some generate and grade hundreds of exercises, which on a busy
  // 2-core machine can pass vitest's 5 s default without anything being wrong.
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});
