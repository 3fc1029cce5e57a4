import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const configFile = path.join(import.meta.dirname, '../prisma.config.ts');

/** Runs a Prisma CLI command (Wasm engines, see prisma.config.ts) against `databaseUrl`. */
export function runPrisma(
  args: string[],
  databaseUrl: string,
  options: { quiet?: boolean } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args, '--config', configFile], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(new Error(`prisma ${args.join(' ')} failed (${signal ?? `exit ${code}`}).\n${output.trim()}`));
    });
  });
}

/** Applies every pending migration in prisma/migrations (never creates new ones). */
export function deployMigrations(databaseUrl: string, options: { quiet?: boolean } = {}): Promise<void> {
  return runPrisma(['migrate', 'deploy'], databaseUrl, options);
}
