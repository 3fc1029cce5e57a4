import type { MasteryLevel } from './mastery';

export interface LessonStanding {
  slug: string;
  title: string;
  read: boolean;
  mastery: MasteryLevel;
  /** Decimal string in [0, 1]. */
  masteryScore: string;
}

export type NextStep =
  | { kind: 'read-lesson'; lesson: string; title: string }
  | { kind: 'take-quiz'; lesson: string; title: string }
  | { kind: 'practise-lesson'; lesson: string; title: string; mastery: MasteryLevel }
  | { kind: 'review'; due: number };

/**
 * The next suggested step, walking the course in order: a lesson read but whose quiz was never
 * answered comes first (take its quiz, while the lesson is fresh), then the first lesson not read;
 * once everything is read and tried, the weakest lesson that is not MASTERED (lowest score, earliest
 * in the course on a tie); else the review queue. So the step moves on after a lesson and again after
 * its quiz. `lessons` must be in course order.
 */
export function nextStep(lessons: readonly LessonStanding[], reviewDue: number): NextStep {
  for (const lesson of lessons) {
    if (lesson.read && lesson.mastery === 'NOT_STARTED') {
      return { kind: 'take-quiz', lesson: lesson.slug, title: lesson.title };
    }
    if (!lesson.read) return { kind: 'read-lesson', lesson: lesson.slug, title: lesson.title };
  }
  let weakest: LessonStanding | undefined;
  for (const lesson of lessons) {
    if (lesson.mastery === 'MASTERED') continue;
    if (!weakest || Number(lesson.masteryScore) < Number(weakest.masteryScore)) weakest = lesson;
  }
  if (weakest)
    return { kind: 'practise-lesson', lesson: weakest.slug, title: weakest.title, mastery: weakest.mastery };
  return { kind: 'review', due: reviewDue };
}
