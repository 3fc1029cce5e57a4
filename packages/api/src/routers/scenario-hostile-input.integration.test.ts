import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { MAX_TICKS } from '@liqlab/scenario/scenario-path-schema';
import { ticks, validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousCaller, newUser, rejectionOf } from './scenario-test-helpers';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const huge = 'x'.repeat(10 * 1024 * 1024);
const base = validScenario();
const position = (patch: Record<string, unknown>) => ({ ...base, position: { ...base.position, ...patch } });

/** Hostile values for each procedure: every one must be refused with a typed client error. */
const hostileCreates: [string, unknown][] = [
  ['nothing', undefined],
  ['null', null],
  ['an array', [base]],
  ['a 10 MB title', { ...base, title: huge }],
  ['a numeric title', { ...base, title: 12 }],
  ['10 MB notes', { ...base, notes: huge }],
  ['a NaN price', position({ entryPrice: 'NaN' })],
  ['an Infinity quantity', position({ size: { unit: 'quantity', quantity: 'Infinity' } })],
  ['a numeric price', position({ entryPrice: 60000 })],
  ['a huge price', position({ entryPrice: '1'.repeat(400) })],
  ['an exponent price', position({ entryPrice: '1e308' })],
  ['leverage 1000', position({ leverage: '1000' })],
  [
    'leverage above the tier maximum',
    position({ leverage: '150', maintenance: { kind: 'tiers', preset: 'binance-btcusdt' } }),
  ],
  ['an unknown tier preset', position({ maintenance: { kind: 'tiers', preset: 'evil' } })],
  [
    'a position too large for the tiers',
    position({
      leverage: '1',
      size: { unit: 'quantity', quantity: '100000' },
      maintenance: { kind: 'tiers', preset: 'binance-btcusdt' },
    }),
  ],
  [
    'a prototype-polluting key',
    JSON.parse(
      `{"__proto__":{"admin":true},"title":"t","position":${JSON.stringify(base.position)},"path":${JSON.stringify(base.path)}}`,
    ),
  ],
  ['a 10 MB idempotency key', { ...base, clientKey: huge }],
  ['100,001 ticks', { ...base, path: { kind: 'ticks', ticks: ticks(MAX_TICKS + 1) } }],
  [
    'non-increasing timestamps',
    {
      ...base,
      path: {
        kind: 'ticks',
        ticks: [
          [2000, '1'],
          [1000, '2'],
        ],
      },
    },
  ],
  [
    'a negative price tick',
    {
      ...base,
      path: {
        kind: 'ticks',
        ticks: [
          [1000, '1'],
          [2000, '-2'],
        ],
      },
    },
  ],
  [
    'a NaN timestamp',
    {
      ...base,
      path: {
        kind: 'ticks',
        ticks: [
          [Number.NaN, '1'],
          [2000, '2'],
        ],
      },
    },
  ],
  ['gbm with a million steps', { ...base, path: { ...base.path, steps: 1_000_000 } }],
  [
    'gbm with one step per millisecond too many',
    { ...base, path: { ...base.path, horizonDays: 0.000001, steps: 1000 } },
  ],
  ['visibility "ADMIN"', { ...base, visibility: 'ADMIN' }],
  // PostgreSQL's text and jsonb cannot hold NUL, and a lone surrogate is not valid UTF-8.
  ['a NUL in the title', { ...base, title: 'before\u0000after' }],
  ['a lone high surrogate in the title', { ...base, title: 'broken \ud83d here' }],
  ['a NUL in the notes', { ...base, notes: 'a\u0000' }],
  ['a lone low surrogate in the notes', { ...base, notes: '\ude00 alone' }],
  ['a NUL in the path seed', { ...base, path: { ...base.path, seed: 'seed\u0000' } }],
  ['a lone surrogate in the path seed', { ...base, path: { ...base.path, seed: '\ud800' } }],
];

describe('scenario router: hostile input gets typed errors only', () => {
  let caller: Awaited<ReturnType<typeof newUser>>['caller'];
  let existing: { id: string; slug: string };
  beforeAll(async () => {
    ({ caller } = await newUser(db));
    existing = await caller.scenario.create(validScenario());
  });

  it.each(hostileCreates)('create refuses %s', async (_, input) => {
    const error = await rejectionOf(caller.scenario.create(input as never));
    expect(error.code).toBe('BAD_REQUEST');
  });

  it.each([
    ['title', { title: 'x\u0000' }],
    ['notes', { notes: '\udfff' }],
    ['path seed', { path: { ...base.path, seed: '\u0000' } }],
  ])(
    'update refuses a NUL or a lone surrogate in the %s with a message naming the field',
    async (field, patch) => {
      const error = await rejectionOf(
        caller.scenario.update({ id: existing.id, version: 1, ...patch } as never),
      );
      expect(error.code).toBe('BAD_REQUEST');
      const issues = (error.cause as unknown as { issues: { message: string }[] }).issues;
      expect(issues.map((issue) => issue.message)).toContain(
        `the ${field} contains a character that cannot be stored (a NUL or an unpaired surrogate)`,
      );
    },
  );

  it('keeps well-formed text with emoji and other scripts as sent', async () => {
    const title = 'Long 🙂 ロング — ok';
    const created = await caller.scenario.create({ ...base, title, notes: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 notes' });
    expect(created.title).toBe(title);
  });

  it.each([
    ['a 10 MB title', { title: huge }],
    ['a NaN version', { version: Number.NaN }],
    ['a string version', { version: '1' }],
    ['a huge version', { version: 2 ** 40 }],
    ['a non-uuid id', { id: "1' OR '1'='1" }],
    ['a bad position', { position: { ...base.position, leverage: 'NaN' } }],
    ['100,001 ticks', { path: { kind: 'ticks', ticks: ticks(MAX_TICKS + 1) } }],
  ])('update refuses %s', async (_, patch) => {
    const error = await rejectionOf(
      caller.scenario.update({ id: existing.id, version: 1, ...patch } as never),
    );
    expect(error.code).toBe('BAD_REQUEST');
  });

  it.each([
    ['a 10 MB id', huge],
    ['an injection attempt', "x' OR 1=1 --"],
    ['a path traversal', '../../etc/passwd'],
    ['an empty string', ''],
    ['a number', 42],
    ['HTML', '<script>alert(1)</script>'],
  ])('get, fork and delete refuse %s', async (_, value) => {
    expect((await rejectionOf(anonymousCaller(db).scenario.get({ idOrSlug: value } as never))).code).toBe(
      'BAD_REQUEST',
    );
    expect((await rejectionOf(caller.scenario.fork({ idOrSlug: value } as never))).code).toBe('BAD_REQUEST');
    expect((await rejectionOf(caller.scenario.delete({ id: value } as never))).code).toBe('BAD_REQUEST');
  });

  it('refuses bad page requests', async () => {
    for (const input of [
      { limit: 0 },
      { limit: 1000 },
      { limit: Number.NaN },
      { cursor: 'not-a-uuid' },
      { cursor: huge },
    ]) {
      expect((await rejectionOf(caller.scenario.listMine(input as never))).code).toBe('BAD_REQUEST');
      expect((await rejectionOf(anonymousCaller(db).scenario.gallery(input as never))).code).toBe(
        'BAD_REQUEST',
      );
    }
    // A well-formed cursor that matches nothing is an empty page, not an error.
    expect((await caller.scenario.listMine({ cursor: randomUUID() })).items).toEqual([]);
  });

  it.each([
    ['a 10 MB state', huge],
    ['garbage', 'v1.!!!!'],
    ['a wrong version', 'v9.abc'],
    ['a number', 5],
    ['an empty state', ''],
  ])('decodeShared refuses %s', async (_, state) => {
    const error = await rejectionOf(anonymousCaller(db).scenario.decodeShared({ state } as never));
    expect(error.code).toBe('BAD_REQUEST');
  });

  it('maps an engine refusal to BAD_REQUEST with its code and field', async () => {
    const error = await rejectionOf(
      caller.scenario.create(
        position({ leverage: '150', maintenance: { kind: 'tiers', preset: 'binance-btcusdt' } }) as never,
      ),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toMatchObject({ code: 'INVALID_LEVERAGE', field: 'position.leverage' });
  });
});
