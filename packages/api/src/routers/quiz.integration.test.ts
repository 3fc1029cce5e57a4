import { randomUUID } from 'node:crypto';
import { lessonQuizzes, questionById } from '@liqlab/content/quizzes/course';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { readDashboard } from '../progress/read-dashboard';
import { rightAnswer, wrongAnswer } from '../quizzes/__fixtures__/sample-answers';
import { createCaller } from '../root';
import { newLearner as createLearner, seedOf as readSeed, trpcError } from './quiz-test-helpers';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const newLearner = (isGuest = true) => createLearner(db, isGuest);
const seedOf = (attemptId: string) => readSeed(db, attemptId);
const firstLesson = lessonQuizzes[0]!.lesson;

describe('quiz router: a full lesson quiz', () => {
  it('grades one wrong and the rest right, then moves mastery and the review queue', async () => {
    const { userId, caller } = await newLearner();
    await caller.progress.markLessonRead({ slug: firstLesson });
    expect((await caller.progress.dashboard()).nextStep).toMatchObject({
      kind: 'take-quiz',
      lesson: firstLesson,
    });
    const started = await caller.quiz.start({ quizId: firstLesson });
    expect(started.questions.length).toBeGreaterThanOrEqual(3);
    const seed = await seedOf(started.attemptId);

    const [missed, ...rest] = started.questions.map((q) => questionById(q.id)!);
    const first = await caller.quiz.answer({
      attemptId: started.attemptId,
      questionId: missed!.id,
      answer: wrongAnswer(missed!, seed),
    });
    expect(first.correct).toBe(false);
    expect(first.alreadyAnswered).toBe(false);
    expect(first.lessonLink).toEqual({
      lesson: firstLesson,
      section: missed!.section,
      href: `/learn/${firstLesson}#${missed!.section}`,
    });
    for (const question of rest) {
      const result = await caller.quiz.answer({
        attemptId: started.attemptId,
        questionId: question.id,
        answer: rightAnswer(question, seed),
      });
      expect(result.correct).toBe(true);
    }

    const finished = await caller.quiz.finish({ attemptId: started.attemptId });
    expect(finished).toMatchObject({
      correct: started.questions.length - 1,
      total: started.questions.length,
      answered: started.questions.length,
      alreadyFinished: false,
      passed: null,
      reviewCardsUpdated: 1,
    });
    expect(finished.mastery).toHaveLength(1);
    expect(finished.mastery[0]).toMatchObject({ lesson: firstLesson, before: 'NOT_STARTED' });
    expect(finished.mastery[0]!.after).not.toBe('NOT_STARTED');

    const dashboard = await caller.progress.dashboard();
    const lesson = dashboard.lessons.find((l) => l.slug === firstLesson)!;
    expect(lesson.mastery).toBe(finished.mastery[0]!.after);
    expect(Number(lesson.masteryScore)).toBeGreaterThan(0);
    // The missed question is scheduled for a later day: not due now, due in two days.
    expect(dashboard.reviewDue).toBe(0);
    const later = await readDashboard(db, { userId, now: new Date(Date.now() + 2 * 86_400_000) });
    expect(later.reviewDue).toBe(1);
    expect(dashboard.streak).toMatchObject({ current: 1, activeToday: true });
    // The number the result page reports is the number the dashboard's queue holds, and the queue
    // lists the missed question with the due date the finish reported.
    expect(finished.missed).toEqual([missed!.id]);
    expect(finished.reviewQueue).toEqual([{ questionId: missed!.id, due: expect.any(String) }]);
    expect(dashboard.reviewQueued).toBe(finished.reviewCardsUpdated);
    expect(dashboard.upcomingReviews).toEqual([
      expect.objectContaining({
        questionId: missed!.id,
        lesson: firstLesson,
        due: finished.reviewQueue[0]!.due,
      }),
    ]);
    expect(dashboard.upcomingReviews[0]!.prompt).not.toContain('{{');
    expect(new Date(dashboard.upcomingReviews[0]!.due).getTime()).toBeGreaterThan(Date.now());
    // The quiz is taken, so the next step moves on to the next lesson to read.
    expect(dashboard.nextStep).toMatchObject({ kind: 'read-lesson' });
    expect(dashboard.nextStep).not.toMatchObject({ lesson: firstLesson });

    // Finishing again changes nothing and reports the stored score.
    const again = await caller.quiz.finish({ attemptId: started.attemptId });
    expect(again).toMatchObject({ alreadyFinished: true, correct: finished.correct, reviewCardsUpdated: 0 });
    expect(await db.reviewCard.count({ where: { userId } })).toBe(1);
  });

  it('retries only the missed questions in a fresh attempt, and refuses questions of another quiz', async () => {
    const { caller } = await newLearner();
    const ids = lessonQuizzes[0]!.questions.map((q) => q.id);
    const retry = await caller.quiz.start({ quizId: firstLesson, questionIds: [ids[2]!, ids[0]!] });
    // In the quiz's own order, with a total of two.
    expect(retry.questions.map((q) => q.id)).toEqual([ids[0], ids[2]]);
    const seed = await seedOf(retry.attemptId);
    for (const id of [ids[0]!, ids[2]!]) {
      const question = questionById(id)!;
      await caller.quiz.answer({
        attemptId: retry.attemptId,
        questionId: id,
        answer: rightAnswer(question, seed),
      });
    }
    expect(await caller.quiz.finish({ attemptId: retry.attemptId })).toMatchObject({ correct: 2, total: 2 });
    const foreign = lessonQuizzes[1]!.questions[0]!.id;
    const refused = await trpcError(caller.quiz.start({ quizId: firstLesson, questionIds: [foreign] }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toBe('Only questions of this quiz can be retried.');
  });

  it('returns the stored result when a question is answered twice, and refuses answers after finishing', async () => {
    const { caller } = await newLearner(false);
    const started = await caller.quiz.start({ quizId: firstLesson });
    const seed = await seedOf(started.attemptId);
    const question = questionById(started.questions[0]!.id)!;
    const first = await caller.quiz.answer({
      attemptId: started.attemptId,
      questionId: question.id,
      answer: wrongAnswer(question, seed),
    });
    const second = await caller.quiz.answer({
      attemptId: started.attemptId,
      questionId: question.id,
      answer: rightAnswer(question, seed),
    });
    expect(second).toEqual({ ...first, alreadyAnswered: true });

    await caller.quiz.finish({ attemptId: started.attemptId });
    const other = questionById(started.questions[1]!.id)!;
    const error = await trpcError(
      caller.quiz.answer({
        attemptId: started.attemptId,
        questionId: other.id,
        answer: rightAnswer(other, seed),
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
  });

  it('lists a missed numeric question in the review queue with the numbers the learner last saw', async () => {
    const { caller } = await newLearner();
    const numeric = lessonQuizzes.flatMap((quiz) => quiz.questions).find((q) => q.kind === 'numeric')!;
    const missOnce = async () => {
      const attempt = await caller.quiz.start({ quizId: numeric.lesson, questionIds: [numeric.id] });
      await caller.quiz.answer({
        attemptId: attempt.attemptId,
        questionId: numeric.id,
        answer: wrongAnswer(numeric, await seedOf(attempt.attemptId)),
      });
      await caller.quiz.finish({ attemptId: attempt.attemptId });
      return attempt.questions[0]!.prompt;
    };
    await missOnce();
    // Missed again in a later attempt with other numbers: the list shows the latest ones.
    const lastSeen = await missOnce();
    const [listed] = (await caller.progress.dashboard()).upcomingReviews;
    expect(listed).toMatchObject({ questionId: numeric.id, prompt: lastSeen });
    expect(listed!.prompt).not.toMatch(/\{\{|…|undefined|NaN/);
  });

  it('serves the course challenge, drawn from the seed, and reports pass or fail', async () => {
    const { caller } = await newLearner();
    const started = await caller.quiz.start({ quizId: 'course-challenge' });
    expect(started.questions.length).toBeGreaterThanOrEqual(12);
    expect(new Set(started.questions.map((q) => q.lesson)).size).toBe(lessonQuizzes.length);
    const finished = await caller.quiz.finish({ attemptId: started.attemptId });
    expect(finished).toMatchObject({ correct: 0, answered: 0, passed: false, mastery: [] });
  });
});

describe('quiz router: concurrent requests', () => {
  it('stores one answer when the same question is answered twice at once, and applies a finish once', async () => {
    const { userId, caller } = await newLearner();
    const started = await caller.quiz.start({ quizId: firstLesson });
    const seed = await seedOf(started.attemptId);
    const question = questionById(started.questions[0]!.id)!;
    const results = await Promise.all([
      caller.quiz.answer({
        attemptId: started.attemptId,
        questionId: question.id,
        answer: wrongAnswer(question, seed),
      }),
      caller.quiz.answer({
        attemptId: started.attemptId,
        questionId: question.id,
        answer: rightAnswer(question, seed),
      }),
    ]);
    expect(results.map((r) => r.alreadyAnswered).sort()).toEqual([false, true]);
    expect(results[0]!.correct).toBe(results[1]!.correct);
    expect(await db.quizAnswer.count({ where: { attemptId: started.attemptId } })).toBe(1);

    const finishes = await Promise.all([
      caller.quiz.finish({ attemptId: started.attemptId }),
      caller.quiz.finish({ attemptId: started.attemptId }),
    ]);
    expect(finishes.map((f) => f.alreadyFinished).sort()).toEqual([false, true]);
    const cards = await db.reviewCard.findMany({ where: { userId } });
    expect(cards.every((card) => card.reps === 1)).toBe(true);
  });
});

describe('quiz router: ownership', () => {
  it('another learner cannot answer or finish my attempt (it reads as missing)', async () => {
    const me = await newLearner();
    const other = await newLearner(false);
    const started = await me.caller.quiz.start({ quizId: firstLesson });
    const question = questionById(started.questions[0]!.id)!;
    const seed = await seedOf(started.attemptId);
    const answer = rightAnswer(question, seed);

    const answerError = await trpcError(
      other.caller.quiz.answer({ attemptId: started.attemptId, questionId: question.id, answer }),
    );
    expect(answerError.code).toBe('NOT_FOUND');
    const finishError = await trpcError(other.caller.quiz.finish({ attemptId: started.attemptId }));
    expect(finishError.code).toBe('NOT_FOUND');
    const missing = await trpcError(other.caller.quiz.finish({ attemptId: randomUUID() }));
    expect(missing.message).toBe(answerError.message);

    // Nothing was stored by the intruder; the owner can still answer.
    expect(await db.quizAnswer.count({ where: { attemptId: started.attemptId } })).toBe(0);
    const mine = await me.caller.quiz.answer({
      attemptId: started.attemptId,
      questionId: question.id,
      answer,
    });
    expect(mine.correct).toBe(true);
  });

  it('reveals hints one at a time to the owner only', async () => {
    const me = await newLearner();
    const other = await newLearner();
    const started = await me.caller.quiz.start({ quizId: firstLesson });
    const served = started.questions[0]!;
    const question = questionById(served.id)!;
    const first = await me.caller.quiz.hint({
      attemptId: started.attemptId,
      questionId: served.id,
      index: 0,
    });
    expect(first).toEqual({ index: 0, hint: question.hints[0], remaining: question.hints.length - 1 });
    const tooFar = await trpcError(
      me.caller.quiz.hint({
        attemptId: started.attemptId,
        questionId: served.id,
        index: question.hints.length,
      }),
    );
    expect(tooFar.code).toBe('BAD_REQUEST');
    const stolen = await trpcError(
      other.caller.quiz.hint({ attemptId: started.attemptId, questionId: served.id, index: 0 }),
    );
    expect(stolen.code).toBe('NOT_FOUND');
  });

  it('refuses callers without a session', async () => {
    const anonymous = createCaller(createContextInner({ db }));
    const error = await trpcError(anonymous.quiz.start({ quizId: firstLesson }));
    expect(error.code).toBe('UNAUTHORIZED');
  });
});
