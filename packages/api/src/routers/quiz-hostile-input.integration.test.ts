import { randomUUID } from 'node:crypto';
import { lessonQuizzes } from '@liqlab/content/quizzes/course';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { newLearner as createLearner, trpcError } from './quiz-test-helpers';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const newLearner = (isGuest = true) => createLearner(db, isGuest);
const firstLesson = lessonQuizzes[0]!.lesson;

describe('quiz router: hostile input gives typed errors only', () => {
  const allowed = new Set(['BAD_REQUEST', 'NOT_FOUND', 'PAYLOAD_TOO_LARGE']);

  it('refuses malformed, huge, wrong-kind and unknown input without an internal error', async () => {
    const { caller } = await newLearner();
    const started = await caller.quiz.start({ quizId: firstLesson });
    const attemptId = started.attemptId;
    const single = started.questions.find((q) => q.kind === 'single')!;
    const huge = 'x'.repeat(1_000_000);
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['quizId number', () => caller.quiz.start({ quizId: 42 as never })],
      ['quizId huge', () => caller.quiz.start({ quizId: huge })],
      ['quizId path', () => caller.quiz.start({ quizId: '../../etc/passwd' })],
      ['quizId review', () => caller.quiz.start({ quizId: 'review' })],
      ['quizId proto', () => caller.quiz.start({ quizId: '__proto__' })],
      ['start extra field', () => caller.quiz.start({ quizId: firstLesson, seed: 'mine' } as never)],
      ['attemptId not uuid', () => caller.quiz.finish({ attemptId: 'nope' })],
      ['attemptId sql', () => caller.quiz.finish({ attemptId: "' OR 1=1 --" })],
      ['attemptId null', () => caller.quiz.finish({ attemptId: null as never })],
      ['attemptId unknown', () => caller.quiz.finish({ attemptId: randomUUID() })],
      ['no input', () => caller.quiz.answer(undefined as never)],
      [
        'question unknown',
        () =>
          caller.quiz.answer({
            attemptId,
            questionId: 'no-such-question',
            answer: { kind: 'true-false', value: true },
          }),
      ],
      [
        'question huge',
        () =>
          caller.quiz.answer({ attemptId, questionId: huge, answer: { kind: 'true-false', value: true } }),
      ],
      [
        'question of another quiz',
        () =>
          caller.quiz.answer({
            attemptId,
            questionId: lessonQuizzes[5]!.questions[0]!.id,
            answer: { kind: 'true-false', value: true },
          }),
      ],
      [
        'wrong kind',
        () =>
          caller.quiz.answer({
            attemptId,
            questionId: single.id,
            answer: { kind: 'true-false', value: true },
          }),
      ],
      [
        'unknown option',
        () =>
          caller.quiz.answer({
            attemptId,
            questionId: single.id,
            answer: { kind: 'single', optionId: 'zzz' },
          }),
      ],
      [
        'option object',
        () =>
          caller.quiz.answer({
            attemptId,
            questionId: single.id,
            answer: { kind: 'single', optionId: {} as never },
          }),
      ],
      [
        'unknown kind',
        () =>
          caller.quiz.answer({
            attemptId,
            questionId: single.id,
            answer: { kind: 'essay', text: 'hi' } as never,
          }),
      ],
      ...['NaN', 'Infinity', '-Infinity', '1e400', '0x1F', '', ' ', '1,5', huge].map(
        (value): [string, () => Promise<unknown>] => [
          `numeric ${value.slice(0, 10)}`,
          () => caller.quiz.answer({ attemptId, questionId: single.id, answer: { kind: 'numeric', value } }),
        ],
      ),
      [
        'numeric as number',
        () =>
          caller.quiz.answer({
            attemptId,
            questionId: single.id,
            answer: { kind: 'numeric', value: Number.NaN as never },
          }),
      ],
      [
        'true-false as string',
        () =>
          caller.quiz.answer({
            attemptId,
            questionId: single.id,
            answer: { kind: 'true-false', value: 'true' as never },
          }),
      ],
      [
        'multiple huge',
        () =>
          caller.quiz.answer({
            attemptId,
            questionId: single.id,
            answer: { kind: 'multiple', optionIds: Array.from({ length: 10_000 }, (_, i) => `o${i}`) },
          }),
      ],
    ];
    for (const [name, run] of attempts) {
      const error = await trpcError(run());
      expect.soft(allowed.has(error.code), `${name}: ${error.code} ${error.message}`).toBe(true);
    }
    // None of it was stored.
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });
});
