/**
 * `pnpm admin <command>` — who may moderate the gallery (on the embedded database, started for the
 * command or the one a running app owns, or on DATABASE_URL, as `pnpm db:*`).
 *   grant <email>   make the account with this email an administrator
 *   revoke <email>  make it an ordinary account again
 *   list            print every administrator's email
 * The role is read at every request: a change applies to the next page the person opens.
 */

import { listAdministrators, type SetRoleResult, setRoleByEmail } from '@liqlab/api/user-role-repository';
import { createPrismaClient } from '@liqlab/db/client';
import { EmbeddedServerInUseError, resolveDatabase } from '@liqlab/db/database-url';
import { InvalidEnvironmentError, parseDatabaseEnv } from '../src/env';

const USAGE = 'usage: admin grant <email> | admin revoke <email> | admin list';

/** What to print for a grant or revoke, and whether it worked. */
function describe(result: SetRoleResult): { ok: boolean; line: string } {
  switch (result.status) {
    case 'no-such-account':
      return {
        ok: false,
        line: `No account has the email ${result.email}. They sign up first, then run this again.`,
      };
    case 'guest':
      return {
        ok: false,
        line: `${result.email} belongs to a guest, not an account: guests cannot be administrators.`,
      };
    case 'changed':
      return {
        ok: true,
        line:
          result.role === 'ADMIN'
            ? `${result.email} is now an administrator (moderation page: /admin/moderation).`
            : `${result.email} is no longer an administrator.`,
      };
    case 'unchanged':
      return {
        ok: true,
        line:
          result.role === 'ADMIN'
            ? `${result.email} is an administrator already.`
            : `${result.email} was not an administrator.`,
      };
  }
}

async function main(): Promise<number> {
  const [command, email, ...extra] = process.argv.slice(2);
  const needsEmail = command === 'grant' || command === 'revoke';
  if (
    !(needsEmail || command === 'list') ||
    (needsEmail ? !email?.includes('@') : email !== undefined) ||
    extra.length
  ) {
    console.error(USAGE);
    return 2;
  }
  const env = parseDatabaseEnv(process.env);
  const database = await resolveDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.LIQLAB_DATA_DIR,
    attachIfRunning: true,
    log: (line) => console.log(line),
  });
  const db = createPrismaClient(database.url, { maxConnections: 1 });
  try {
    if (command === 'list') {
      const admins = await listAdministrators(db);
      console.log(admins.length ? admins.join('\n') : 'No administrators yet: `pnpm admin grant <email>`.');
      return 0;
    }
    const { ok, line } = describe(await setRoleByEmail(db, email!, command === 'grant' ? 'ADMIN' : 'USER'));
    (ok ? console.log : console.error)(line);
    return ok ? 0 : 1;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof EmbeddedServerInUseError || error instanceof InvalidEnvironmentError;
    console.error(known ? error.message : error);
    process.exit(1);
  },
);
