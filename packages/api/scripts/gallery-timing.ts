// The gallery's server time with many public scenarios, long uploaded paths among them: how long the
// gallery's page of 50 takes (listPublicScenarios, what `scenario.gallery` runs), against
// listMyScenarios over the same 50 rows (a list that reads no path and replays nothing) as the
// baseline measured in the same process. The repository functions are called directly: the router
// over them is thin, and its input codec's lz-string import does not load under plain tsx.
// Run: pnpm --filter @liqlab/api gallery-timing (under the heavy lock; it starts an embedded PostgreSQL).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createPrismaClient } from '@liqlab/db/client';
import { createTestDatabase } from '@liqlab/db/test-database';
import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import {
  createScenario,
  listMyScenarios,
  listPublicScenarios,
} from '../src/repositories/scenario-repository';

const SCENARIOS = 50;
const UPLOADED_TICKS = 20_000;
const ROUNDS = 15;

/** An uploaded path: a slow random-looking walk around 60,000 (deterministic, so runs compare). */
function uploadedTicks(count: number, salt: number): [number, string][] {
  let price = 60_000;
  return Array.from({ length: count }, (_, i) => {
    price += Math.sin(i * 0.37 + salt) * 12 + Math.cos(i * 0.011 + salt) * 3;
    return [1_700_000_000_000 + i * 1000, price.toFixed(2)];
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const database = await createTestDatabase({ target: 'embedded' });
  const db = createPrismaClient(database.url);
  try {
    const ownerId = `timing-${randomUUID()}`;
    await db.user.create({ data: { id: ownerId, name: 'Timing', email: `${ownerId}@example.invalid` } });
    for (let i = 0; i < SCENARIOS; i++) {
      // Every other one a generated path (core draws it again on every replay), the rest uploaded ticks.
      const generated = validScenario();
      const draft =
        i % 2 === 0
          ? { ...generated, path: { ...generated.path, seed: `timing-${i}` } }
          : { ...generated, path: { kind: 'ticks' as const, ticks: uploadedTicks(UPLOADED_TICKS, i) } };
      const content = scenarioInputSchema.parse({ ...draft, title: `Timing ${i}` });
      await createScenario(db, { ownerId, content: { ...content, visibility: 'PUBLIC' } });
    }
    const gallery: number[] = [];
    const listMine: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      let start = performance.now();
      const page = await listPublicScenarios(db, {}, { limit: 50 }, null);
      gallery.push(performance.now() - start);
      start = performance.now();
      await listMyScenarios(db, ownerId, { limit: 50 });
      listMine.push(performance.now() - start);
      if (page.items.length < SCENARIOS) throw new Error(`the gallery listed ${page.items.length} scenarios`);
    }
    const g = median(gallery);
    const l = median(listMine);
    console.log(
      `${SCENARIOS} public scenarios (every other one ${UPLOADED_TICKS.toLocaleString('en')} uploaded ticks, the rest generated), ` +
        `median of ${ROUNDS}: gallery ${g.toFixed(1)} ms, listMine ${l.toFixed(1)} ms, ratio ${(g / l).toFixed(1)}×`,
    );
  } finally {
    await db.$disconnect();
    await database.dispose();
  }
}

await main();
