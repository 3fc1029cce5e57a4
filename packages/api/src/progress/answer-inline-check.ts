import {
  type GradedInlineCheck,
  gradeInlineCheck,
  type InlineCheckAnswer,
} from '@liqlab/content/checks/grade-inline-check';
import { inlineCheckById } from '@liqlab/content/checks/inline-checks';
import type { Database } from '@liqlab/db/client';
import { ApiError } from '../errors/api-error';
import { insertInlineCheckAnswer, lockInlineCheckAnswer } from '../repositories/inline-check-repository';
import {
  lockLessonProgress,
  recordLearningDay,
  saveLessonMastery,
} from '../repositories/lesson-progress-repository';
import { runInTransaction } from '../repositories/quiz-attempt-repository';
import { applyAnswers, masteryLevel, masteryStateOf } from './mastery';
import { utcDay } from './streak';

export interface InlineCheckResult extends GradedInlineCheck {
  checkId: string;
  /** True when this learner had answered the check before: the first answer stands and is shown again. */
  alreadyAnswered: boolean;
}

function checkNotFound(): ApiError {
  return new ApiError('NOT_FOUND', 'This question is no longer part of the lesson. Reload the page.');
}

/**
 * Grades a learner's answer to an inline check. The first answer is stored and folded into the
 * lesson's mastery like a quiz answer; a repeated one (a retried request, another tab) returns the
 * stored result and changes nothing, so mastery cannot be raised by answering the same check again.
 */
export async function answerInlineCheck(
  db: Database,
  input: { userId: string; checkId: string; answer: InlineCheckAnswer; now: Date },
): Promise<InlineCheckResult> {
  const check = inlineCheckById(input.checkId);
  if (!check) throw checkNotFound();
  return runInTransaction(db, async (tx) => {
    const stored = await lockInlineCheckAnswer(tx, input.userId, check.id);
    if (stored) {
      const previous = stored.answer as InlineCheckAnswer;
      return { checkId: check.id, ...gradeInlineCheck(check, previous), alreadyAnswered: true };
    }
    const graded = gradeInlineCheck(check, input.answer);
    const inserted = await insertInlineCheckAnswer(tx, {
      userId: input.userId,
      checkId: check.id,
      lessonSlug: check.lesson,
      answer: input.answer,
      isCorrect: graded.correct,
      answeredAt: input.now,
    });
    if (!inserted) return { checkId: check.id, ...graded, alreadyAnswered: true };
    await recordLearningDay(tx, input.userId, utcDay(input.now));
    const progress = await lockLessonProgress(tx, input.userId, [check.lesson], input.now);
    const state = applyAnswers(masteryStateOf(progress.get(check.lesson)), [graded.correct]);
    await saveLessonMastery(tx, input.userId, check.lesson, {
      level: masteryLevel(state),
      score: state.score,
    });
    return { checkId: check.id, ...graded, alreadyAnswered: false };
  });
}
