import { lessonQuizzes, questionById } from '@liqlab/content/quizzes/course';
import {
  generateNumericQuestion,
  gradeNumericAnswer,
} from '@liqlab/content/quizzes/generate-numeric-question';
import type { Question } from '@liqlab/content/quizzes/question-schema';
import { workedText } from '@liqlab/content/quizzes/worked-solution';
import { sandboxPresets } from '@liqlab/content/sandbox/presets';
import { createPrismaClient } from '@liqlab/db/client';
import { injectTestDatabase } from '@liqlab/db/testing/inject-test-database';
import { afterAll, describe, expect, it } from 'vitest';
import { newLearner as createLearner, seedOf as readSeed } from './quiz-test-helpers';

const db = createPrismaClient(injectTestDatabase().url);
afterAll(() => db.$disconnect());

const newLearner = (isGuest = true) => createLearner(db, isGuest);
const seedOf = (attemptId: string) => readSeed(db, attemptId);

describe('quiz router: answers never leak before submission', () => {
  const forbiddenKeys = new Set([
    'correct',
    'correctOrder',
    'explanation',
    'explanations',
    'hints',
    'outcome',
    'answer',
  ]);

  function secretsOf(question: Question, seed: string): string[] {
    const secrets = [...question.hints];
    if ('explanation' in question) secrets.push(question.explanation);
    if (question.kind === 'true-false') secrets.push(question.explanations.true, question.explanations.false);
    if (question.kind === 'single' || question.kind === 'multiple') {
      secrets.push(...question.options.map((o) => o.explanation));
    }
    if (question.kind === 'numeric') {
      const exercise = generateNumericQuestion(question, seed);
      // A figure that happens to equal a drawn parameter (1% × 20× = "20") or the tolerance printed
      // beside the answer box (a step result of "1" against "within ± 1") is shown anyway.
      const shown = new Set([...Object.values(exercise.params), question.tolerance.value]);
      const figures = [
        exercise.answer.toFixed(),
        gradeNumericAnswer(question, seed, '0').expected,
        ...exercise.workedSolution.map((s) => s.result.value),
      ];
      secrets.push(
        ...figures.filter((figure) => !shown.has(figure)),
        ...exercise.workedSolution.map((s) => workedText(s.substituted)),
      );
    }
    return secrets;
  }

  function scan(value: unknown, path: string, found: string[], secrets: Set<string>): void {
    if (typeof value === 'string') {
      if (secrets.has(value)) found.push(`${path} holds a secret`);
      return;
    }
    if (typeof value === 'boolean') {
      found.push(`${path} is a boolean`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        scan(item, `${path}[${index}]`, found, secrets);
      });
      return;
    }
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (forbiddenKeys.has(key)) found.push(`${path}.${key}`);
        scan(child, `${path}.${key}`, found, secrets);
      }
    }
  }

  it.each([...lessonQuizzes.map((quiz) => quiz.lesson), 'course-challenge'])('%s', async (quizId) => {
    const { caller } = await newLearner();
    const started = await caller.quiz.start({ quizId });
    const seed = await seedOf(started.attemptId);
    const json = JSON.parse(JSON.stringify(started)) as { questions: unknown[] };
    const found: string[] = [];
    scan({ ...json, questions: [] }, 'start', found, new Set());
    started.questions.forEach((served, index) => {
      const secrets = new Set(secretsOf(questionById(served.id)!, seed));
      scan(json.questions[index], `start.questions[${index}]`, found, secrets);
    });
    expect(found.join('\n')).toBe('');
    // Ordering items are not served in their correct order.
    for (const served of started.questions) {
      const question = questionById(served.id)!;
      if (served.kind === 'ordering' && question.kind === 'ordering') {
        expect(served.items.map((i) => i.id)).not.toEqual(question.correctOrder);
      }
    }
  });
});

describe('quiz router: a scenario question never points at a page that states its outcome', () => {
  // Every preset is public — the sandbox opens it by id (?preset=), the gallery serves it as
  // /s/preset-<id>, and the lesson pages carry it whole — with a title and caption that state its
  // outcome. A served question that names a preset (its id), or carries a value only that preset has
  // (its path seed, title or caption), lets a learner look the answer up before answering.
  const pointers = sandboxPresets.flatMap((preset) => [
    preset.id,
    `preset-${preset.id}`,
    preset.title,
    preset.description,
    preset.path.seed,
  ]);

  function stringsIn(value: unknown, into: string[] = []): string[] {
    if (typeof value === 'string') into.push(value);
    else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
    else if (value && typeof value === 'object')
      for (const child of Object.values(value)) stringsIn(child, into);
    return into;
  }

  it.each(
    lessonQuizzes
      .filter((quiz) => quiz.questions.some((q) => q.kind === 'scenario'))
      .map((quiz) => quiz.lesson),
  )('%s', async (quizId) => {
    const { caller } = await newLearner();
    const started = await caller.quiz.start({ quizId });
    const scenarioQuestions = started.questions.filter((served) => served.kind === 'scenario');
    expect(scenarioQuestions.length).toBeGreaterThan(0);
    for (const served of scenarioQuestions) {
      const strings = stringsIn(JSON.parse(JSON.stringify(served)));
      const found = pointers.filter((pointer) => strings.some((s) => s.includes(pointer)));
      expect(found, served.id).toEqual([]);
      // What the learner reasons about is still served: the position and the path it meets.
      expect(served.scenario.mark.length, served.id).toBeGreaterThan(10);
      expect(served.scenario.position.entryPrice, served.id).toMatch(/^\d+(\.\d+)?$/);
    }
  });
});
