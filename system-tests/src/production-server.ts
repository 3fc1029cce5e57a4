// Drives the real production server (`next start` under apps/web/scripts/with-database.ts) as a child
// process tree, for the crash tests and the load test. Loopback only; every wait is bounded.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { embeddedServerUrl } from '@liqlab/db/embedded-server';

const WEB_DIR = path.resolve(import.meta.dirname, '../../apps/web');

export interface ProductionServer {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  /** Everything the server printed, for the failure message. */
  readonly output: string[];
}

export function productionBuildExists(): boolean {
  try {
    readFileSync(path.join(WEB_DIR, '.next/BUILD_ID'), 'utf8');
    return true;
  } catch {
    return false;
  }
}

/** Starts `next start` on the embedded PostgreSQL in `dataDir` and waits until health.check answers. */
export async function startProductionServer(options: {
  dataDir: string;
  port: number;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<ProductionServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const output: string[] = [];
  const child = spawn(
    path.join(WEB_DIR, 'node_modules/.bin/tsx'),
    ['scripts/with-database.ts', 'next', 'start', '--port', String(options.port), '--hostname', '127.0.0.1'],
    {
      cwd: WEB_DIR,
      // Its own process group, so a stuck tree can always be stopped as a whole at the end.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PATH: `${path.join(WEB_DIR, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        DATABASE_URL: '',
        LIQLAB_DATA_DIR: options.dataDir,
        LIQLAB_PUBLIC_URL: baseUrl,
        NEXT_TELEMETRY_DISABLED: '1',
        LOG_LEVEL: 'warn',
        // Tests take no load balancer's traffic: the warm-up would only compete with them. The load
        // test, which measures the first seconds after ready, switches it back on.
        LIQLAB_WARM_UP: 'off',
        ...options.env,
      },
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with ${child.exitCode} during start-up:\n${output.join('')}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/trpc/health.check`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return { baseUrl, child, output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  killGroup(child, 'SIGKILL');
  throw new Error(`the server did not answer within the start-up timeout:\n${output.join('')}`);
}

/** Parent pid and command name of every process, from /proc. */
function processTable(): Map<number, { ppid: number; comm: string }> {
  const table = new Map<number, { ppid: number; comm: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split at the last ")".
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      table.set(Number(entry), { ppid, comm });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** The pids of `root` and all its descendants. */
export function processTree(root: number): { pid: number; comm: string }[] {
  const table = processTable();
  const found: { pid: number; comm: string }[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    const info = table.get(pid);
    if (info) found.push({ pid, comm: info.comm });
    for (const [child, childInfo] of table) if (childInfo.ppid === pid) queue.push(child);
  }
  return found;
}

/**
 * A crash: SIGKILL to the supervisor and Next (every process of the tree but PostgreSQL's), all at
 * once. PostgreSQL is left running, orphaned, as after a real crash of the app; the next start must
 * recover it. Returns the pids killed.
 */
export function crashServer(server: ProductionServer): number[] {
  const victims = processTree(server.child.pid!).filter((p) => p.comm !== 'postgres');
  for (const { pid } of victims) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return victims.map((p) => p.pid);
}

/** A clean stop (SIGTERM to the supervisor, which stops PostgreSQL); SIGKILL to the group after 30 s. */
export async function stopProductionServer(server: ProductionServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  processTree(server.child.pid!)
    .filter((p) => p.comm !== 'postgres')
    .forEach(({ pid }) => {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // gone
      }
    });
  const timer = setTimeout(() => killGroup(server.child, 'SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // gone
  }
}

/**
 * A process's proportional set size in MiB: its private memory plus its share of memory it shares.
 * Plain RSS would count PostgreSQL's shared buffers once per backend that has touched them, so the
 * sum over its processes grows with every page any backend reads, without a byte more in use.
 */
function memoryMiB(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Memory of the app (supervisor + Next processes) and of PostgreSQL, in MiB (proportional set size). */
export function serverMemory(server: ProductionServer): {
  appMiB: number;
  nextMiB: number;
  postgresMiB: number;
} {
  let appMiB = 0;
  let nextMiB = 0;
  let postgresMiB = 0;
  for (const { pid, comm } of processTree(server.child.pid!)) {
    const mib = memoryMiB(pid);
    if (comm === 'postgres') postgresMiB += mib;
    else {
      appMiB += mib;
      if (comm.startsWith('next')) nextMiB += mib;
    }
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return { appMiB: round(appMiB), nextMiB: round(nextMiB), postgresMiB: round(postgresMiB) };
}

/** Stops a PostgreSQL server left on `dataDir` (after a failed run), by the pid in its postmaster.pid. */
export function stopLeftoverPostgres(dataDir: string): void {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGQUIT');
  } catch {
    // no server, or already gone
  }
}

/** The connection string of the embedded server running on `dataDir` (port in postmaster.pid). */
export function embeddedDatabaseUrl(dataDir: string): string {
  const port = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const { password } = JSON.parse(readFileSync(`${dataDir}.json`, 'utf8')) as { password: string };
  return embeddedServerUrl(password, port);
}
