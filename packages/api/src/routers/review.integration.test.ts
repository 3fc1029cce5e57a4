import { randomUUID } from 'node:crypto';
import { questionById, quizForLesson } from '@liqlab/content/quizzes/course';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import type { TRPCError } from '@trpc/server';
import { afterAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { ApiError } from '../errors/api-error';
import { readDashboard } from '../progress/read-dashboard';
import { startReview } from '../progress/start-review';
import { rightAnswer, wrongAnswer } from '../quizzes/__fixtures__/sample-answers';
import { answerQuestion } from '../quizzes/answer-question';
import { finishQuiz } from '../quizzes/finish-quiz';
import { startQuiz } from '../quizzes/start-quiz';
import { createCaller } from '../root';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const DAY = 86_400_000;
const T0 = new Date('2026-04-01T09:00:00Z');
const after = (days: number) => new Date(T0.getTime() + days * DAY);

async function newLearner() {
  const userId = `review-${randomUUID()}`;
  await db.user.create({
    data: { id: userId, name: 'Learner', email: `${userId}@example.test`, isAnonymous: true },
  });
  return userId;
}

/** A lesson quiz at T0 with the first `missCount` questions missed and the rest right. */
async function quizWithMisses(userId: string, lesson: string, missCount: number) {
  const seed = `quiz-seed-${randomUUID()}`;
  const started = await startQuiz(db, { userId, quizId: lesson, now: T0, seed });
  const missed: string[] = [];
  for (const [index, served] of started.questions.entries()) {
    const question = questionById(served.id)!;
    const miss = index < missCount;
    if (miss) missed.push(question.id);
    await answerQuestion(db, {
      userId,
      attemptId: started.attemptId,
      questionId: question.id,
      answer: miss ? wrongAnswer(question, seed) : rightAnswer(question, seed),
      now: T0,
      mode: 'quiz',
    });
  }
  const finished = await finishQuiz(db, { userId, attemptId: started.attemptId, now: T0 });
  return { missed, finished };
}

const lesson = quizForLesson('stop-losses')?.lesson ?? 'leverage-and-margin';

describe('review queue (clock pinned)', () => {
  it('schedules missed questions with FSRS and reschedules them on review', async () => {
    const userId = await newLearner();
    const { missed, finished } = await quizWithMisses(userId, lesson, 2);
    expect(finished.reviewCardsUpdated).toBe(2);

    // Nothing is due in the same sitting; both are due within two days.
    expect((await startReview(db, { userId, now: T0, limit: 10 })).attemptId).toBeNull();
    const session = await startReview(db, { userId, now: after(2), limit: 10, seed: 'review-seed-1' });
    expect(session.dueCount).toBe(2);
    expect(session.questions.map((q) => q.id).sort()).toEqual([...missed].sort());
    expect(JSON.stringify(session)).not.toMatch(/"(correct|explanation|explanations|hints|outcome)"/);

    // Right on the first card (Good), wrong again on the second (Again).
    const [first, second] = session.questions.map((q) => questionById(q.id)!);
    const good = await answerQuestion(db, {
      userId,
      attemptId: session.attemptId!,
      questionId: first!.id,
      answer: rightAnswer(first!, 'review-seed-1'),
      now: after(2),
      mode: 'review',
    });
    expect(good.correct).toBe(true);
    const again = await answerQuestion(db, {
      userId,
      attemptId: session.attemptId!,
      questionId: second!.id,
      answer: wrongAnswer(second!, 'review-seed-1'),
      now: after(2),
      mode: 'review',
    });
    expect(again.correct).toBe(false);
    expect(good.nextReviewAt!.getTime()).toBeGreaterThan(again.nextReviewAt!.getTime());
    expect(again.nextReviewAt!.getTime()).toBeGreaterThan(after(2).getTime());

    const cards = await db.reviewCard.findMany({ where: { userId }, orderBy: { questionId: 'asc' } });
    expect(cards.find((c) => c.questionId === first!.id)).toMatchObject({ reps: 2, lapses: 0 });
    expect(cards.find((c) => c.questionId === second!.id)).toMatchObject({ reps: 2 });

    // Deterministic: the same history in another account gives the same schedule.
    const twin = await newLearner();
    await quizWithMisses(twin, lesson, 2);
    const schedule = async (id: string) =>
      (await db.reviewCard.findMany({ where: { userId: id }, orderBy: { questionId: 'asc' } })).map((c) => [
        c.questionId,
        c.due.toISOString(),
        c.stability,
      ]);
    const twinSchedule = await schedule(twin);
    expect(twinSchedule).toHaveLength(2);
    const other = await newLearner();
    await quizWithMisses(other, lesson, 2);
    expect(await schedule(other)).toEqual(twinSchedule);

    // The dashboard sees the queue at the pinned time.
    expect((await readDashboard(db, { userId, now: after(2) })).reviewDue).toBe(0);
    expect((await readDashboard(db, { userId, now: after(60) })).reviewDue).toBe(2);
  });

  it('serves numeric questions with fresh numbers per review session', async () => {
    const userId = await newLearner();
    const numeric = quizForLesson('leverage-and-margin')!.questions.find((q) => q.kind === 'numeric')!;
    await db.reviewCard.create({
      data: { userId, questionId: numeric.id, due: T0, stability: 1, difficulty: 5, state: 2, reps: 1 },
    });
    const prompts = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const session = await startReview(db, { userId, now: T0, limit: 5 });
      prompts.add(session.questions[0]!.prompt);
    }
    expect(prompts.size).toBeGreaterThan(1);
  });

  it('updates mastery from review answers, and refuses questions not under review', async () => {
    const userId = await newLearner();
    await quizWithMisses(userId, lesson, 1);
    const before = (await readDashboard(db, { userId, now: after(2) })).lessons.find(
      (l) => l.slug === lesson,
    )!;
    const session = await startReview(db, { userId, now: after(2), limit: 10, seed: 'review-seed-2' });
    const question = questionById(session.questions[0]!.id)!;
    await answerQuestion(db, {
      userId,
      attemptId: session.attemptId!,
      questionId: question.id,
      answer: rightAnswer(question, 'review-seed-2'),
      now: after(2),
      mode: 'review',
    });
    const afterReview = (await readDashboard(db, { userId, now: after(2) })).lessons.find(
      (l) => l.slug === lesson,
    )!;
    expect(Number(afterReview.masteryScore)).toBeGreaterThan(Number(before.masteryScore));

    const notQueued = quizForLesson(lesson)!.questions.find(
      (q) => q.id !== question.id && q.kind !== 'numeric',
    )!;
    const error = await answerQuestion(db, {
      userId,
      attemptId: session.attemptId!,
      questionId: notQueued.id,
      answer: rightAnswer(notQueued, 'review-seed-2'),
      now: after(2),
      mode: 'review',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).details?.reason).toBe('UNKNOWN_QUESTION');
  });
});

describe('review router', () => {
  it('counts only cards that are due: a card not due is refused and raises no mastery', async () => {
    const userId = await newLearner();
    const caller = createCaller(createContextInner({ db, identity: { userId, isGuest: true } }));
    const [due, notDue] = quizForLesson(lesson)!.questions.filter((q) => q.kind !== 'numeric');
    await db.reviewCard.createMany({
      data: [
        { userId, questionId: due!.id, due: new Date(Date.now() - DAY), stability: 1, difficulty: 5 },
        { userId, questionId: notDue!.id, due: new Date(Date.now() + 3 * DAY), stability: 1, difficulty: 5 },
      ],
    });
    const session = await caller.review.due({});
    expect(session.questions.map((q) => q.id)).toEqual([due!.id]);
    const mastery = async () =>
      (await db.lessonProgress.findUnique({ where: { userId_lessonSlug: { userId, lessonSlug: lesson } } }))
        ?.masteryScore ?? null;
    const before = await mastery();

    // The card that is not due, answered again and again inside the open session: never counted.
    for (let i = 0; i < 3; i++) {
      const refused = await caller.review
        .answer({
          attemptId: session.attemptId!,
          questionId: notDue!.id,
          answer: rightAnswer(notDue!, 'any seed'),
        })
        .catch((e: unknown) => e);
      expect((refused as TRPCError).code).toBe('BAD_REQUEST');
      expect((refused as TRPCError).message).toBe('This question is not due for review yet.');
    }
    expect(await mastery()).toEqual(before);
    const card = await db.reviewCard.findUniqueOrThrow({
      where: { userId_questionId: { userId, questionId: notDue!.id } },
    });
    expect(card.reps).toBe(0);

    // The due one counts once; answering it again returns the first result and changes nothing.
    const first = await caller.review.answer({
      attemptId: session.attemptId!,
      questionId: due!.id,
      answer: rightAnswer(due!, 'any seed'),
    });
    expect(first.alreadyAnswered).toBe(false);
    const afterFirst = await mastery();
    expect(Number(afterFirst)).toBeGreaterThan(Number(before ?? 0));
    const again = await caller.review.answer({
      attemptId: session.attemptId!,
      questionId: due!.id,
      answer: rightAnswer(due!, 'any seed'),
    });
    expect(again.alreadyAnswered).toBe(true);
    expect(await mastery()).toEqual(afterFirst);
  });

  it('serves due questions and grades them; quiz and review attempts do not mix', async () => {
    const userId = await newLearner();
    const caller = createCaller(createContextInner({ db, identity: { userId, isGuest: true } }));
    const empty = await caller.review.due({ limit: 5 });
    expect(empty).toEqual({ attemptId: null, questions: [], dueCount: 0 });

    const question = quizForLesson(lesson)!.questions.find((q) => q.kind === 'single')!;
    await db.reviewCard.create({
      data: { userId, questionId: question.id, due: new Date(Date.now() - DAY), stability: 1, difficulty: 5 },
    });
    const session = await caller.review.due({});
    expect(session.dueCount).toBe(1);
    const result = await caller.review.answer({
      attemptId: session.attemptId!,
      questionId: question.id,
      answer: { kind: 'single', optionId: question.correct },
    });
    expect(result.correct).toBe(true);
    expect(Date.parse(result.nextReviewAt!)).toBeGreaterThan(Date.now());

    const viaQuiz = await caller.quiz
      .answer({
        attemptId: session.attemptId!,
        questionId: question.id,
        answer: { kind: 'single', optionId: 'x' },
      })
      .catch((e: unknown) => e);
    expect((viaQuiz as TRPCError).code).toBe('BAD_REQUEST');
    const finish = await caller.quiz.finish({ attemptId: session.attemptId! }).catch((e: unknown) => e);
    expect((finish as TRPCError).code).toBe('BAD_REQUEST');

    const other = createCaller(
      createContextInner({ db, identity: { userId: await newLearner(), isGuest: true } }),
    );
    const stolen = await other.review
      .answer({
        attemptId: session.attemptId!,
        questionId: question.id,
        answer: { kind: 'single', optionId: 'x' },
      })
      .catch((e: unknown) => e);
    expect((stolen as TRPCError).code).toBe('NOT_FOUND');

    for (const limit of [0, -1, 1e9, Number.NaN, '5' as never]) {
      const error = await caller.review.due({ limit }).catch((e: unknown) => e);
      expect((error as TRPCError).code).toBe('BAD_REQUEST');
    }
  });
});
