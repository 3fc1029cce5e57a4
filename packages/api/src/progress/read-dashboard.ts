import { lessonCatalog } from '@liqlab/content/lessons/lesson-catalog';
import { questionById } from '@liqlab/content/quizzes/course';
import { promptAsServed } from '@liqlab/content/quizzes/public-question';
import type { Database } from '@liqlab/db/client';
import { listLearningDays, listLessonProgress } from '../repositories/lesson-progress-repository';
import { listLastAnswerSeeds } from '../repositories/quiz-attempt-repository';
import {
  countDueReviewCards,
  countReviewCards,
  listReviewQueue,
} from '../repositories/review-card-repository';
import type { MasteryLevel } from './mastery';
import { type NextStep, nextStep } from './next-step';
import { currentStreak, type Streak } from './streak';

export interface LessonProgressView {
  slug: string;
  title: string;
  order: number;
  firstReadAt: Date | null;
  lastReadAt: Date | null;
  mastery: MasteryLevel;
  masteryScore: string;
}

/** A question waiting in the review queue, and when it comes back. */
export interface UpcomingReview {
  questionId: string;
  lesson: string;
  lessonTitle: string;
  /** The question as the learner last saw it: a numeric one with the numbers of that attempt. */
  prompt: string;
  due: Date;
}

/** How many upcoming reviews the dashboard lists (the count covers them all). */
export const UPCOMING_REVIEWS_SHOWN = 10;

export interface Dashboard {
  /** Who is asking: no session yet, a guest identity, or a signed-in account. */
  learner: 'visitor' | 'guest' | 'account';
  lessonsRead: number;
  lessonCount: number;
  /** Every lesson of the catalog in course order, including the ones not started. */
  lessons: LessonProgressView[];
  streak: Streak;
  reviewDue: number;
  /** Every question in the review queue, due or not: the figure a finished quiz adds to. */
  reviewQueued: number;
  /** The queue's next questions, soonest first, with their due dates. */
  upcomingReviews: UpcomingReview[];
  nextStep: NextStep;
}

/** `userId` null: a visitor with no session yet, whose dashboard is a newcomer's (nothing stored). */
export async function readDashboard(
  db: Database,
  input: { userId: string | null; isGuest?: boolean; now: Date },
): Promise<Dashboard> {
  const { userId } = input;
  const [progress, days, reviewDue, reviewQueued, queue] =
    userId === null
      ? [[], [], 0, 0, []]
      : await Promise.all([
          listLessonProgress(db, userId),
          listLearningDays(db, userId),
          countDueReviewCards(db, userId, input.now),
          countReviewCards(db, userId),
          listReviewQueue(db, userId, UPCOMING_REVIEWS_SHOWN),
        ]);
  const bySlug = new Map(progress.map((p) => [p.lessonSlug, p]));
  const lessons = [...lessonCatalog]
    .sort((a, b) => a.order - b.order)
    .map((lesson): LessonProgressView => {
      const stored = bySlug.get(lesson.slug);
      return {
        slug: lesson.slug,
        title: lesson.title,
        order: lesson.order,
        firstReadAt: stored?.firstReadAt ?? null,
        lastReadAt: stored?.lastReadAt ?? null,
        mastery: stored?.mastery ?? 'NOT_STARTED',
        masteryScore: stored?.masteryScore ?? '0',
      };
    });
  const titles = new Map(lessons.map((l) => [l.slug, l.title]));
  const seeds =
    userId === null
      ? new Map<string, string>()
      : await listLastAnswerSeeds(
          db,
          userId,
          queue.map((c) => c.questionId),
        );
  // A card whose question was removed from the course is left out, as the review session skips it.
  const upcomingReviews = queue.flatMap(({ questionId, due }): UpcomingReview[] => {
    const question = questionById(questionId);
    if (!question) return [];
    const lessonTitle = titles.get(question.lesson) ?? question.lesson;
    // A card is only made by an answer, so its seed is there; should that attempt be gone, numbers
    // drawn for the question itself still read as a whole question (never a template with gaps).
    const prompt = promptAsServed(question, seeds.get(questionId) ?? questionId);
    return [{ questionId, lesson: question.lesson, lessonTitle, prompt, due }];
  });
  return {
    learner: userId === null ? 'visitor' : input.isGuest ? 'guest' : 'account',
    lessonsRead: lessons.filter((l) => l.firstReadAt !== null).length,
    lessonCount: lessons.length,
    lessons,
    streak: currentStreak(days, input.now),
    reviewDue,
    reviewQueued,
    upcomingReviews,
    nextStep: nextStep(
      lessons.map((l) => ({ ...l, read: l.firstReadAt !== null })),
      reviewDue,
    ),
  };
}
