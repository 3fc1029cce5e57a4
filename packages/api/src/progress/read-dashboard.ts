import { lessonCatalog } from '@liqlab/content/lessons/lesson-catalog';
import type { Database } from '@liqlab/db/client';
import { listLearningDays, listLessonProgress } from '../repositories/lesson-progress-repository';
import { countDueReviewCards } from '../repositories/review-card-repository';
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

export interface Dashboard {
  lessonsRead: number;
  lessonCount: number;
  /** Every lesson of the catalog in course order, including the ones not started. */
  lessons: LessonProgressView[];
  streak: Streak;
  reviewDue: number;
  nextStep: NextStep;
}

/** `userId` null: a visitor with no session yet, whose dashboard is a newcomer's (nothing stored). */
export async function readDashboard(
  db: Database,
  input: { userId: string | null; now: Date },
): Promise<Dashboard> {
  const { userId } = input;
  const [progress, days, reviewDue] =
    userId === null
      ? [[], [], 0]
      : await Promise.all([
          listLessonProgress(db, userId),
          listLearningDays(db, userId),
          countDueReviewCards(db, userId, input.now),
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
  return {
    lessonsRead: lessons.filter((l) => l.firstReadAt !== null).length,
    lessonCount: lessons.length,
    lessons,
    streak: currentStreak(days, input.now),
    reviewDue,
    nextStep: nextStep(
      lessons.map((l) => ({ ...l, read: l.firstReadAt !== null })),
      reviewDue,
    ),
  };
}
