import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { replayScenario } from '@liqlab/scenario/replay-scenario';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { scenarioListFigures } from '@liqlab/scenario/scenario-list-figures';
import { type ScenarioInputDraft, scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { backfillScenarioListFigures } from '../repositories/scenario-repository';
import { newUser, rejectionOf } from './scenario-test-helpers';

// "My scenarios": the outcome stored with each save, rename, duplicate, and the list by last change.

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const preset = (id: string) => scenarioFromPreset(sandboxPreset(id)!);
/** The outcome recomputed here, by the same replay the sandbox runs, not read from the API. */
const replayedOutcome = (scenario: ScenarioInputDraft) =>
  replayScenario(scenarioInputSchema.parse(scenario)).result.outcome;

describe('scenario outcome, stored at save time', () => {
  it('stores the replay’s outcome on create, in the DTO and in the list', async () => {
    const { caller } = await newUser(db);
    for (const id of ['long-10x-flash-crash-no-stop', 'stop-loss-flash-crash', 'mark-vs-last-wick-10x']) {
      const scenario = preset(id);
      const created = await caller.scenario.create(scenario);
      expect(created.outcome).toBe(replayedOutcome(scenario));
      const read = await caller.scenario.get({ idOrSlug: created.slug });
      expect(read.outcome).toBe(created.outcome);
    }
    const outcomes = (await caller.scenario.listMine()).items.map((item) => item.outcome).sort();
    expect(outcomes).toEqual(['liquidated', 'open', 'stopped-out']);
  });

  it('replays again when the position or the path changes, each alone or both', async () => {
    const { caller } = await newUser(db);
    const survivor = preset('mark-vs-last-wick-10x');
    const created = await caller.scenario.create(survivor);
    expect(created.outcome).toBe('open');

    // Only the position: the stored path is replayed with the new position.
    const twentyX = { ...survivor.position, leverage: '20' };
    const liquidated = await caller.scenario.update({ id: created.id, version: 1, position: twentyX });
    expect(liquidated.outcome).toBe(replayedOutcome({ ...survivor, position: twentyX }));
    expect(liquidated.outcome).toBe('liquidated');

    // Only the path: a calm random walk instead of the wick.
    const calm = validScenario().path;
    const afterPath = await caller.scenario.update({ id: created.id, version: 2, path: calm });
    expect(afterPath.outcome).toBe(replayedOutcome({ ...survivor, position: twentyX, path: calm }));

    // A title alone leaves the outcome as it was.
    const renamed = await caller.scenario.update({ id: created.id, version: 3, title: 'Renamed' });
    expect(renamed.outcome).toBe(afterPath.outcome);
  });

  it('backfills scenarios saved before their list figures were stored, leaving version and last change alone', async () => {
    const { caller } = await newUser(db);
    const scenario = preset('long-10x-flash-crash-no-stop');
    const created = await caller.scenario.create(scenario);
    await db.$executeRaw`
      UPDATE "scenario" SET "outcome" = NULL, "liquidationPrice" = NULL, "sparkline" = NULL
      WHERE "id" = ${created.id}::uuid`;
    expect((await caller.scenario.get({ idOrSlug: created.id })).outcome).toBeNull();
    const stored = () =>
      db.scenario.findUniqueOrThrow({
        where: { id: created.id },
        select: { liquidationPrice: true, sparkline: true },
      });
    expect(await stored()).toEqual({ liquidationPrice: null, sparkline: null });

    expect(await backfillScenarioListFigures(db, 2)).toBeGreaterThanOrEqual(1);
    const after = await caller.scenario.get({ idOrSlug: created.id });
    expect(after.outcome).toBe(replayedOutcome(scenario));
    const figures = scenarioListFigures(scenarioInputSchema.parse(scenario));
    expect(await stored()).toEqual({
      liquidationPrice: figures.liquidationPrice,
      sparkline: figures.sparkline,
    });
    expect(after.version).toBe(created.version);
    expect(after.updatedAt).toBe(created.updatedAt);
  });

  it('refuses an outcome that is not core’s in the database itself', async () => {
    const { caller } = await newUser(db);
    const created = await caller.scenario.create(validScenario());
    await expect(
      db.$executeRaw`UPDATE "scenario" SET "outcome" = 'survived' WHERE "id" = ${created.id}::uuid`,
    ).rejects.toThrow(/scenario_outcome_check/);
  });
});

describe('rename, duplicate and the list by last change', () => {
  it('renames with the title alone: a new version, a later last change, the content untouched', async () => {
    const { caller } = await newUser(db);
    const created = await caller.scenario.create(validScenario({ title: 'Before' }));
    const renamed = await caller.scenario.update({ id: created.id, version: 1, title: '  After  ' });
    expect(renamed).toMatchObject({
      title: 'After',
      version: 2,
      position: created.position,
      path: created.path,
    });
    expect(Date.parse(renamed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
    // A rename from a stale list is a conflict, not a silent overwrite.
    const stale = await rejectionOf(caller.scenario.update({ id: created.id, version: 1, title: 'Stale' }));
    expect(stale.code).toBe('CONFLICT');
  });

  it('duplicates my scenario into a private copy with its own address and the same outcome', async () => {
    const { caller } = await newUser(db);
    const scenario = preset('stop-loss-flash-crash');
    const original = await caller.scenario.create({ ...scenario, visibility: 'UNLISTED' });
    const copy = await caller.scenario.duplicate({ id: original.id });
    expect(copy).toMatchObject({
      title: `${original.title} (copy)`,
      visibility: 'PRIVATE',
      version: 1,
      isMine: true,
      forkedFromId: null,
      position: original.position,
      path: original.path,
      outcome: replayedOutcome(scenario),
    });
    expect(copy.id).not.toBe(original.id);
    expect(copy.slug).not.toBe(original.slug);

    // Idempotent per client key: a retried duplicate makes one copy.
    const again = await caller.scenario.duplicate({ id: original.id, clientKey: 'dup-key-123' });
    expect(await caller.scenario.duplicate({ id: original.id, clientKey: 'dup-key-123' })).toEqual(again);
    expect((await caller.scenario.listMine()).items).toHaveLength(3);
  });

  it('keeps a long title within the limit when it adds “(copy)”', async () => {
    const { caller } = await newUser(db);
    const original = await caller.scenario.create(validScenario({ title: 'x'.repeat(120) }));
    const copy = await caller.scenario.duplicate({ id: original.id });
    expect(copy.title).toHaveLength(120);
    expect(copy.title.endsWith(' (copy)')).toBe(true);
  });

  it('does not duplicate someone else’s scenario, public or not', async () => {
    const owner = await newUser(db);
    const other = await newUser(db);
    const shared = await owner.caller.scenario.create({ ...validScenario(), visibility: 'PUBLIC' });
    const refused = await rejectionOf(other.caller.scenario.duplicate({ id: shared.id }));
    expect(refused.code).toBe('NOT_FOUND');
    expect((await other.caller.scenario.listMine()).items).toEqual([]);
  });

  it('lists the last changed first', async () => {
    const { caller } = await newUser(db);
    const first = await caller.scenario.create(validScenario({ title: 'First' }));
    await caller.scenario.create(validScenario({ title: 'Second' }));
    expect((await caller.scenario.listMine()).items.map((item) => item.title)).toEqual(['Second', 'First']);
    await caller.scenario.update({ id: first.id, version: 1, title: 'First, edited' });
    const items = (await caller.scenario.listMine()).items;
    expect(items.map((item) => item.title)).toEqual(['First, edited', 'Second']);
    expect(items[0]?.updatedAt).not.toBe(items[0]?.createdAt);
  });
});
