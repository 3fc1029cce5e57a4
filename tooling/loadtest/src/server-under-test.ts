// The production server under load: `next start` under apps/web/scripts/with-database.ts on a
// throw-away embedded PostgreSQL, loopback only. Also reads the server's memory from /proc.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const WEB_DIR = path.resolve(import.meta.dirname, '../../../apps/web');

export interface ServerUnderTest {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  readonly output: string[];
}

export async function startServer(options: {
  dataDir: string;
  port: number;
  rateLimitScale: number;
}): Promise<ServerUnderTest> {
  if (!existsSync(path.join(WEB_DIR, '.next/BUILD_ID'))) {
    throw new Error('No production build in apps/web/.next: run `pnpm build` first.');
  }
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const output: string[] = [];
  const child = spawn(
    path.join(WEB_DIR, 'node_modules/.bin/tsx'),
    ['scripts/with-database.ts', 'next', 'start', '--port', String(options.port), '--hostname', '127.0.0.1'],
    {
      cwd: WEB_DIR,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PATH: `${path.join(WEB_DIR, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        DATABASE_URL: '',
        LIQLAB_DATA_DIR: options.dataDir,
        LIQLAB_PUBLIC_URL: baseUrl,
        LIQLAB_RATE_LIMIT_SCALE: String(options.rateLimitScale),
        NEXT_TELEMETRY_DISABLED: '1',
        LOG_LEVEL: 'warn',
      },
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited during start-up:\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/trpc/health.check`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return { baseUrl, child, output };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopServer({ baseUrl, child, output });
  throw new Error(`the server did not start within 180 s:\n${output.join('')}`);
}

/** SIGTERM to the supervisor (it stops Next and PostgreSQL); SIGKILL to the group after 30 s. */
export async function stopServer(server: ServerUnderTest): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  for (const { pid, comm } of processTree(server.child.pid!)) {
    if (comm === 'postgres') continue;
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // gone
    }
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-server.child.pid!, 'SIGKILL');
    } catch {
      // gone
    }
  }, 30_000);
  await exited;
  clearTimeout(timer);
}

function processTree(root: number): { pid: number; comm: string }[] {
  const table = new Map<number, { ppid: number; comm: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      table.set(Number(entry), {
        comm: stat.slice(stat.indexOf('(') + 1, close),
        ppid: Number(stat.slice(close + 2).split(' ')[1]),
      });
    } catch {
      // ended meanwhile
    }
  }
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

function rssMiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of the app (supervisor + Next processes) and of PostgreSQL, in MiB. */
export function serverMemory(server: ServerUnderTest): {
  appMiB: number;
  nextMiB: number;
  postgresMiB: number;
} {
  let appMiB = 0;
  let nextMiB = 0;
  let postgresMiB = 0;
  for (const { pid, comm } of processTree(server.child.pid!)) {
    const rss = rssMiB(pid);
    if (comm === 'postgres') postgresMiB += rss;
    else {
      appMiB += rss;
      if (comm.startsWith('next')) nextMiB += rss;
    }
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return { appMiB: round(appMiB), nextMiB: round(nextMiB), postgresMiB: round(postgresMiB) };
}
