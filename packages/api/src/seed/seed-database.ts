import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import type { Database } from '@liqlab/db/client';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { validateScenarioWithEngine } from '@liqlab/scenario/scenario-schema';
import { backfillScenarioListFigures, upsertCuratedScenario } from '../repositories/scenario-repository';

/** The owner of the curated scenarios shown in the public gallery. */
export const CURATED_OWNER_ID = 'liqlab-curator';

/** Curated scenarios live under stable slugs (they are public anyway), so re-seeding updates them in place. */
export const curatedScenarioSlug = (presetId: string) => `preset-${presetId}`;

/**
 * Idempotent: safe to run at every start. It only upserts rows it owns; of learners' rows it only
 * fills in a missing replay outcome.
 */
export async function seedDatabase(
  db: Database,
): Promise<{ curatedOwner: string; curatedScenarios: number; listFiguresBackfilled: number }> {
  await db.user.upsert({
    where: { id: CURATED_OWNER_ID },
    create: { id: CURATED_OWNER_ID, name: 'Liquidation Lab', email: 'curator@liquidation-lab.invalid' },
    update: {},
  });
  // Map and validate every preset before writing any, so a broken preset fails loudly and leaves no half-seed.
  const scenarios = sandboxPresets.map((preset) => {
    const scenario = scenarioFromPreset(preset);
    try {
      validateScenarioWithEngine(scenario);
    } catch (error) {
      throw new Error(`Sandbox preset "${preset.id}" is refused by the engine: ${String(error)}`, {
        cause: error,
      });
    }
    return { slug: curatedScenarioSlug(preset.id), scenario };
  });
  for (const { slug, scenario } of scenarios) {
    await upsertCuratedScenario(db, {
      slug,
      ownerId: CURATED_OWNER_ID,
      content: { ...scenario, visibility: 'PUBLIC' },
    });
  }
  // Scenarios saved before their list figures were stored get them (learners' content itself is left alone).
  const listFiguresBackfilled = await backfillScenarioListFigures(db);
  return { curatedOwner: CURATED_OWNER_ID, curatedScenarios: scenarios.length, listFiguresBackfilled };
}
