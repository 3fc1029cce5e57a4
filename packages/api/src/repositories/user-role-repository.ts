import type { Database } from '@liqlab/db/client';

/** The only module that reads or writes `user.role`. */

export type UserRole = 'USER' | 'ADMIN';

/** Whether the user is an administrator now (a deleted or unknown user is not). */
export async function isAdministrator(db: Database, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  return user?.role === 'ADMIN';
}

export type SetRoleResult =
  | { status: 'changed' | 'unchanged'; email: string; role: UserRole }
  | { status: 'no-such-account'; email: string }
  | { status: 'guest'; email: string };

/**
 * Gives the account with this email the role (the `admin` command line). Emails are matched as
 * better-auth stores them (lower case). A guest is no account: its identity is disposable.
 */
export async function setRoleByEmail(db: Database, email: string, role: UserRole): Promise<SetRoleResult> {
  const normalized = email.trim().toLowerCase();
  const user = await db.user.findUnique({
    where: { email: normalized },
    select: { id: true, role: true, isAnonymous: true },
  });
  if (!user) return { status: 'no-such-account', email: normalized };
  if (user.isAnonymous) return { status: 'guest', email: normalized };
  if (user.role === role) return { status: 'unchanged', email: normalized, role };
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { status: 'changed', email: normalized, role };
}

/** Every administrator's email, alphabetically. */
export async function listAdministrators(db: Database): Promise<string[]> {
  const admins = await db.user.findMany({
    where: { role: 'ADMIN' },
    orderBy: { email: 'asc' },
    select: { email: true },
  });
  return admins.map((admin) => admin.email);
}
