import { readerText } from '@liqlab/core/figure-marks';
import { describe, expect, it } from 'vitest';
import { allQuestions } from './course';
import { generateNumericQuestion, gradeNumericAnswer } from './generate-numeric-question';
import { shownParameter } from './generators/numeric-generator';
import { numericGeneratorFor } from './generators/numeric-generator-registry';
import type { NumericQuestion } from './question-schema';
import { figureOf, workedFigureText, workedText } from './worked-solution';

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

        // The last step is the engine's answer exactly, and at every decimal-places setting it shows a
        // figure the grade itself accepts (typed back without its grouping commas).
        expect(steps.at(-1)!.result.eq(exercise.answer), `${q.id} ${seed}`).toBe(true);
        for (const currencyDigits of [0, 2, 4, 6]) {
          const shownAnswer = workedFigureText(exercise.workedSolution.at(-1)!.result, { currencyDigits });
          const typed = shownAnswer.replaceAll(',', '');
          expect(gradeNumericAnswer(q, seed, typed).correct, `${q.id} ${seed} ${shownAnswer}`).toBe(true);
        }

        // Every number substituted is a parameter as the prompt shows it (at every decimal-places
        // setting: a money parameter follows the reader's places in both), an earlier step's result as
        // that step shows it, or a plain constant — never a figure from some other example.
        const own = (digits: number) =>
          new Set([
            ...CONSTANTS,
            ...Object.entries(exercise.params).map(([name, v]) =>
              unsigned(readerText(shownParameter(generator.params[name], v), digits)),
            ),
          ]);
        const earlier: string[] = [];
        for (const [index, s] of steps.entries()) {
          for (const part of s.substituted) {
            if (typeof part === 'string') {
              expect(part, `${q.id} ${seed} step ${index + 1}`).not.toContain('[object');
              for (const digits of [0, 2, 4, 6]) {
                const read = readerText(part, digits);
                for (const figure of figures(read)) {
                  expect(own(digits).has(figure), `${q.id} ${seed} at ${digits} "${read}": ${figure}`).toBe(
                    true,
                  );
                }
              }
            } else {
              // A quoted figure is an earlier step's own result, formatted exactly as that step shows it.
              expect(earlier, `${q.id} ${seed} step ${index + 1}`).toContain(
                workedFigureText({ ...part, value: part.value.replace(/^-/, '') }),
              );
            }
          }
          expect(exercise.prompt.length).toBeGreaterThan(0);
          earlier.push(unsigned(workedFigureText(figureOf(s))));
        }
        for (const view of exercise.workedSolution) {
          expect(view.formula.length).toBeGreaterThan(0);
          expect(workedText(view.substituted)).not.toBe(view.formula);
        }
      }
    });
  }

  it('shows the prompt’s own figures: a pinned 60,000 entry appears in the substitution', () => {
    const q = numericQuestions.find((x) => x.generator === 'initial-margin')!;
    const pinned = { ...q, fixed: { entryPrice: '60000', quantity: '1', leverage: '10' } };
    const { workedSolution } = generateNumericQuestion(pinned, 'any');
    const read = (currencyDigits: number) =>
      workedSolution.map((s) => ({
        substituted: workedText(s.substituted, { currencyDigits }),
        result: workedFigureText(s.result, { currencyDigits }),
      }));
    expect(read(2)).toEqual([
      { substituted: '60,000.00 × 1', result: '60,000.00' },
      { substituted: '60,000.00 ÷ 10', result: '6,000.00' },
    ]);
    // The reader's decimal places reach the money figures — the given entry price as the prompt shows
    // it, and the step that quotes a result — while the quantity and the leverage read as given.
    expect(read(0)).toEqual([
      { substituted: '60,000 × 1', result: '60,000' },
      { substituted: '60,000 ÷ 10', result: '6,000' },
    ]);
    expect(read(4)).toEqual([
      { substituted: '60,000.0000 × 1', result: '60,000.0000' },
      { substituted: '60,000.0000 ÷ 10', result: '6,000.0000' },
    ]);
  });
});
