import { expect, type Page, type Response } from '@playwright/test';
// The answer key and the engine-backed generators, read from source as learn.spec.ts does (test-only).
import { SCENARIO_OUTCOME_LABELS } from '../../apps/web/src/components/learn/quiz/scenario-outcome-labels';
import { shownParameter } from '../../packages/content/src/quizzes/generators/numeric-generator';
import { numericGeneratorFor } from '../../packages/content/src/quizzes/generators/numeric-generator-registry';
import type { Question } from '../../packages/content/src/quizzes/question-schema';
import { workedText } from '../../packages/content/src/quizzes/worked-solution';
import { DEFAULT_CURRENCY_DIGITS } from '../../packages/core/src/format/display-precision';
import { readerText } from '../../packages/core/src/format/figure-marks';

/**
 * Content text as the page shows it at `digits` decimal places (the default setting unless given): its
 * marked money amounts (quiz and inline-check strings, served prompts) read as the reader's screen
 * prints them.
 */
export const shown = (text: string, digits: number = DEFAULT_CURRENCY_DIGITS) => readerText(text, digits);

/** A question as quiz.start served it (public fields only). */
export interface Served {
  id: string;
  kind: Question['kind'];
  prompt: string;
  params?: Record<string, string>;
  items?: { id: string }[];
}

/** The working shown is the generator's own, computed from the numbers this attempt served. */
export async function expectWorkedSolution(
  page: Page,
  q: Extract<Question, { kind: 'numeric' }>,
  served: Served,
) {
  const params = served.params!;
  const generator = numericGeneratorFor(q.generator);
  const steps = generator.workedSolution(params, generator.answer(params));
  const working = page.getByTestId('worked-solution');
  await expect(working.getByTestId('worked-substituted')).toHaveText(
    steps.map((s) => `= ${workedText(s.substituted)}`),
  );
  // Every number in the prompt is a number of the working, and the working ends at the answer shown.
  // Both as the reader reads them: a money parameter at the default places, never fewer than drawn.
  const heading = page.getByRole('heading', { level: 2 });
  const asShown = Object.entries(params).map(([name, value]) =>
    shown(shownParameter(generator.params[name], value)),
  );
  for (const value of asShown) await expect(heading).toContainText(value);
  const text = (await working.getByTestId('worked-substituted').allTextContents()).join(' ');
  expect(asShown.some((value) => text.includes(value))).toBe(true);
  const answerShown = await page.getByTestId('answer-feedback').getByTestId('correct-answer').textContent();
  await expect(working.getByTestId('worked-result').last()).toHaveText(
    new RegExp(`^= ${escapeRegExp(answerShown!)}`),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function servedQuestions(response: Response): Promise<Served[]> {
  const body = (await response.json()) as {
    result: { data: { json?: { questions: Served[] }; questions?: Served[] } };
  }[];
  const data = body[0]!.result.data;
  return (data.json ?? data).questions as Served[];
}

/**
 * Fills in the right (or a wrong) answer for one question, using only the visible controls; `digits`
 * is the reader's decimal-places setting the options are shown at.
 */
export async function answer(
  page: Page,
  q: Question,
  served: Served,
  right: boolean,
  digits: number = DEFAULT_CURRENCY_DIGITS,
) {
  switch (q.kind) {
    case 'single': {
      const pick = right ? q.correct : q.options.find((o) => o.id !== q.correct)!.id;
      await page
        .getByRole('radio', { name: shown(q.options.find((o) => o.id === pick)!.text, digits), exact: true })
        .check();
      return;
    }
    case 'multiple':
      for (const id of q.correct) {
        await page
          .getByRole('checkbox', {
            name: shown(q.options.find((o) => o.id === id)!.text, digits),
            exact: true,
          })
          .check();
      }
      return;
    case 'true-false':
      await page.getByRole('radio', { name: q.correct ? 'True' : 'False', exact: true }).check();
      return;
    case 'scenario':
      await page.getByRole('radio', { name: SCENARIO_OUTCOME_LABELS[q.outcome].option }).check();
      return;
    case 'numeric': {
      const value = numericGeneratorFor(q.generator).answer(served.params ?? {});
      await page.getByLabel('Your answer').fill(right ? value.toFixed() : value.plus(1000).toFixed());
      return;
    }
    case 'ordering': {
      const current = (served.items ?? []).map((i) => i.id);
      for (let slot = 0; slot < q.correctOrder.length; slot++) {
        let at = current.indexOf(q.correctOrder[slot]!);
        const text = shown(q.items.find((i) => i.id === q.correctOrder[slot])!.text, digits);
        while (at > slot) {
          await page.getByRole('button', { name: `Move “${text}” up` }).click();
          [current[at - 1], current[at]] = [current[at]!, current[at - 1]!];
          at--;
        }
      }
      return;
    }
  }
}
