/**
 * Starts the database the app needs, then runs the given command (`next start`, `next dev`) with
 * DATABASE_URL set, and stops the database when the command ends or on SIGINT/SIGTERM.
 *
 * - DATABASE_URL set: that PostgreSQL server is used as is (migrations are applied to it).
 * - Otherwise: the embedded PostgreSQL in .data/postgres (LIQLAB_DATA_DIR) is started; a second
 *   start on the same data directory is refused, and a stale server left by a crash is recovered.
 * Either way pending migrations are applied and the curated content is seeded (idempotent).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { seedDatabase } from '@liqlab/api/seed';
import { createPrismaClient } from '@liqlab/db/client';
import { defaultDataDir, EmbeddedServerInUseError, resolveDatabase } from '@liqlab/db/database-url';
import { deployMigrations } from '@liqlab/db/migrations';
import { parseStartupEnv, type StartupEnv } from '../src/env';
import { asJsonLogLine, jsonLogLine } from './json-log-line';
import { serverCommand } from './server-command';

const SUPERVISOR = { service: 'liqlab-supervisor' };
const command = process.argv.slice(2);
if (command.length === 0) {
  console.error(jsonLogLine('error', 'usage: with-database <command> [args…]', SUPERVISOR));
  process.exit(2);
}

/**
 * Session cookies are signed with BETTER_AUTH_SECRET. On the embedded database a secret is
 * generated once and kept beside the data; against an external server (several instances) it
 * must be given, identical on every instance (env.ts refuses to start without it).
 */
function authSecret(env: StartupEnv): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = `${path.resolve(env.LIQLAB_DATA_DIR ?? defaultDataDir)}.auth-secret`;
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function log(line: string): void {
  console.log(jsonLogLine('info', line, SUPERVISOR));
}

async function main(): Promise<number> {
  // The whole configuration is checked before anything starts; the server reads it again (env.ts).
  const env = parseStartupEnv(process.env);
  let database: Awaited<ReturnType<typeof resolveDatabase>>;
  try {
    database = await resolveDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.LIQLAB_DATA_DIR,
      log,
      serverLog: env.LIQLAB_DEBUG ? log : undefined,
    });
  } catch (error) {
    if (error instanceof EmbeddedServerInUseError) {
      console.error(jsonLogLine('error', error.message, SUPERVISOR));
      return 1;
    }
    throw error;
  }
  log(
    database.source === 'embedded'
      ? 'Embedded PostgreSQL is running.'
      : 'Using the PostgreSQL server in DATABASE_URL.',
  );

  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop();
  };

  let secret: string;
  try {
    secret = authSecret(env);
    await deployMigrations(database.url, {
      quiet: true,
      onLockBusy: () => log('Another instance is applying migrations; waiting for it …'),
    });
    log('Migrations applied.');
    const prisma = createPrismaClient(database.url, { maxConnections: 1 });
    try {
      await seedDatabase(prisma);
    } finally {
      await prisma.$disconnect();
    }
    log('Seed data in place.');
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  // `next start` is the server: its lines (its banner, anything a library prints) become JSON lines
  // too. `next dev` is for a person at a terminal and keeps its own output.
  const isServer = command.includes('start');
  const [executable, ...args] = serverCommand(command);
  const child = spawn(executable!, args, {
    stdio: isServer ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: secret,
      LIQLAB_SUPERVISOR_PID: String(process.pid),
    },
  });

  if (isServer) {
    const relay = (
      stream: NodeJS.ReadableStream | null,
      level: 'info' | 'error',
      out: NodeJS.WriteStream,
    ) => {
      if (!stream) return;
      createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
        const json = asJsonLogLine(line, level, 'next');
        if (json !== null) out.write(`${json}\n`);
      });
    };
    relay(child.stdout, 'info', process.stdout);
    relay(child.stderr, 'error', process.stderr);
  }

  const forward = (signal: NodeJS.Signals) => {
    log(`${signal} received, shutting down …`);
    child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);

  const exitCode = await new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)));
    child.on('error', (error) => {
      console.error(jsonLogLine('error', `could not run ${command[0]}: ${error.message}`, SUPERVISOR));
      resolve(1);
    });
  });
  await stopDatabase();
  log(database.source === 'embedded' ? 'Embedded PostgreSQL stopped.' : 'Stopped.');
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(jsonLogLine('error', `start-up failed: ${message}`, SUPERVISOR));
    process.exit(1);
  },
);
