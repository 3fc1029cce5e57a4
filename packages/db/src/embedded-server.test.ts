import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedServerInUseError, startEmbeddedServer } from './embedded-server';
import { isProcessAlive } from './process-liveness';

let root: string;
let dataDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'liqlab-embedded-'));
  dataDir = path.join(root, 'postgres');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL server', { timeout: 60_000 }, () => {
  it('keeps data across restarts, on 127.0.0.1, with a generated password stored beside the data', async () => {
    // mkdtemp made `root` private (700); as root, PostgreSQL runs as `postgres` and is let through.
    const first = await startEmbeddedServer({ dataDir, preferredPort: 0 });
    if (process.getuid?.() === 0) expect(statSync(root).mode & 0o001).toBe(0o001);
    expect(first.url).toMatch(/^postgresql:\/\/postgres:[\w-]{32}@127\.0\.0\.1:\d+\/liqlab$/);
    await query(first.url, "CREATE TABLE note (body text); INSERT INTO note VALUES ('kept')");
    await first.stop();

    const credentials = JSON.parse(readFileSync(`${dataDir}.json`, 'utf8')) as { password: string };
    const second = await startEmbeddedServer({ dataDir, preferredPort: 0 });
    try {
      expect(second.url).toContain(encodeURIComponent(credentials.password));
      const result = await query(second.url, 'SELECT body FROM note');
      expect(result.rows).toEqual([{ body: 'kept' }]);
      const wrongPassword = second.url.replace(encodeURIComponent(credentials.password), 'wrong');
      await expect(query(wrongPassword, 'SELECT 1')).rejects.toThrow(/password authentication failed/);
    } finally {
      await second.stop();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('refuses a second owner of the same data directory with a message that says what to do', async () => {
    const server = await startEmbeddedServer({ dataDir, preferredPort: 0 });
    try {
      const second = startEmbeddedServer({ dataDir, preferredPort: 0 });
      await expect(second).rejects.toBeInstanceOf(EmbeddedServerInUseError);
      await expect(second).rejects.toThrow(`pid ${process.pid}`);
      await expect(second).rejects.toThrow(/DATABASE_URL/);
      // The running server was not disturbed.
      expect((await query(server.url, 'SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
    } finally {
      await server.stop();
    }
  });

  it('recovers after its owner is killed with SIGKILL, keeping committed data', async () => {
    const fixture = path.join(import.meta.dirname, 'testing/hold-embedded-server.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('READY')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`fixture exited early with ${code}`)));
    });
    const orphanPid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(isProcessAlive(orphanPid)).toBe(true); // the orphaned postmaster is still running

    const server = await startEmbeddedServer({ dataDir, preferredPort: 0 });
    try {
      expect(isProcessAlive(orphanPid)).toBe(false);
      const rows = (await query(server.url, 'SELECT note FROM crash_probe')).rows;
      expect(rows).toEqual([{ note: 'written before the crash' }]);
    } finally {
      await server.stop();
    }
  });
});
