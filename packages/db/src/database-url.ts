import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EmbeddedServerInUseError, embeddedServerUrl, startEmbeddedServer } from './embedded-server';

/** Where the embedded server keeps its data unless the app is told otherwise (LIQLAB_DATA_DIR). */
export const defaultDataDir = path.resolve(import.meta.dirname, '../../../.data/postgres');

export interface ResolvedDatabase {
  url: string;
  /** `embedded` when this process started the server and must stop it. */
  source: 'external' | 'embedded' | 'attached';
  stop(): Promise<void>;
}

export interface ResolveDatabaseOptions {
  /** An external PostgreSQL server (DATABASE_URL, scale-out deployments); used as is when given. */
  databaseUrl?: string;
  /** The embedded server's data directory (default `defaultDataDir`). */
  dataDir?: string;
  log?: (line: string) => void;
  serverLog?: (line: string) => void;
  /** Tools (db:deploy, db:studio …) may use the server of an app that is already running. */
  attachIfRunning?: boolean;
}

/**
 * The server at `databaseUrl` when one is given; otherwise the embedded server in `dataDir`, started
 * by this process and stopped by `stop()`.
 */
export async function resolveDatabase(options: ResolveDatabaseOptions): Promise<ResolvedDatabase> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, source: 'external', stop: async () => {} };
  }
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir);
  try {
    const server = await startEmbeddedServer({ dataDir, log: options.log, serverLog: options.serverLog });
    return { url: server.url, source: 'embedded', stop: () => server.stop() };
  } catch (error) {
    if (!(error instanceof EmbeddedServerInUseError) || !options.attachIfRunning) throw error;
    return { url: runningServerUrl(dataDir), source: 'attached', stop: async () => {} };
  }
}

export { EmbeddedServerInUseError };

/** The URL of the embedded server another process runs on `dataDir` (its port is in postmaster.pid). */
function runningServerUrl(dataDir: string): string {
  const port = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const { password } = JSON.parse(readFileSync(`${dataDir}.json`, 'utf8')) as { password: string };
  return embeddedServerUrl(password, port);
}
