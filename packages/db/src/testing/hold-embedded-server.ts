// Test fixture: starts the embedded server on the given data directory, writes one row, prints
// READY and waits to be killed — so a test can `kill -9` it like a crashed app.
import pg from 'pg';
import { startEmbeddedServer } from '../embedded-server';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-embedded-server <dataDir>');
const server = await startEmbeddedServer({ dataDir, preferredPort: 0 });
const client = new pg.Client({ connectionString: server.url });
await client.connect();
await client.query('CREATE TABLE IF NOT EXISTS crash_probe (id int PRIMARY KEY, note text)');
await client.query("INSERT INTO crash_probe VALUES (1, 'written before the crash') ON CONFLICT DO NOTHING");
await client.end();
console.log(`READY ${server.url}`);
setInterval(() => {}, 60_000);
