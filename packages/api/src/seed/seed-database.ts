import type { Database } from '@liqlab/db/client';

/** The owner of the curated scenarios shown in the public gallery. */
export const CURATED_OWNER_ID = 'liqlab-curator';

/**
 * Idempotent: safe to run at every start. It only upserts rows it owns and never touches
 * learners' data.
 */
export async function seedDatabase(db: Database): Promise<{ curatedOwner: string }> {
  await db.user.upsert({
    where: { id: CURATED_OWNER_ID },
    create: { id: CURATED_OWNER_ID, name: 'Liquidation Lab', email: 'curator@liquidation-lab.invalid' },
    update: {},
  });
  return { curatedOwner: CURATED_OWNER_ID };
}
