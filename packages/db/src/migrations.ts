import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const configFile = path.join(import.meta.dirname, '../prisma.config.ts');

/** A Prisma CLI command that failed; `output` is everything it printed. */
export class PrismaCommandError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
    this.name = 'PrismaCommandError';
  }
}

export interface RunPrismaOptions {
  /** Keep the output for the error only (it is shown as it comes otherwise). */
  quiet?: boolean;
  /** Give the command this terminal (stdin included) for its prompts: `migrate dev` asks questions. */
  interactive?: boolean;
}

/**
 * Runs a Prisma CLI command (Wasm engines, see prisma.config.ts) against `databaseUrl`. Unless it is
 * interactive, its output is kept for the error when it fails, so callers can tell failures apart.
 */
export function runPrisma(
  args: string[],
  databaseUrl: string,
  options: RunPrismaOptions = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args, '--config', configFile], {
      // The CLI inherits this process's environment (PATH, HOME …) like any child; the database it
      // works on is the caller's, whatever DATABASE_URL this process has.
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: options.interactive ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (!options.quiet) process.stdout.write(chunk);
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
      if (!options.quiet) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve();
      const failure = `prisma ${args.join(' ')} failed (${signal ?? `exit ${code}`}).`;
      // The output is on screen already unless quiet: the message repeats it only when it was hidden.
      reject(new PrismaCommandError(options.quiet ? `${failure}\n${output.trim()}` : failure, output));
    });
  });
}

/**
 * Prisma Migrate's answer when another process holds its migration lock (a PostgreSQL advisory lock)
 * for longer than the 10 s it waits: another instance starting at the same time, applying migrations.
 */
export function isMigrationLockTimeout(error: unknown): boolean {
  return (
    error instanceof PrismaCommandError &&
    /\bP1002\b/.test(error.output) &&
    /advisory lock/.test(error.output)
  );
}

export interface DeployOptions {
  quiet?: boolean;
  /** Tries in all while another process holds the migration lock; each waits up to 10 s. */
  attempts?: number;
  /** Told before each new try (the start-up log says why it is waiting). */
  onLockBusy?: (attempt: number) => void;
  /** The Prisma runner (tests replace it). */
  run?: typeof runPrisma;
}

/**
 * Applies every pending migration in prisma/migrations (never creates new ones). Several app instances
 * starting together each run this: one takes the lock and applies, the others wait; a wait that outlasts
 * Prisma's 10 s is tried again (then finds nothing left to apply) instead of failing the start-up.
 */
export async function deployMigrations(databaseUrl: string, options: DeployOptions = {}): Promise<void> {
  const { quiet, attempts = 6, onLockBusy, run = runPrisma } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(['migrate', 'deploy'], databaseUrl, { quiet });
    } catch (error) {
      if (attempt >= attempts || !isMigrationLockTimeout(error)) throw error;
      onLockBusy?.(attempt);
    }
  }
}
