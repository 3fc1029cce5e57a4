import { randomUUID } from 'node:crypto';
import { lessonCatalog } from '@liqlab/content/lessons/lesson-catalog';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { TRPCError } from '@trpc/server';
import { afterAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { markLessonRead } from '../progress/mark-lesson-read';
import { readDashboard } from '../progress/read-dashboard';
import { createCaller } from '../root';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

async function newLearner(isGuest = true) {
  const userId = `progress-${randomUUID()}`;
  await db.user.create({
    data: { id: userId, name: 'Learner', email: `${userId}@example.test`, isAnonymous: isGuest },
  });
  return { userId, caller: createCaller(createContextInner({ db, identity: { userId, isGuest } })) };
}

const courseOrder = [...lessonCatalog].sort((a, b) => a.order - b.order);
const at = (iso: string) => new Date(iso);

describe('progress router', () => {
  it('lists all thirteen lessons, not started, for a new learner', async () => {
    const { caller } = await newLearner();
    const dashboard = await caller.progress.dashboard();
    expect(dashboard.lessonCount).toBe(lessonCatalog.length);
    expect(dashboard.lessons.map((l) => l.slug)).toEqual(courseOrder.map((l) => l.slug));
    expect(dashboard.lessons.every((l) => l.mastery === 'NOT_STARTED' && l.firstReadAt === null)).toBe(true);
    expect(dashboard).toMatchObject({
      lessonsRead: 0,
      reviewDue: 0,
      streak: { current: 0, activeToday: false, lastActiveDay: null },
      nextStep: { kind: 'read-lesson', lesson: courseOrder[0]!.slug },
    });
  });

  it("answers a visitor without a session with a newcomer's dashboard, creating nobody", async () => {
    const visitor = createCaller(createContextInner({ db, identity: null }));
    const usersBefore = await db.user.count();
    const dashboard = await visitor.progress.dashboard();
    expect(dashboard).toMatchObject({ lessonsRead: 0, lessonCount: lessonCatalog.length, reviewDue: 0 });
    expect(dashboard.lessons.every((l) => l.firstReadAt === null)).toBe(true);
    expect(dashboard.nextStep).toMatchObject({ kind: 'read-lesson', lesson: courseOrder[0]!.slug });
    expect(await db.user.count()).toBe(usersBefore);
    // Storing progress still needs an identity (the client then creates a guest and retries).
    await expect(visitor.progress.markLessonRead({ slug: courseOrder[0]!.slug })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('marks a lesson read and then suggests its quiz', async () => {
    const { caller } = await newLearner(false);
    const read = await caller.progress.markLessonRead({ slug: courseOrder[0]!.slug });
    expect(read.lesson).toBe(courseOrder[0]!.slug);
    expect(read.firstReadAt).toBe(read.lastReadAt);
    const dashboard = await caller.progress.dashboard();
    expect(dashboard.lessonsRead).toBe(1);
    expect(dashboard.lessons[0]!.firstReadAt).toBe(read.firstReadAt);
    expect(dashboard.nextStep).toMatchObject({ kind: 'take-quiz', lesson: courseOrder[0]!.slug });
    expect(dashboard.streak).toMatchObject({ current: 1, activeToday: true });
    expect(dashboard).toMatchObject({ learner: 'account', reviewQueued: 0, upcomingReviews: [] });
  });

  it('refuses unknown slugs with a typed error', async () => {
    const { caller } = await newLearner();
    for (const slug of ['no-such-lesson', '../etc', 'x'.repeat(10_000), '']) {
      const error = await caller.progress.markLessonRead({ slug }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect(['NOT_FOUND', 'BAD_REQUEST']).toContain((error as TRPCError).code);
    }
    const wrongType = await caller.progress.markLessonRead({ slug: 7 as never }).catch((e: unknown) => e);
    expect((wrongType as TRPCError).code).toBe('BAD_REQUEST');
    expect(await db.lessonProgress.count({ where: { userId: (await newLearner()).userId } })).toBe(0);
  });
});

describe('lesson reads and streaks (clock pinned)', () => {
  it('keeps the first read time and moves the last one forward only', async () => {
    const { userId } = await newLearner();
    const slug = courseOrder[2]!.slug;
    await markLessonRead(db, { userId, slug, now: at('2026-03-01T10:00:00Z') });
    await markLessonRead(db, { userId, slug, now: at('2026-03-03T09:00:00Z') });
    // A late, out-of-order request cannot move the last read backwards.
    const read = await markLessonRead(db, { userId, slug, now: at('2026-03-02T09:00:00Z') });
    expect(read.firstReadAt).toEqual(at('2026-03-01T10:00:00Z'));
    expect(read.lastReadAt).toEqual(at('2026-03-03T09:00:00Z'));
  });

  it('counts consecutive UTC days, forgives today until it ends, resets after a missed day', async () => {
    const { userId } = await newLearner();
    const slug = courseOrder[0]!.slug;
    // 23:59 and 00:01 UTC are two different days; three days in a row.
    for (const iso of ['2026-03-01T23:59:00Z', '2026-03-02T00:01:00Z', '2026-03-03T12:00:00Z']) {
      await markLessonRead(db, { userId, slug, now: at(iso) });
    }
    const streakAt = async (iso: string) => (await readDashboard(db, { userId, now: at(iso) })).streak;
    expect(await streakAt('2026-03-03T23:00:00Z')).toEqual({
      current: 3,
      activeToday: true,
      lastActiveDay: '2026-03-03',
    });
    expect(await streakAt('2026-03-04T23:59:59Z')).toMatchObject({ current: 3, activeToday: false });
    expect(await streakAt('2026-03-05T00:00:00Z')).toMatchObject({ current: 0, lastActiveDay: '2026-03-03' });
  });
});
