import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, for naming a file in a test's failure message. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');

/** Where every text a learner reads is written: the web app, the course content, scenarios, the engine. */
const ROOTS = ['apps/web/src', 'packages/content/src', 'packages/scenario/src', 'packages/core/src'];

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFilesUnder(full);
    return /\.(tsx?|mdx)$/.test(name) && !/\.(test|bench)\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every source file (not tests or benchmarks) the conventions tests scan, as absolute paths. */
export function courseSourceFiles(): string[] {
  return ROOTS.flatMap((root) => sourceFilesUnder(path.join(REPO_ROOT, root)));
}
