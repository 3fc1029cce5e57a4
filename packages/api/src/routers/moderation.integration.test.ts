import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIO_REPORTS_PER_MINUTE } from '../rate-limit/call-limits';
import { type ModerationCursor, moderationQueuePage } from '../repositories/moderation-repository';
import { DEFAULT_REPORT_THRESHOLD } from '../scenarios/scenario-moderation';
import { moderationQueueInput } from '../scenarios/scenario-procedure-inputs';
import { anonymousCaller, newUser, rejectionOf, visibleError } from './scenario-test-helpers';

// Reporting public scenarios, the threshold that sends one to review, and administrators' decisions.

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

type Caller = Awaited<ReturnType<typeof newUser>>['caller'];

/** A public scenario with a title no other test uses, and its owner. */
async function publicScenario(visibility: 'PUBLIC' | 'UNLISTED' | 'PRIVATE' = 'PUBLIC') {
  const owner = await newUser(db);
  const tag = randomUUID().slice(0, 8);
  const scenario = await owner.caller.scenario.create({
    ...validScenario({ title: `Reported ${tag}` }),
    visibility,
  });
  return { owner, scenario, tag };
}

const inGallery = async (tag: string) =>
  (await anonymousCaller(db).scenario.gallery({ search: tag })).items.map((item) => item.title);

type Section = 'PENDING_REVIEW' | 'VISIBLE' | 'HIDDEN';

/** A scenario's entry in a section of the queue, found by following the pages as the moderation page does. */
async function queued(caller: Caller, section: Section, id: string) {
  let after: string | undefined;
  for (;;) {
    const page = await caller.moderation.queue({ section, after });
    const found = page.items.find((item) => item.id === id);
    if (found || page.nextCursor === null) return found;
    after = page.nextCursor;
  }
}

async function reporters(count: number, options: { reportThreshold?: number } = {}): Promise<Caller[]> {
  return Promise.all(Array.from({ length: count }, async () => (await newUser(db, options)).caller));
}

describe('reporting a public scenario', () => {
  it(`sends it to review at ${DEFAULT_REPORT_THRESHOLD} distinct reporters: out of the gallery, withheld from strangers, kept for its owner`, async () => {
    const { owner, scenario, tag } = await publicScenario();
    const [first, second, third] = await reporters(DEFAULT_REPORT_THRESHOLD);
    expect(await first!.scenario.report({ idOrSlug: scenario.slug, reason: 'SPAM' })).toEqual({
      moderationState: 'VISIBLE',
    });
    expect(await second!.scenario.report({ idOrSlug: scenario.id, reason: 'OFFENSIVE' })).toEqual({
      moderationState: 'VISIBLE',
    });
    // Below the threshold nothing changes for anyone.
    expect(await inGallery(tag)).toEqual([scenario.title]);
    expect((await anonymousCaller(db).scenario.get({ idOrSlug: scenario.slug })).title).toBe(scenario.title);

    expect(
      await third!.scenario.report({ idOrSlug: scenario.slug, reason: 'OTHER', note: '  rude words  ' }),
    ).toEqual({ moderationState: 'PENDING_REVIEW' });
    expect(await inGallery(tag)).toEqual([]);
    for (const stranger of [anonymousCaller(db), first!, (await newUser(db)).caller]) {
      const refused = visibleError(await rejectionOf(stranger.scenario.get({ idOrSlug: scenario.slug })));
      expect(refused).toMatchObject({ code: 'FORBIDDEN', appCode: 'UNDER_REVIEW' });
      expect(refused.message).toContain('reviewed');
      expect(
        visibleError(await rejectionOf(stranger.scenario.recordView({ idOrSlug: scenario.slug }))).appCode,
      ).toBe('UNDER_REVIEW');
    }
    const outsider = await newUser(db);
    expect(
      visibleError(await rejectionOf(outsider.caller.scenario.fork({ idOrSlug: scenario.slug }))).appCode,
    ).toBe('UNDER_REVIEW');
    const mine = await owner.caller.scenario.get({ idOrSlug: scenario.slug });
    expect(mine).toMatchObject({ title: scenario.title, moderationState: 'PENDING_REVIEW', isMine: true });
    // Moderation is not an edit: the owner's version and last change stay as they were.
    expect(mine.version).toBe(scenario.version);
    expect(mine.updatedAt).toBe(scenario.updatedAt);
    expect((await owner.caller.scenario.listMine()).items[0]?.moderationState).toBe('PENDING_REVIEW');
    const stored = await db.scenarioReport.findMany({
      where: { scenarioId: scenario.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(stored.map((report) => report.reason)).toEqual(['SPAM', 'OFFENSIVE', 'OTHER']);
    expect(stored[2]?.note).toBe('rude words');
  });

  it('takes its threshold from the context (LIQLAB_REPORT_THRESHOLD)', async () => {
    const { scenario, tag } = await publicScenario();
    const [only] = await reporters(1, { reportThreshold: 1 });
    expect(await only!.scenario.report({ idOrSlug: scenario.slug, reason: 'MISLEADING' })).toEqual({
      moderationState: 'PENDING_REVIEW',
    });
    expect(await inGallery(tag)).toEqual([]);
  });

  it('counts concurrent last reports: the threshold is reached even when they arrive together', async () => {
    const { scenario } = await publicScenario();
    const callers = await reporters(DEFAULT_REPORT_THRESHOLD);
    const results = await Promise.all(
      callers.map((caller) => caller.scenario.report({ idOrSlug: scenario.slug, reason: 'SPAM' })),
    );
    expect(results.filter((result) => result.moderationState === 'PENDING_REVIEW')).toHaveLength(1);
    const row = await db.scenario.findUniqueOrThrow({ where: { id: scenario.id } });
    expect(row.moderationState).toBe('PENDING_REVIEW');
  });

  it('refuses a second report by the same learner, and it does not count twice', async () => {
    const { scenario, tag } = await publicScenario();
    const { caller, userId } = await newUser(db, { reportThreshold: 2 });
    await caller.scenario.report({ idOrSlug: scenario.slug, reason: 'SPAM' });
    const again = visibleError(
      await rejectionOf(caller.scenario.report({ idOrSlug: scenario.id, reason: 'OFFENSIVE' })),
    );
    expect(again).toMatchObject({ code: 'CONFLICT', appCode: 'ALREADY_REPORTED' });
    expect(again.message).toContain('reported this scenario already');
    expect(await inGallery(tag)).toEqual([scenario.title]);
    expect(await caller.scenario.myReport({ idOrSlug: scenario.slug })).toMatchObject({ reason: 'SPAM' });
    expect(await db.scenarioReport.count({ where: { scenarioId: scenario.id, reporterId: userId } })).toBe(1);
    expect(await (await newUser(db)).caller.scenario.myReport({ idOrSlug: scenario.slug })).toBeNull();
  });

  it('refuses my own scenario, private and unlisted ones, guests and visitors without a session', async () => {
    const { owner, scenario } = await publicScenario();
    const own = visibleError(
      await rejectionOf(owner.caller.scenario.report({ idOrSlug: scenario.slug, reason: 'SPAM' })),
    );
    expect(own).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('your own scenario') });

    const reporter = (await newUser(db)).caller;
    const { scenario: privateOne } = await publicScenario('PRIVATE');
    const hiddenPrivate = visibleError(
      await rejectionOf(reporter.scenario.report({ idOrSlug: privateOne.slug, reason: 'SPAM' })),
    );
    const missing = visibleError(
      await rejectionOf(reporter.scenario.report({ idOrSlug: 'AAAAAAAAAAAAAAAAAAAAAA', reason: 'SPAM' })),
    );
    // Someone else's private scenario is answered exactly like a missing one.
    expect(hiddenPrivate).toEqual(missing);
    expect(missing.code).toBe('NOT_FOUND');

    const { scenario: unlisted } = await publicScenario('UNLISTED');
    const refusedUnlisted = visibleError(
      await rejectionOf(reporter.scenario.report({ idOrSlug: unlisted.slug, reason: 'SPAM' })),
    );
    expect(refusedUnlisted).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('public gallery'),
    });

    const guest = (await newUser(db, { isGuest: true })).caller;
    for (const caller of [guest, anonymousCaller(db)]) {
      expect(
        (await rejectionOf(caller.scenario.report({ idOrSlug: scenario.slug, reason: 'SPAM' }))).code,
      ).toBe('UNAUTHORIZED');
      expect((await rejectionOf(caller.scenario.myReport({ idOrSlug: scenario.slug }))).code).toBe(
        'UNAUTHORIZED',
      );
    }
    expect(
      await db.scenarioReport.count({
        where: { scenarioId: { in: [scenario.id, privateOne.id, unlisted.id] } },
      }),
    ).toBe(0);
  });

  it(`allows ${SCENARIO_REPORTS_PER_MINUTE} reports a minute per account, then TOO_MANY_REQUESTS`, async () => {
    const { caller } = await newUser(db);
    // Reports of missing scenarios are the cheapest; they count like any other.
    const missing = { idOrSlug: 'AAAAAAAAAAAAAAAAAAAAAA', reason: 'SPAM' } as const;
    for (let i = 0; i < SCENARIO_REPORTS_PER_MINUTE; i++) {
      expect((await rejectionOf(caller.scenario.report(missing))).code).toBe('NOT_FOUND');
    }
    const limited = await rejectionOf(caller.scenario.report(missing));
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(limited.cause).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('refuses bad reports in plain words', async () => {
    const { scenario } = await publicScenario();
    const reporter = (await newUser(db)).caller;
    const message = async (input: object) =>
      visibleError(
        await rejectionOf(reporter.scenario.report({ idOrSlug: scenario.slug, ...input } as never)),
      ).message;
    expect(await message({ reason: 'BORING' })).toContain('Pick a reason from the list');
    expect(await message({ reason: 'SPAM', note: 'x'.repeat(501) })).toContain('at most 500 characters');
    expect(await message({ reason: 'OTHER' })).toContain('Say in a few words');
    expect(await message({ reason: 'OTHER', note: '   ' })).toContain('Say in a few words');
    expect(await message({ reason: 'SPAM', note: 'nul \u0000 here' })).toContain('cannot be stored');
    expect(await db.scenarioReport.count({ where: { scenarioId: scenario.id } })).toBe(0);
  });
});

describe('administrators', () => {
  async function pendingScenario() {
    const subject = await publicScenario();
    const callers = await reporters(DEFAULT_REPORT_THRESHOLD);
    const notes = ['spam link', '', 'ads'];
    for (const [index, caller] of callers.entries()) {
      await caller.scenario.report({
        idOrSlug: subject.scenario.slug,
        reason: index === 1 ? 'OFFENSIVE' : 'SPAM',
        note: notes[index],
      });
    }
    return { ...subject, reporters: callers };
  }

  it('are the only ones who list, hide or restore: accounts get FORBIDDEN, guests and visitors UNAUTHORIZED', async () => {
    const { scenario } = await pendingScenario();
    const account = (await newUser(db)).caller;
    const guest = (await newUser(db, { isGuest: true })).caller;
    const calls = (caller: Caller) => [
      () => caller.moderation.queue({ section: 'PENDING_REVIEW' }),
      () => caller.moderation.hide({ scenarioId: scenario.id }),
      () => caller.moderation.restore({ scenarioId: scenario.id }),
    ];
    for (const call of calls(account)) {
      const refused = visibleError(await rejectionOf(call()));
      expect(refused).toEqual({
        code: 'FORBIDDEN',
        appCode: 'FORBIDDEN',
        message: 'Only administrators can do this.',
      });
    }
    for (const caller of [guest, anonymousCaller(db)]) {
      for (const call of calls(caller)) expect((await rejectionOf(call())).code).toBe('UNAUTHORIZED');
    }
    const row = await db.scenario.findUniqueOrThrow({ where: { id: scenario.id } });
    expect(row).toMatchObject({ moderationState: 'PENDING_REVIEW', moderatedById: null, moderatedAt: null });
  });

  it('see the queue with counts, reasons and notes, the scenario itself, and hide it', async () => {
    const { owner, scenario, tag } = await pendingScenario();
    const admin = await newUser(db, { isAdmin: true });
    const inQueue = await queued(admin.caller, 'PENDING_REVIEW', scenario.id);
    expect(inQueue).toMatchObject({
      slug: scenario.slug,
      title: scenario.title,
      moderationState: 'PENDING_REVIEW',
      ownerName: 'Test learner',
      openReports: 3,
      totalReports: 3,
      reasons: [
        { reason: 'SPAM', count: 2 },
        { reason: 'OFFENSIVE', count: 1 },
      ],
      moderatedBy: null,
    });
    expect(inQueue?.notes.map((note) => note.note).sort()).toEqual(['ads', 'spam link']);
    // An administrator opens a scenario in review to judge it.
    expect((await admin.caller.scenario.get({ idOrSlug: scenario.slug })).moderationState).toBe(
      'PENDING_REVIEW',
    );

    const decision = await admin.caller.moderation.hide({ scenarioId: scenario.id });
    expect(decision).toMatchObject({ id: scenario.id, moderationState: 'HIDDEN' });
    const refused = visibleError(
      await rejectionOf(anonymousCaller(db).scenario.get({ idOrSlug: scenario.slug })),
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', appCode: 'HIDDEN_BY_MODERATION' });
    expect(refused.message).toContain('moderator hid');
    expect(await inGallery(tag)).toEqual([]);
    expect((await owner.caller.scenario.get({ idOrSlug: scenario.slug })).moderationState).toBe('HIDDEN');
    const hidden = await queued(admin.caller, 'HIDDEN', scenario.id);
    expect(hidden).toMatchObject({ moderationState: 'HIDDEN', openReports: 0, totalReports: 3 });
    expect(hidden?.moderatedBy).toContain(admin.email);
    // Nobody can report it further while it is hidden.
    const late = visibleError(
      await rejectionOf(
        (await newUser(db)).caller.scenario.report({ idOrSlug: scenario.slug, reason: 'SPAM' }),
      ),
    );
    expect(late.appCode).toBe('HIDDEN_BY_MODERATION');
  });

  it('restore a scenario: back in the gallery, its old reports reviewed, its reporters cannot send it back', async () => {
    const { scenario, tag, reporters: earlier } = await pendingScenario();
    const admin = await newUser(db, { isAdmin: true });
    expect(await admin.caller.moderation.restore({ scenarioId: scenario.id })).toMatchObject({
      moderationState: 'VISIBLE',
    });
    expect(await inGallery(tag)).toEqual([scenario.title]);
    expect((await anonymousCaller(db).scenario.get({ idOrSlug: scenario.slug })).moderationState).toBe(
      'VISIBLE',
    );
    for (const caller of earlier) {
      const again = visibleError(
        await rejectionOf(caller.scenario.report({ idOrSlug: scenario.slug, reason: 'SPAM' })),
      );
      expect(again.appCode).toBe('ALREADY_REPORTED');
    }
    // Only reports filed after the decision count toward the next review.
    const [fresh] = await reporters(1);
    expect(await fresh!.scenario.report({ idOrSlug: scenario.slug, reason: 'SPAM' })).toEqual({
      moderationState: 'VISIBLE',
    });
    const reported = await queued(admin.caller, 'VISIBLE', scenario.id);
    expect(reported).toMatchObject({ moderationState: 'VISIBLE', openReports: 1, totalReports: 4 });
    expect(await db.scenarioReport.count({ where: { scenarioId: scenario.id, reviewedAt: null } })).toBe(1);
  });

  it('hide and restore any scenario by id; an unknown id is NOT_FOUND; a revoked role stops at once', async () => {
    const { scenario, tag } = await publicScenario();
    const admin = await newUser(db, { isAdmin: true });
    await admin.caller.moderation.hide({ scenarioId: scenario.id });
    expect(await inGallery(tag)).toEqual([]);
    await admin.caller.moderation.restore({ scenarioId: scenario.id });
    expect(await inGallery(tag)).toEqual([scenario.title]);
    expect((await rejectionOf(admin.caller.moderation.hide({ scenarioId: randomUUID() }))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      visibleError(await rejectionOf(admin.caller.moderation.hide({ scenarioId: 'nope' } as never))).code,
    ).toBe('BAD_REQUEST');

    await db.user.update({ where: { id: admin.userId }, data: { role: 'USER' } });
    expect((await rejectionOf(admin.caller.moderation.queue({ section: 'HIDDEN' }))).code).toBe('FORBIDDEN');
  });

  it('pages a long section so that every scenario in it is on exactly one page', async () => {
    const admin = await newUser(db, { isAdmin: true });
    const mine = await Promise.all(Array.from({ length: 5 }, () => publicScenario()));
    const ids = mine.map(({ scenario }) => scenario.id);
    // Straight to review, as three reports each would send them (the reporting path is tested above).
    await db.scenario.updateMany({ where: { id: { in: ids } }, data: { moderationState: 'PENDING_REVIEW' } });
    const seen: string[] = [];
    let after: ModerationCursor | undefined;
    let pages = 0;
    for (;;) {
      const page = await moderationQueuePage(db, { section: 'PENDING_REVIEW', after, pageSize: 2 });
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.items.every((item) => item.moderationState === 'PENDING_REVIEW')).toBe(true);
      seen.push(...page.items.map((item) => item.id));
      pages += 1;
      if (page.nextCursor === null) {
        expect(seen.length).toBe(page.total);
        break;
      }
      after = moderationQueueInput.parse({ section: 'PENDING_REVIEW', after: page.nextCursor }).after;
    }
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
    // The router's pages (50 each) reach the same scenarios.
    for (const id of ids) expect(await queued(admin.caller, 'PENDING_REVIEW', id)).toBeDefined();
  });

  it('refuses a page boundary it did not hand out, in plain words', async () => {
    const admin = await newUser(db, { isAdmin: true });
    for (const after of ['nonsense', '2026-13-45T00:00:00.000Z~not-an-id', `x~${randomUUID()}`]) {
      const refused = visibleError(
        await rejectionOf(admin.caller.moderation.queue({ section: 'PENDING_REVIEW', after })),
      );
      expect(refused.code).toBe('BAD_REQUEST');
      expect(refused.message).toContain('That page of the queue does not exist. Start from the first page.');
    }
  });
});

describe('the account menu’s moderation link', () => {
  it('is offered to administrators only: accounts, guests and visitors are told no', async () => {
    const admin = await newUser(db, { isAdmin: true });
    expect(await admin.caller.account.isAdministrator()).toBe(true);
    expect(await (await newUser(db)).caller.account.isAdministrator()).toBe(false);
    expect(await (await newUser(db, { isGuest: true })).caller.account.isAdministrator()).toBe(false);
    expect(await anonymousCaller(db).account.isAdministrator()).toBe(false);
    // A revoked role takes the link away at the next read.
    await db.user.update({ where: { id: admin.userId }, data: { role: 'USER' } });
    expect(await admin.caller.account.isAdministrator()).toBe(false);
  });
});
