import { describe, expect, it } from 'vitest';
import { allQuestions, courseChallenge, drawCourseChallenge, lessonQuizzes } from './course';
import { generateNumericQuestion } from './generate-numeric-question';
import { hintAt, promptAsServed, publicNumericQuestion, toPublicQuestion } from './public-question';

const SECRET_KEYS = new Set([
  'correct',
  'correctOrder',
  'explanation',
  'explanations',
  'outcome',
  'hints',
  'fixed',
  'answer',
  'expected',
  'workedSolution',
]);

function secretKeysIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretKeysIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      SECRET_KEYS.has(key) ? [`${path}.${key}`] : secretKeysIn(v, `${path}.${key}`),
    );
  }
  return [];
}

describe('toPublicQuestion', () => {
  it('leaks no answers, explanations or hints for any question', () => {
    for (const q of allQuestions) expect(secretKeysIn(toPublicQuestion(q)), q.id).toEqual([]);
  });

  it('keeps what the client needs to render the question', () => {
    for (const q of allQuestions) {
      const pub = toPublicQuestion(q);
      expect(pub).toMatchObject({ id: q.id, kind: q.kind, prompt: q.prompt, hintCount: q.hints.length });
      if (
        (q.kind === 'single' || q.kind === 'multiple') &&
        (pub.kind === 'single' || pub.kind === 'multiple')
      ) {
        expect(pub.options.map((o) => o.id)).toEqual(q.options.map((o) => o.id));
      }
    }
  });

  it('never names the preset of a scenario question (presets are public, with their outcome)', () => {
    for (const q of allQuestions) {
      if (q.kind !== 'scenario') continue;
      expect(JSON.stringify(toPublicQuestion(q)), q.id).not.toContain(q.preset);
    }
  });

  it('never serves ordering items in their correct order', () => {
    for (const q of allQuestions) {
      if (q.kind !== 'ordering') continue;
      const pub = toPublicQuestion(q);
      if (pub.kind !== 'ordering') throw new Error('kind changed');
      expect(
        pub.items.map((i) => i.id),
        q.id,
      ).not.toEqual(q.correctOrder);
      expect([...pub.items.map((i) => i.id)].sort()).toEqual([...q.correctOrder].sort());
    }
  });

  it('serves a numeric question for an attempt: filled prompt and parameters, no answer', () => {
    for (const q of allQuestions) {
      if (q.kind !== 'numeric') continue;
      for (const seed of ['a', 'b', 'attempt-42']) {
        const generated = generateNumericQuestion(q, seed);
        const pub = publicNumericQuestion(q, seed);
        expect(secretKeysIn(pub), q.id).toEqual([]);
        expect(pub).toMatchObject({ id: q.id, kind: 'numeric', unit: q.unit, hintCount: q.hints.length });
        expect(pub.prompt).toBe(generated.prompt);
        expect(pub.params).toEqual(generated.params);
        expect(toPublicQuestion(q, seed)).toEqual(pub);
      }
      expect(toPublicQuestion(q)).not.toHaveProperty('params');
    }
  });

  it('serves hints one at a time and nothing past the last', () => {
    const q = allQuestions[0]!;
    expect(hintAt(q, 0)).toBe(q.hints[0]);
    expect(hintAt(q, q.hints.length)).toBeUndefined();
    expect(hintAt(q, -1)).toBeUndefined();
  });
});

describe('promptAsServed (the review list)', () => {
  it('reads every question as a complete sentence: no placeholder, gap or unfilled value', () => {
    for (const seed of ['review-list-a', 'review-list-b']) {
      for (const q of allQuestions) {
        const prompt = promptAsServed(q, seed);
        expect(prompt, q.id).not.toMatch(/\{\{|\}\}|…|undefined|NaN|null/);
        expect(prompt, q.id).toMatch(/[?.:]$/);
      }
    }
  });

  it('shows a numeric question with the numbers its attempt served', () => {
    for (const q of allQuestions) {
      if (q.kind !== 'numeric') continue;
      expect(promptAsServed(q, 'attempt-seed'), q.id).toBe(publicNumericQuestion(q, 'attempt-seed').prompt);
      expect(generateNumericQuestion(q, 'attempt-seed').prompt, q.id).toBe(promptAsServed(q, 'attempt-seed'));
    }
  });
});

describe('course challenge', () => {
  // A tiny deterministic stream for the test; the server passes core's seeded generator.
  const lcg = (seed: number) => () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };

  it('draws distinct questions covering every lesson and the required kinds', () => {
    for (const seed of [1, 2, 3, 42, 2024]) {
      const ids = drawCourseChallenge(lcg(seed));
      expect(ids).toHaveLength(courseChallenge.questionCount);
      expect(new Set(ids).size).toBe(ids.length);
      const chosen = ids.map((id) => allQuestions.find((q) => q.id === id)!);
      for (const quiz of lessonQuizzes) expect(chosen.some((q) => q.lesson === quiz.lesson)).toBe(true);
      for (const [kind, minimum] of Object.entries(courseChallenge.minimumPerKind)) {
        expect(chosen.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(minimum);
      }
    }
  });

  it('is reproducible from the same random stream', () => {
    expect(drawCourseChallenge(lcg(7))).toEqual(drawCourseChallenge(lcg(7)));
  });
});
