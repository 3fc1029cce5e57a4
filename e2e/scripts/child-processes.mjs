// Starting and stopping what the measuring scripts (pnpm lighthouse, pnpm inp, pnpm trace) run beside
// themselves: the production app on a throw-away embedded database (as playwright.config.ts starts
// it), the framework floor, a browser. Each child runs in its own process group, so stopping it stops
// what it started too (pnpm → tsx → next, and the database).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const e2eDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Children we started, stopped (by process group) in stopAll, newest first. */
const children = [];
/** Scratch directories we made, removed in stopAll once the children that used them are gone. */
const scratchDirs = [];

/** A child in its own process group; its last 200 output chunks are kept in `child.log` for errors. */
export function startProcess(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const log = [];
  const keep = (chunk) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // A command that cannot start (not on PATH) is reported by waitFor, not thrown from an event.
  child.on('error', (error) => {
    child.startError = error;
    log.push(`${command}: ${error.message}`);
  });
  child.log = log;
  return child;
}

/** Stops every child (SIGTERM to its group, SIGKILL after 15 s) and removes the scratch directories. */
export async function stopAll() {
  for (const child of children.splice(0).reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    const timeout = new Promise((resolve) => setTimeout(resolve, 15_000, 'timeout'));
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
  }
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Waits until `url` answers 2xx; fails early, with the child's output, when the child exits. */
export async function waitFor(url, what, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.startError)
      throw new Error(`${what} exited early:\n${child.log.join('')}`);
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s:\n${child.log.join('')}`);
}

/** A directory of our own under the system's temporary one, removed by stopAll. */
export function scratchDir(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755); // the embedded PostgreSQL runs as its own user when we are root
  scratchDirs.push(dir);
  return dir;
}

/**
 * `next start` of apps/web's production build on 127.0.0.1:`port`, on an embedded database in a
 * scratch directory of its own. Resolves to the app's base URL once it is ready (warmed up, as a load
 * balancer would see it: no measurement pays for a route's first render).
 */
export async function startProductionApp(port) {
  const baseURL = `http://127.0.0.1:${port}`;
  const scratch = scratchDir('liqlab-app-');
  const app = startProcess(
    'pnpm',
    [
      '--dir',
      '../apps/web',
      'exec',
      'tsx',
      'scripts/with-database.ts',
      'next',
      'start',
      '--port',
      String(port),
      '--hostname',
      '127.0.0.1',
    ],
    {
      cwd: e2eDir,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URL: '',
        LIQLAB_DATA_DIR: path.join(scratch, 'postgres'),
        LIQLAB_PUBLIC_URL: baseURL,
        LOG_LEVEL: 'warn',
      },
    },
  );
  await waitFor(`${baseURL}/api/ready`, 'the app', app);
  return baseURL;
}
