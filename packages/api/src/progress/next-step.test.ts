import { describe, expect, it } from 'vitest';
import { type LessonStanding, nextStep } from './next-step';

const lesson = (slug: string, overrides: Partial<LessonStanding> = {}): LessonStanding => ({
  slug,
  title: slug.toUpperCase(),
  read: true,
  mastery: 'MASTERED',
  masteryScore: '0.95',
  ...overrides,
});

describe('nextStep', () => {
  it('suggests the first unread lesson in course order', () => {
    const lessons = [lesson('a'), lesson('b', { read: false }), lesson('c', { read: false })];
    expect(nextStep(lessons, 4)).toEqual({ kind: 'read-lesson', lesson: 'b', title: 'B' });
  });

  it('asks for the quiz of a lesson just read before the next lesson, and moves on once it is taken', () => {
    const justRead = [
      lesson('a', { mastery: 'NOT_STARTED', masteryScore: '0' }),
      lesson('b', { read: false }),
    ];
    expect(nextStep(justRead, 0)).toEqual({ kind: 'take-quiz', lesson: 'a', title: 'A' });
    const quizTaken = [
      lesson('a', { mastery: 'FAMILIAR', masteryScore: '0.6' }),
      lesson('b', { read: false }),
    ];
    expect(nextStep(quizTaken, 0)).toEqual({ kind: 'read-lesson', lesson: 'b', title: 'B' });
    // A lesson read out of order still gets its quiz suggested before the earlier unread lesson.
    const skipped = [
      lesson('a', { read: false }),
      lesson('b', { mastery: 'NOT_STARTED', masteryScore: '0' }),
    ];
    expect(nextStep(skipped, 0)).toEqual({ kind: 'take-quiz', lesson: 'b', title: 'B' });
  });

  it('then the weakest lesson not mastered, the earliest on a tie', () => {
    const lessons = [
      lesson('a', { mastery: 'FAMILIAR', masteryScore: '0.6' }),
      lesson('b', { mastery: 'ATTEMPTED', masteryScore: '0.2' }),
      lesson('c', { mastery: 'ATTEMPTED', masteryScore: '0.2' }),
      lesson('d', { mastery: 'NOT_STARTED', masteryScore: '0' }),
    ];
    expect(nextStep(lessons, 0)).toMatchObject({ kind: 'take-quiz', lesson: 'd' });
    expect(nextStep(lessons.slice(0, 3), 0)).toMatchObject({ kind: 'practise-lesson', lesson: 'b' });
  });

  it('then the review queue', () => {
    expect(nextStep([lesson('a'), lesson('b')], 3)).toEqual({ kind: 'review', due: 3 });
  });
});
