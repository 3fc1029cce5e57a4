/**
 * `pnpm db:<command>` — database chores on the embedded server (started for the command, or the
 * one a running app owns) or on DATABASE_URL.
 *   deploy          apply pending migrations
 *   migrate [name]  create a migration from schema changes (development)
 *   seed            upsert the curated content
 *   reset           drop everything, re-apply all migrations, seed
 *   studio          open Prisma Studio
 */
import { seedDatabase } from '@liqlab/api/seed';
import { createPrismaClient } from '@liqlab/db/client';
import { EmbeddedServerInUseError, resolveDatabase } from '@liqlab/db/database-url';
import { deployMigrations, runPrisma } from '@liqlab/db/migrations';
import { InvalidEnvironmentError, parseDatabaseEnv } from '../src/env';

const [command, ...rest] = process.argv.slice(2);
const commands = ['deploy', 'migrate', 'seed', 'reset', 'studio'];
if (!command || !commands.includes(command)) {
  console.error(`usage: db <${commands.join('|')}> [args]`);
  process.exit(2);
}

async function seed(url: string): Promise<void> {
  const prisma = createPrismaClient(url, { maxConnections: 1 });
  try {
    await seedDatabase(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

async function main(): Promise<void> {
  const env = parseDatabaseEnv(process.env);
  const database = await resolveDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.LIQLAB_DATA_DIR,
    attachIfRunning: true,
    log: (line) => console.log(line),
  });
  try {
    switch (command) {
      case 'deploy':
        await deployMigrations(database.url, {
          onLockBusy: () => console.log('Another process is applying migrations; waiting for it …'),
        });
        break;
      case 'migrate':
        // `migrate dev` cannot start from a brand-new database with a driver adapter; deploy first.
        await deployMigrations(database.url, { quiet: true });
        await runPrisma(
          ['migrate', 'dev', ...(rest[0] ? ['--name', rest[0]] : []), '--skip-seed'],
          database.url,
          { interactive: true },
        );
        break;
      case 'seed':
        await seed(database.url);
        console.log('Seed data in place.');
        break;
      case 'reset':
        await runPrisma(['migrate', 'reset', '--force', '--skip-seed'], database.url);
        await seed(database.url);
        console.log('Database reset and seeded.');
        break;
      case 'studio':
        await runPrisma(['studio', '--browser', 'none'], database.url, { interactive: true });
        break;
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof EmbeddedServerInUseError || error instanceof InvalidEnvironmentError;
  console.error(known ? error.message : error);
  process.exit(1);
});
