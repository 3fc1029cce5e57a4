import { lessonCatalog } from '@liqlab/content/lessons/lesson-catalog';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { validScenario } from '@liqlab/scenario/testing/scenario-test-fixtures';
import { afterAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import {
  ANONYMOUS_READS_PER_MINUTE,
  QUIZ_STARTS_PER_MINUTE,
  REVIEW_READS_PER_MINUTE,
} from '../rate-limit/call-limits';
import { createCaller } from '../root';
import { newUser, rejectionOf } from './scenario-test-helpers';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const anonymousAt = (clientIp: string | null) => createCaller(createContextInner({ db, clientIp }));
const randomIp = () => `198.51.100.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`;

async function sharedScenario() {
  const owner = await newUser(db);
  const created = await owner.caller.scenario.create({ ...validScenario(), visibility: 'UNLISTED' });
  const stored = async () =>
    (await db.scenario.findUniqueOrThrow({ where: { id: created.id }, select: { viewCount: true } }))
      .viewCount;
  return { created, stored };
}

describe('views count once per viewer per period', () => {
  it('150 reads by one signed-in viewer add one view; another viewer adds one more', async () => {
    const { created, stored } = await sharedScenario();
    const viewer = await newUser(db);
    for (let i = 0; i < 150; i++) await viewer.caller.scenario.get({ idOrSlug: created.slug });
    expect(await stored()).toBe(1);
    const again = await viewer.caller.scenario.get({ idOrSlug: created.slug });
    expect(again.viewCount).toBe(1);
    await (await newUser(db)).caller.scenario.get({ idOrSlug: created.slug });
    expect(await stored()).toBe(2);
  });

  it('a visitor without a session is told apart by a known address, else counted each time', async () => {
    const { created, stored } = await sharedScenario();
    const ip = randomIp();
    for (let i = 0; i < 5; i++) await anonymousAt(ip).scenario.get({ idOrSlug: created.slug });
    expect(await stored()).toBe(1);
    for (let i = 0; i < 3; i++) await anonymousAt(null).scenario.get({ idOrSlug: created.slug });
    expect(await stored()).toBe(4);
  });

  it('a shared page reports its view from the browser (recordView), under the same rule; the owner and strangers to a private one add none', async () => {
    const { created, stored } = await sharedScenario();
    const viewer = await newUser(db);
    for (let i = 0; i < 5; i++) await viewer.caller.scenario.recordView({ idOrSlug: created.slug });
    expect(await stored()).toBe(1);
    const ip = randomIp();
    for (let i = 0; i < 3; i++) await anonymousAt(ip).scenario.recordView({ idOrSlug: created.slug });
    for (let i = 0; i < 2; i++) await anonymousAt(null).scenario.recordView({ idOrSlug: created.slug });
    expect(await stored()).toBe(4);
    const owner = await newUser(db);
    const mine = await owner.caller.scenario.create({ ...validScenario(), visibility: 'PRIVATE' });
    expect(await owner.caller.scenario.recordView({ idOrSlug: mine.slug })).toEqual({ counted: false });
    expect((await rejectionOf(viewer.caller.scenario.recordView({ idOrSlug: mine.slug }))).code).toBe(
      'NOT_FOUND',
    );
    // An unlisted scenario opens by its slug alone, so a view by its id is no view.
    expect((await rejectionOf(viewer.caller.scenario.recordView({ idOrSlug: created.id }))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await db.scenario.findUniqueOrThrow({ where: { id: mine.id }, select: { viewCount: true } }))
        .viewCount,
    ).toBe(0);
  });
});

describe('call limits', () => {
  it(`quiz starts: ${QUIZ_STARTS_PER_MINUTE} a minute per user, then TOO_MANY_REQUESTS`, async () => {
    const a = await newUser(db);
    const quizId = lessonCatalog[0]!.slug;
    for (let i = 0; i < QUIZ_STARTS_PER_MINUTE; i++) await a.caller.quiz.start({ quizId });
    const limited = await rejectionOf(a.caller.quiz.start({ quizId }));
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(await db.quizAttempt.count({ where: { userId: a.userId } })).toBe(QUIZ_STARTS_PER_MINUTE);
    await (await newUser(db)).caller.quiz.start({ quizId });
  });

  it(`review sessions: ${REVIEW_READS_PER_MINUTE} a minute per user, then TOO_MANY_REQUESTS`, async () => {
    const a = await newUser(db);
    for (let i = 0; i < REVIEW_READS_PER_MINUTE; i++) await a.caller.review.due({});
    expect((await rejectionOf(a.caller.review.due({}))).code).toBe('TOO_MANY_REQUESTS');
  });

  it(`reads without a session: ${ANONYMOUS_READS_PER_MINUTE} a minute per known address`, async () => {
    const { created } = await sharedScenario();
    const ip = randomIp();
    for (let i = 0; i < ANONYMOUS_READS_PER_MINUTE; i++) {
      await anonymousAt(ip).scenario.get({ idOrSlug: created.slug, countView: false });
    }
    const limited = await rejectionOf(anonymousAt(ip).scenario.gallery({}));
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    // Another address, and callers whose address is unknown, are not held by that bucket.
    await anonymousAt(randomIp()).scenario.gallery({});
    for (let i = 0; i < 5; i++) await anonymousAt(null).scenario.gallery({});
  });
});
