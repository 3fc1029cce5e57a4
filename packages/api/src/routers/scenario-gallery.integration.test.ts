import { randomUUID } from 'node:crypto';
import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { replayScenario } from '@liqlab/scenario/replay-scenario';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
import { SPARKLINE_POINTS, scenarioListFigures } from '@liqlab/scenario/scenario-list-figures';
import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { afterAll, describe, expect, it } from 'vitest';
import { anonymousCaller, newUser, rejectionOf, visibleError } from './scenario-test-helpers';

// The gallery's cards: figures computed from the saved content, filters and the title search.

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const preset = (id: string, title: string) => ({ ...scenarioFromPreset(sandboxPreset(id)!), title });

describe('gallery cards', () => {
  it('shows the liquidation price and the path the replay runs, not guessed ones', async () => {
    const { caller } = await newUser(db);
    const tag = randomUUID().slice(0, 8);
    const scenario = preset('long-10x-flash-crash-no-stop', `Card ${tag}`);
    await caller.scenario.create({ ...scenario, visibility: 'PUBLIC' });
    const [card] = (await anonymousCaller(db).scenario.gallery({ search: tag })).items;
    const replay = replayScenario(scenarioInputSchema.parse(scenario));
    expect(card?.liquidationPrice).toBe(replay.liquidation?.toFixed());
    expect(card?.outcome).toBe(replay.result.outcome);
    // The card's chart is the one stored at save time: the replay's own downsampled path.
    expect(card?.sparkline).toEqual(scenarioListFigures(scenarioInputSchema.parse(scenario)).sparkline);
    const mark = Array.from(replay.path.mark);
    const points = card?.sparkline.map(Number) ?? [];
    expect(points.length).toBeGreaterThan(2);
    expect(points.length).toBeLessThanOrEqual(SPARKLINE_POINTS);
    expect(Math.min(...points)).toBeCloseTo(Math.min(...mark), 2);
    expect(Math.max(...points)).toBeCloseTo(Math.max(...mark), 2);
  });

  it('stores the card’s figures at save time and keeps them in step with edits', async () => {
    const { caller } = await newUser(db);
    const tag = randomUUID().slice(0, 8);
    const survivor = preset('mark-vs-last-wick-10x', `Edited ${tag}`);
    const created = await caller.scenario.create({ ...survivor, visibility: 'PUBLIC' });
    const cardOf = async () => (await anonymousCaller(db).scenario.gallery({ search: tag })).items[0];
    const before = await cardOf();
    const twentyX = { ...survivor.position, leverage: '20' };
    await caller.scenario.update({ id: created.id, version: 1, position: twentyX });
    const after = await cardOf();
    const expected = scenarioListFigures(scenarioInputSchema.parse({ ...survivor, position: twentyX }));
    expect(after?.liquidationPrice).toBe(expected.liquidationPrice);
    expect(after?.liquidationPrice).not.toBe(before?.liquidationPrice);
    expect(after?.outcome).toBe('liquidated');
    // The gallery reads what is stored: a stored chart shows as it is, without replaying the path.
    await db.$executeRaw`UPDATE "scenario" SET "sparkline" = '["1","2","3"]'::jsonb WHERE "id" = ${created.id}::uuid`;
    expect((await cardOf())?.sparkline).toEqual(['1', '2', '3']);
  });

  it('filters by exchange and outcome and searches titles, case-insensitively and literally', async () => {
    const { caller } = await newUser(db);
    const tag = randomUUID().slice(0, 8);
    const liquidated = preset('long-10x-flash-crash-no-stop', `Crash ${tag} alpha`);
    const stopped = preset('stop-loss-flash-crash', `Stop ${tag} 100% beta`);
    for (const scenario of [liquidated, stopped]) {
      await caller.scenario.create({ ...scenario, visibility: 'PUBLIC' });
    }
    // A private one with the tag never shows.
    await caller.scenario.create(preset('stop-loss-flash-crash', `Hidden ${tag}`));
    const titles = async (input: object) =>
      (await anonymousCaller(db).scenario.gallery({ search: tag, ...input })).items
        .map((i) => i.title)
        .sort();

    expect(await titles({})).toEqual([liquidated.title, stopped.title].sort());
    expect(await titles({ outcome: 'liquidated' })).toEqual([liquidated.title]);
    expect(await titles({ outcome: 'stopped-out' })).toEqual([stopped.title]);
    expect(await titles({ outcome: 'open' })).toEqual([]);
    expect(await titles({ exchange: liquidated.position.rules })).toContain(liquidated.title);
    const otherRules = liquidated.position.rules === 'binance-usdm' ? 'bybit-linear' : 'binance-usdm';
    expect(await titles({ exchange: otherRules })).not.toContain(liquidated.title);
    expect(await titles({ search: `${tag.toUpperCase()} ALPHA` })).toEqual([liquidated.title]);
    // SQL wildcards are plain characters: "%" matches only the title that holds one.
    expect(await titles({ search: `${tag} 100%` })).toEqual([stopped.title]);
    expect(await titles({ search: `${tag}%alpha` })).toEqual([]);
  });

  it('refuses bad filters in plain words', async () => {
    const anonymous = anonymousCaller(db);
    const tooLong = visibleError(await rejectionOf(anonymous.scenario.gallery({ search: 'x'.repeat(81) })));
    expect(tooLong.message).toContain('at most 80 characters');
    const badExchange = visibleError(
      await rejectionOf(anonymous.scenario.gallery({ exchange: 'nasdaq' as never })),
    );
    expect(badExchange.message).toContain('Pick an exchange');
    const badOutcome = visibleError(
      await rejectionOf(anonymous.scenario.gallery({ outcome: 'won' as never })),
    );
    expect(badOutcome.message).toContain('Pick an outcome');
  });
});
