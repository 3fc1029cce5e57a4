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
 * The next suggested step: the quiz of a lesson that was read but whose quiz was never answered (take
 * it while the lesson is fresh, earliest in the course first); else the first lesson (course order) not
 * read yet; once everything is read and tried, the weakest lesson that is not MASTERED (lowest score,
 * earliest in the course on a tie); else the review queue. So the step moves on after a lesson and
 * again after its quiz, whichever lesson the learner picked. `lessons` must be in course order.
 */
export function nextStep(lessons: readonly LessonStanding[], reviewDue: number): NextStep {
  const quizWaiting = lessons.find((lesson) => lesson.read && lesson.mastery === 'NOT_STARTED');
  if (quizWaiting) return { kind: 'take-quiz', lesson: quizWaiting.slug, title: quizWaiting.title };
  const unread = lessons.find((lesson) => !lesson.read);
  if (unread) return { kind: 'read-lesson', lesson: unread.slug, title: unread.title };
  let weakest: LessonStanding | undefined;
  for (const lesson of lessons) {
    if (lesson.mastery === 'MASTERED') continue;
    if (!weakest || Number(lesson.masteryScore) < Number(weakest.masteryScore)) weakest = lesson;
  }
  if (weakest)
    return { kind: 'practise-lesson', lesson: weakest.slug, title: weakest.title, mastery: weakest.mastery };
  return { kind: 'review', due: reviewDue };
}
