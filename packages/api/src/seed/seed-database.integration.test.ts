import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { anonymousCaller } from '../routers/scenario-test-helpers';
import { CURATED_OWNER_ID, curatedScenarioSlug, seedDatabase } from './seed-database';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

describe('seedDatabase', () => {
  it('upserts every sandbox preset as a curated public scenario, idempotently', async () => {
    await seedDatabase(db);
    const result = await seedDatabase(db);
    expect(result.curatedScenarios).toBe(sandboxPresets.length);
    const rows = await db.scenario.findMany({ where: { ownerId: CURATED_OWNER_ID } });
    expect(rows).toHaveLength(sandboxPresets.length);
    expect(rows.every((row) => row.curated && row.visibility === 'PUBLIC')).toBe(true);

    const preset = sandboxPresets[0]!;
    const scenario = await anonymousCaller(db).scenario.get({ idOrSlug: curatedScenarioSlug(preset.id) });
    expect(scenario).toMatchObject({
      title: preset.title,
      curated: true,
      entryPrice: preset.position.entryPrice,
    });

    const gallery = await anonymousCaller(db).scenario.gallery({ limit: 50 });
    expect(gallery.items.slice(0, sandboxPresets.length).every((item) => item.curated)).toBe(true);
  });
});
