// After `next build`: marks the start-up framework chunks for eager compilation (see
// eager-compile-hint.ts). Run by `pnpm build`; running it twice changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BuildManifest, startupChunksOf, withEagerCompileHint } from './eager-compile-hint';

const distDir = path.resolve(import.meta.dirname, '../.next');
const manifest: BuildManifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8'));

const chunks = startupChunksOf(manifest);
for (const chunk of chunks) {
  const file = path.join(distDir, chunk);
  writeFileSync(file, withEagerCompileHint(readFileSync(file, 'utf8')));
}
console.log(`eager-compile-hints: ${chunks.length} start-up chunks marked for eager compilation`);
