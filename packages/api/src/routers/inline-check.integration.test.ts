import { inlineCheckById, inlineChecks } from '@liqlab/content/checks/inline-checks';
import { lessonCatalog } from '@liqlab/content/lessons/lesson-catalog';
import { Decimal } from '@liqlab/core';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { moveGuestData } from '../repositories/account-repository';
import { newLearner, trpcError } from './quiz-test-helpers';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const choice = inlineCheckById('c01-same-loss')!;
const numeric = inlineCheckById('c01-initial-margin')!;
if (choice.kind !== 'choice' || numeric.kind !== 'numeric') throw new Error('fixture kinds changed');
const wrongOption = choice.options.find((o) => o.id !== choice.correct)!.id;

async function lessonOne(caller: Awaited<ReturnType<typeof newLearner>>['caller']) {
  const dashboard = await caller.progress.dashboard();
  return dashboard.lessons.find((l) => l.slug === 'leverage-and-margin')!;
}

describe('inlineCheck.answer', () => {
  it('grades a guest’s answer in place and counts the first answer toward the lesson’s mastery', async () => {
    const { caller } = await newLearner(db);
    expect((await lessonOne(caller)).mastery).toBe('NOT_STARTED');
    const right = await caller.inlineCheck.answer({ checkId: choice.id, answer: { choice: choice.correct } });
    expect(right).toMatchObject({
      checkId: choice.id,
      correct: true,
      alreadyAnswered: false,
      why: choice.why,
    });
    expect(right.answer).toEqual({
      kind: 'choice',
      text: choice.options.find((o) => o.id === choice.correct)!.text,
    });
    // One correct answer: score 0.3 (weight 0.3), level ATTEMPTED.
    expect(await lessonOne(caller)).toMatchObject({ mastery: 'ATTEMPTED' });
    const second = await caller.inlineCheck.answer({
      checkId: numeric.id,
      answer: { value: numeric.answer },
    });
    expect(second.correct).toBe(true);
    // 0.3 × 0.7 + 0.3 = 0.51: FAMILIAR.
    expect((await lessonOne(caller)).mastery).toBe('FAMILIAR');
  });

  it('keeps the first answer: answering again shows the stored result and moves no mastery', async () => {
    const { userId, caller } = await newLearner(db);
    const first = await caller.inlineCheck.answer({ checkId: choice.id, answer: { choice: wrongOption } });
    expect(first).toMatchObject({ correct: false, alreadyAnswered: false });
    const before = await db.lessonProgress.findUniqueOrThrow({
      where: { userId_lessonSlug: { userId, lessonSlug: choice.lesson } },
    });
    const again = await caller.inlineCheck.answer({ checkId: choice.id, answer: { choice: choice.correct } });
    expect(again).toMatchObject({ correct: false, alreadyAnswered: true });
    const after = await db.lessonProgress.findUniqueOrThrow({
      where: { userId_lessonSlug: { userId, lessonSlug: choice.lesson } },
    });
    expect(after.masteryScore.toFixed()).toBe(before.masteryScore.toFixed());
    expect(before.mastery).toBe('ATTEMPTED');
  });

  it('grades numbers within the tolerance and refuses text that is not a number with a clear message', async () => {
    const { caller } = await newLearner(db);
    const off = await caller.inlineCheck.answer({ checkId: numeric.id, answer: { value: '1600' } });
    // The exact answer, for the reader's screen to show at their decimal places.
    expect(off).toMatchObject({ correct: false, answer: { kind: 'numeric', unit: 'USDT' } });
    expect(off.answer.kind === 'numeric' && new Decimal(off.answer.figure.value).eq(numeric.answer)).toBe(
      true,
    );
    const { caller: other } = await newLearner(db);
    const error = await trpcError(
      other.inlineCheck.answer({ checkId: numeric.id, answer: { value: '1,500' } }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('Enter a plain number');
  });

  it('refuses an unknown check and a caller without a session', async () => {
    const { caller } = await newLearner(db);
    const unknown = await trpcError(
      caller.inlineCheck.answer({ checkId: 'no-such-check', answer: { choice: 'a' } }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    const { createCaller } = await import('../root');
    const { createContextInner } = await import('../context');
    const anonymous = createCaller(createContextInner({ db, identity: null }));
    const refused = await trpcError(
      anonymous.inlineCheck.answer({ checkId: choice.id, answer: { choice: 'same' } }),
    );
    expect(refused.code).toBe('UNAUTHORIZED');
  });

  it('moves a guest’s answers to the account at sign-up, keeping the account’s own where both answered', async () => {
    const guest = await newLearner(db);
    const account = await newLearner(db, false);
    await guest.caller.inlineCheck.answer({ checkId: choice.id, answer: { choice: choice.correct } });
    await guest.caller.inlineCheck.answer({ checkId: numeric.id, answer: { value: numeric.answer } });
    await account.caller.inlineCheck.answer({ checkId: choice.id, answer: { choice: wrongOption } });
    await moveGuestData(db, guest.userId, account.userId);
    const rows = await db.inlineCheckAnswer.findMany({
      where: { userId: account.userId },
      orderBy: { checkId: 'asc' },
    });
    expect(rows.map((r) => [r.checkId, r.isCorrect])).toEqual(
      [
        [choice.id, false],
        [numeric.id, true],
      ].sort(),
    );
    expect(await db.inlineCheckAnswer.count({ where: { userId: guest.userId } })).toBe(0);
  });

  it('has checks for every lesson, none of them readable before answering', () => {
    expect(new Set(inlineChecks.map((c) => c.lesson)).size).toBe(lessonCatalog.length);
  });
});
