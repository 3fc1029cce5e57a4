// Fuzz of the scenario API through createCaller on a real database: create, update, get,
// decodeShared and report with generated input (valid, borderline, garbage). Every call must succeed with a
// consistent answer or fail with a typed client error — never INTERNAL_SERVER_ERROR, never anything
// that is not a TRPCError. Seeded: fast-check prints the seed and the path; rerun with FUZZ_SEED=<seed>.
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { decodeScenarioState, encodeScenarioState } from '@liqlab/scenario/scenario-state-codec';
import { validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_REPORTS_PER_MINUTE, SCENARIO_WRITES_PER_MINUTE } from '../rate-limit/call-limits';
import { anonymousCaller, newUser } from '../routers/scenario-test-helpers';
import type { ScenarioDto } from '../scenarios/scenario-dto';
import { createScenarioInput, updateScenarioInput } from '../scenarios/scenario-procedure-inputs';
import { anyScenario, garbageValue, idOrSlugValue, sharedState } from './scenario-arbitraries';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const ALLOWED = new Set([
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
]);
/** Reporting adds the refusals of moderation: my own scenario, one not in the gallery, one withheld. */
const REPORT_ALLOWED = new Set([...ALLOWED, 'FORBIDDEN']);
const TIMEOUT = 240_000;

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

type Caller = Awaited<ReturnType<typeof newUser>>['caller'];

/** Writers rotate before the per-user rate limit, so most writes reach validation and the database. */
class Writers {
  private current: { caller: Caller; userId: string; isGuest: boolean; writes: number } | null = null;
  private count = 0;

  async next(): Promise<{ caller: Caller; userId: string; isGuest: boolean }> {
    if (!this.current || this.current.writes >= SCENARIO_WRITES_PER_MINUTE - 5) {
      const isGuest = this.count++ % 2 === 0;
      const { caller, userId } = await newUser(db, { isGuest });
      this.current = { caller, userId, isGuest, writes: 0 };
    }
    this.current.writes++;
    return this.current;
  }
}

/** Runs one call: its value, or its typed client error. Anything else fails the property. */
async function outcome<T>(
  call: () => Promise<T>,
  allowed: ReadonlySet<string> = ALLOWED,
): Promise<{ ok: true; value: T } | { ok: false; error: TRPCError }> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (!(error instanceof TRPCError)) {
      throw new Error(`not a TRPCError: ${String(error)}`, { cause: error });
    }
    if (!allowed.has(error.code)) {
      throw new Error(`${error.code}: ${error.message} (cause: ${String(error.cause)})`, { cause: error });
    }
    return { ok: false, error };
  }
}

async function check<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => Promise<void>) {
  const result = await fc.check(fc.asyncProperty(arbitrary, predicate), { seed: SEED, numRuns });
  if (result.failed) {
    const cause =
      result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    throw new Error(`${fc.defaultReportMessage(result)}\nError: ${cause}\nReplay with FUZZ_SEED=${SEED}.`);
  }
}

/**
 * JSON numbers (a path's horizonDays/horizonHours) come back from the database with at most 15–16
 * significant digits: 0.30000000000000004 is stored as 0.3 (PostgreSQL itself keeps all 17; the loss is
 * on Prisma's JSON write). Reported; until the schema bounds those fields' precision, the fuzz compares
 * them at 15 digits. Every decimal field is a string and must come back exactly.
 */
function at15Digits(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(15));
  if (Array.isArray(value)) return value.map(at15Digits);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, at15Digits(v)]));
  }
  return value;
}

const tally = { created: 0, updated: 0, decoded: 0, found: 0, reported: 0, refused: 0 };

describe('scenario API fuzz (fast-check, seeded, createCaller on a real database)', () => {
  const writers = new Writers();
  const saved: ScenarioDto[] = [];
  const byClientKey = new Map<string, ScenarioDto>();

  beforeAll(async () => {
    const { caller } = await newUser(db);
    saved.push(await caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' }));
  });

  it(
    'create: 700 generated scenarios',
    async () => {
      await check(anyScenario, 700, async (input) => {
        const writer = await writers.next();
        const result = await outcome(() => writer.caller.scenario.create(input as never));
        if (!result.ok) {
          tally.refused++;
          return;
        }
        tally.created++;
        const parsed = createScenarioInput.parse(input);
        const dto = result.value;
        // Idempotent create: a clientKey the same user already saved with returns that scenario.
        const key = parsed.clientKey === undefined ? null : `${writer.userId}:${parsed.clientKey}`;
        const earlier = key === null ? undefined : byClientKey.get(key);
        if (earlier) {
          expect(dto).toEqual(earlier);
          return;
        }
        if (key !== null) byClientKey.set(key, dto);
        // Accepted only what the schema accepts, and stored exactly what it parsed.
        expect(dto.version).toBe(1);
        expect(dto.isMine).toBe(true);
        expect(dto.title).toBe(parsed.title);
        expect(dto.notes).toBe(parsed.notes);
        expect(dto.visibility).toBe(parsed.visibility);
        expect(dto.position).toEqual(JSON.parse(JSON.stringify(parsed.position)));
        expect(at15Digits(dto.path)).toEqual(at15Digits(JSON.parse(JSON.stringify(parsed.path))));
        expect(writer.isGuest && dto.visibility === 'PUBLIC').toBe(false);
        if (saved.length < 50) saved.push(dto);
      });
      expect(tally.created).toBeGreaterThan(50);
    },
    TIMEOUT,
  );

  it(
    'update: 400 generated edits by owners and strangers, current and stale versions',
    async () => {
      // Ten owners with one scenario each: 400 edits stay under each owner's write limit.
      const targets: { caller: Caller; dto: ScenarioDto }[] = [];
      for (let i = 0; i < 10; i++) {
        const { caller } = await newUser(db, { isGuest: i % 2 === 0 });
        targets.push({ caller, dto: await caller.scenario.create(validScenario()) });
      }
      const stranger = (await newUser(db)).caller;
      const edit = fc.record({
        target: fc.nat(),
        by: fc.constantFrom('owner', 'owner', 'owner', 'stranger'),
        version: fc.oneof(
          fc.constant('current'),
          fc.constant('current'),
          fc.integer({ min: -2, max: 5 }),
          garbageValue,
        ),
        changes: fc.oneof(
          anyScenario.map((s) => (s && typeof s === 'object' ? { ...(s as object) } : { title: s })),
          fc.record({ title: fc.string({ maxLength: 130 }) }),
          fc.record({
            notes: fc.string({ maxLength: 50 }),
            visibility: fc.constantFrom('PRIVATE', 'UNLISTED'),
          }),
        ),
        id: fc.oneof(fc.constant('saved'), fc.constant('saved'), fc.uuid(), garbageValue),
      });
      await check(edit, 400, async ({ target, by, version, changes, id }) => {
        const entry = targets[target % targets.length]!;
        const caller = by === 'owner' ? entry.caller : stranger;
        const { clientKey: _k, ...patch } = changes as Record<string, unknown>;
        const input = {
          ...patch,
          id: id === 'saved' ? entry.dto.id : id,
          version: version === 'current' ? entry.dto.version : version,
        };
        const result = await outcome(() => caller.scenario.update(input as never));
        if (!result.ok) {
          tally.refused++;
          // A stale version of one's own scenario is a conflict, never an overwrite.
          if (by === 'owner' && id === 'saved' && result.error.code === 'CONFLICT') {
            expect(input.version).not.toBe(entry.dto.version);
          }
          return;
        }
        tally.updated++;
        // Only the owner's edit of the version they read lands, and it bumps the version by one.
        expect(by).toBe('owner');
        expect(input.version).toBe(entry.dto.version);
        const parsed = updateScenarioInput.parse(input);
        expect(result.value.version).toBe(parsed.version + 1);
        expect(result.value.isMine).toBe(true);
        if (parsed.title !== undefined) expect(result.value.title).toBe(parsed.title);
        entry.dto = result.value;
      });
      expect(tally.updated).toBeGreaterThan(20);
    },
    TIMEOUT,
  );

  it(
    'decodeShared: 1,000 generated share links',
    async () => {
      const caller = anonymousCaller(db);
      await check(sharedState, 1000, async (state) => {
        const result = await outcome(() => caller.scenario.decodeShared({ state } as never));
        if (!result.ok) {
          tally.refused++;
          return;
        }
        tally.decoded++;
        // What comes back is what the link holds, and it survives another round trip unchanged.
        expect(result.value).toEqual(decodeScenarioState(state));
        expect(decodeScenarioState(encodeScenarioState(result.value))).toEqual(result.value);
      });
      expect(tally.decoded).toBeGreaterThan(50);
    },
    TIMEOUT,
  );

  it(
    'get: 600 lookups by id, slug and garbage, by owners, strangers and anonymous viewers',
    async () => {
      const lookup = fc.record({
        target: fc.nat(),
        by: fc.constantFrom('id', 'slug', 'upper-id', 'other'),
        other: idOrSlugValue,
        viewer: fc.constantFrom('anonymous', 'stranger'),
      });
      const stranger = (await newUser(db)).caller;
      await check(lookup, 600, async ({ target, by, other, viewer }) => {
        const scenario = saved[target % saved.length]!;
        const idOrSlug =
          by === 'id'
            ? scenario.id
            : by === 'slug'
              ? scenario.slug
              : by === 'upper-id'
                ? scenario.id.toUpperCase()
                : other;
        const caller = viewer === 'anonymous' ? anonymousCaller(db) : stranger;
        const result = await outcome(() => caller.scenario.get({ idOrSlug } as never));
        if (!result.ok) {
          tally.refused++;
          // A public scenario must be found by its id and slug; an unlisted one by its slug.
          const shouldFind =
            (by !== 'other' && scenario.visibility === 'PUBLIC') ||
            (by === 'slug' && scenario.visibility === 'UNLISTED');
          if (shouldFind) expect(result.error.code).not.toBe('NOT_FOUND');
          return;
        }
        tally.found++;
        // Never someone else's private scenario, and only the one asked for.
        expect(result.value.visibility).not.toBe('PRIVATE');
        expect(result.value.isMine).toBe(false);
        // Never an unlisted scenario by its id, which is not a share link.
        if (by === 'id' || by === 'upper-id') expect(result.value.visibility).toBe('PUBLIC');
        if (by !== 'other') expect(result.value.id).toBe(scenario.id);
      });
      expect(tally.found).toBeGreaterThan(50);
    },
    TIMEOUT,
  );

  it(
    'report: 300 generated reports by id, slug and garbage, with garbage reasons and notes',
    async () => {
      const report = fc.record({
        target: fc.nat(),
        by: fc.constantFrom('id', 'slug', 'other'),
        other: idOrSlugValue,
        reason: fc.oneof(
          fc.constantFrom('SPAM', 'OFFENSIVE', 'MISLEADING', 'PERSONAL_INFORMATION', 'OTHER'),
          garbageValue,
        ),
        note: fc.oneof(fc.string({ maxLength: 600, unit: 'binary' }), garbageValue, fc.constant(undefined)),
      });
      // Targets of every visibility; a threshold out of reach keeps the public ones reportable.
      const owner = (await newUser(db)).caller;
      const targets: ScenarioDto[] = [];
      for (const visibility of ['PUBLIC', 'PUBLIC', 'PUBLIC', 'PUBLIC', 'UNLISTED', 'PRIVATE'] as const) {
        targets.push(await owner.scenario.create({ ...validScenario(), visibility }));
      }
      const reporterOptions = { reportThreshold: 1_000 };
      let reporter = await newUser(db, reporterOptions);
      let reports = 0;
      await check(report, 300, async ({ target, by, other, reason, note }) => {
        if (++reports > SCENARIO_REPORTS_PER_MINUTE - 2) {
          reporter = await newUser(db, reporterOptions);
          reports = 1;
        }
        const scenario = targets[target % targets.length]!;
        const idOrSlug = by === 'id' ? scenario.id : by === 'slug' ? scenario.slug : other;
        const input = { idOrSlug, reason, ...(note === undefined ? {} : { note }) };
        const result = await outcome(() => reporter.caller.scenario.report(input as never), REPORT_ALLOWED);
        if (!result.ok) {
          tally.refused++;
          return;
        }
        tally.reported++;
        // Only a public scenario, found by its own id or slug, with a reason from the list.
        expect(by).not.toBe('other');
        expect(scenario.visibility).toBe('PUBLIC');
        expect(['SPAM', 'OFFENSIVE', 'MISLEADING', 'PERSONAL_INFORMATION', 'OTHER']).toContain(reason);
        expect(result.value.moderationState).toBe('VISIBLE');
      });
      expect(tally.reported).toBeGreaterThan(10);
    },
    TIMEOUT,
  );

  afterAll(() => {
    console.log(`scenario API fuzz (seed ${SEED}):`, tally);
  });
});
