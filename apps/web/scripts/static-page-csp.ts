// After `next build`: hashes the inline scripts and styles of every prerendered page into
// .next/static-page-csp.json, for proxy.ts (see src/server/static-page-csp.ts). Run by `pnpm build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  inlineSourcesOf,
  routeOfPrerenderedFile,
  STATIC_PAGE_CSP_FILE,
  type StaticPageCsp,
} from '../src/server/static-page-csp';

const distDir = path.resolve(import.meta.dirname, '../.next');
const appDir = path.join(distDir, 'server/app');

const table: StaticPageCsp = {};
for (const entry of readdirSync(appDir, { recursive: true, encoding: 'utf8' })) {
  if (!entry.endsWith('.html')) continue;
  const route = routeOfPrerenderedFile(entry);
  if (route === null) continue;
  table[route] = inlineSourcesOf(readFileSync(path.join(appDir, entry), 'utf8'));
}
writeFileSync(path.join(distDir, STATIC_PAGE_CSP_FILE), `${JSON.stringify(table, null, 2)}\n`);
console.log(`static-page-csp: inline-script hashes for ${Object.keys(table).length} prerendered pages`);
