import { allQuestions, lessonQuizzes } from '@liqlab/content/quizzes/course';
import { generateNumericQuestion } from '@liqlab/content/quizzes/generate-numeric-question';
import { describe, expect, it } from 'vitest';
import { attemptQuestions, isStartableQuiz, lessonLink, serveQuestion } from './quiz-questions';

const FORBIDDEN = /"(correct|correctOrder|explanation|explanations|hints|outcome|answer|workedSolution)"\s*:/;

describe('quiz questions of an attempt', () => {
  it('a lesson quiz serves all its questions; the course challenge one per lesson at least', () => {
    expect(attemptQuestions(lessonQuizzes[0]!.lesson, 's')).toEqual(lessonQuizzes[0]!.questions);
    const challenge = attemptQuestions('course-challenge', 'seed-1');
    expect(new Set(challenge.map((q) => q.lesson)).size).toBe(lessonQuizzes.length);
    expect(challenge.length).toBe(20);
  });

  it('derives the course challenge from the seed alone', () => {
    const ids = (seed: string) => attemptQuestions('course-challenge', seed).map((q) => q.id);
    expect(ids('seed-1')).toEqual(ids('seed-1'));
    expect(ids('seed-1')).not.toEqual(ids('seed-2'));
  });

  it('knows which quizzes can be started', () => {
    expect(isStartableQuiz('course-challenge')).toBe(true);
    expect(isStartableQuiz(lessonQuizzes[3]!.lesson)).toBe(true);
    for (const id of ['review', '', '__proto__', 'constructor', 'leverage-and-margin/../x']) {
      expect(isStartableQuiz(id)).toBe(false);
    }
  });

  it('never serves answers, explanations, hints or worked solutions, for any question and many seeds', () => {
    for (let i = 0; i < 50; i++) {
      for (const question of allQuestions) {
        const json = JSON.stringify(serveQuestion(question, `seed-${i}`));
        expect(json).not.toMatch(FORBIDDEN);
        expect(json).not.toMatch(/:(true|false)[,}]/);
        if (question.kind === 'numeric') {
          for (const step of generateNumericQuestion(question, `seed-${i}`).workedSolution) {
            expect(json).not.toContain(step.substituted);
          }
          expect(json).not.toContain('{{');
        }
      }
    }
  });

  it('links to the lesson section that teaches the answer', () => {
    const question = allQuestions[0]!;
    expect(lessonLink(question).href).toBe(`/learn/${question.lesson}#${question.section}`);
  });
});
