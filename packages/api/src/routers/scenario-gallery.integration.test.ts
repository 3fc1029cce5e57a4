import { randomUUID } from 'node:crypto';
import { sandboxPreset } from '@liqlab/content/sandbox/presets';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { replayScenario } from '@liqlab/scenario/replay-scenario';
import { scenarioFromPreset } from '@liqlab/scenario/scenario-from-preset';
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
    const mark = Array.from(replay.path.mark);
    expect(card?.sparkline.length).toBeLessThanOrEqual(82);
    expect(Math.min(...(card?.sparkline ?? []))).toBe(Math.min(...mark));
    expect(Math.max(...(card?.sparkline ?? []))).toBe(Math.max(...mark));
    expect(card?.sparkline[0]).toBe(mark[0]);
    expect(card?.sparkline.at(-1)).toBe(mark.at(-1));
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
