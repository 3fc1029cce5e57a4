import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // tsconfig keeps JSX for Next.js to compile; component tests need it compiled here.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: { alias: { '~': path.join(import.meta.dirname, 'src') } },
  test: { include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'] },
});
