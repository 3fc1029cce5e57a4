import { describe, expect, it } from 'vitest';
import { allQuestions } from './course';
import { formatParameter } from './format-quiz-number';
import { generateNumericQuestion, gradeNumericAnswer } from './generate-numeric-question';
import { numericGeneratorFor } from './generators/numeric-generator-registry';
import type { NumericQuestion } from './question-schema';
import { shown } from './worked-solution';

const numericQuestions = allQuestions.filter((q): q is NumericQuestion => q.kind === 'numeric');
const SEEDS = Array.from({ length: 40 }, (_, i) => `worked-${i}`);

/** Plain constants a rule may hold (1 − rate, × 100 for percent, 365 days, 8,760 hours a year). */
const CONSTANTS = new Set(['0', '1', '2', '100', '365', '8,760']);

/** Every figure written in a text, without its sign: "−1,234.5" and "1,234.5" are the same figure. */
function figures(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0]);
}

function unsigned(text: string): string {
  return text.replace(/^[−-]/, '');
}

describe('worked solutions, for every numeric question of the course', () => {
  for (const q of numericQuestions) {
    it(`${q.id}: ends at the graded answer and uses only the question’s own numbers`, () => {
      const generator = numericGeneratorFor(q.generator);
      for (const seed of SEEDS) {
        const exercise = generateNumericQuestion(q, seed);
        const steps = generator.workedSolution(exercise.params, exercise.answer);
        expect(steps.length, `${q.id} ${seed}`).toBeGreaterThan(0);

        // The last step is the engine's answer exactly, and shows what the grade reveals.
        expect(steps.at(-1)!.result.eq(exercise.answer), `${q.id} ${seed}`).toBe(true);
        const { expected } = gradeNumericAnswer(q, seed, exercise.answer.toFixed());
        expect(exercise.workedSolution.at(-1)!.result).toBe(formatParameter(expected));

        // Every number substituted is a parameter as the prompt shows it, an earlier step's result as
        // that step shows it, or a plain constant — never a figure from some other example.
        const own = new Set([
          ...CONSTANTS,
          ...Object.values(exercise.params).map((v) => unsigned(formatParameter(v))),
        ]);
        for (const [index, s] of steps.entries()) {
          for (const figure of figures(s.substituted)) {
            expect(own.has(figure), `${q.id} ${seed} step ${index + 1} "${s.substituted}": ${figure}`).toBe(
              true,
            );
          }
          expect(exercise.prompt.length).toBeGreaterThan(0);
          own.add(unsigned(shown(s)));
        }
        for (const view of exercise.workedSolution) {
          expect(view.formula.length).toBeGreaterThan(0);
          expect(view.substituted).not.toBe(view.formula);
        }
      }
    });
  }

  it('shows the prompt’s own figures: a pinned 60,000 entry appears in the substitution', () => {
    const q = numericQuestions.find((x) => x.generator === 'initial-margin')!;
    const pinned = { ...q, fixed: { entryPrice: '60000', quantity: '1', leverage: '10' } };
    const { workedSolution } = generateNumericQuestion(pinned, 'any');
    expect(workedSolution).toEqual([
      expect.objectContaining({ substituted: '60,000 × 1', result: '60,000.00' }),
      expect.objectContaining({ substituted: '60,000.00 ÷ 10', result: '6,000' }),
    ]);
  });
});
