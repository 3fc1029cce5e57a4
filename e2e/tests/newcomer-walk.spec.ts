import { expect, type Page, test } from '@playwright/test';
// The answer keys, read from source as learn.spec.ts does (test-only).
import { inlineChecks } from '../../packages/content/src/checks/inline-checks';
import { lessonCatalog } from '../../packages/content/src/lessons/lesson-catalog';
import { quizForLesson } from '../../packages/content/src/quizzes/course';
import { shownParameter } from '../../packages/content/src/quizzes/generators/numeric-generator';
import { numericGeneratorFor } from '../../packages/content/src/quizzes/generators/numeric-generator-registry';
import { workedText } from '../../packages/content/src/quizzes/worked-solution';
import { answer, expectWorkedSolution, servedQuestions, shown } from './quiz-answering';

const LESSON = 'start-at-zero';
const TITLE = lessonCatalog.find((l) => l.slug === LESSON)!.title;

/**
 * Issue 15's acceptance walk, as a true newcomer takes it (desktop and 390×844): home → the course →
 * lesson 1, its inline checks answered in place, a diagram, a glossary term opened, the quiz with one
 * numeric answer wrong, the result page showing that question's working with its own numbers, and the
 * progress on /learn and the dashboard.
 */
test('a newcomer: home, lesson 1 with its checks, a diagram and a term, the quiz, its result and progress', async ({
  page,
}, testInfo) => {
  // The whole course's first hour in one test, with eight full-page screenshots: more than the
  // default 30 s on a loaded 2-core runner (it took 32.6 s in CI on desktop).
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('link', { name: /Start the course/ }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await page.getByRole('link', { name: TITLE, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/learn/${LESSON}$`));

  // Every inline check of the lesson, answered in place; the first one wrong, to see the answer and why.
  const checks = inlineChecks.filter((c) => c.lesson === LESSON);
  expect(checks.length).toBeGreaterThanOrEqual(5);
  for (const [index, check] of checks.entries()) {
    const form = page.locator(`form[data-inline-check="${check.id}"]`);
    await form.scrollIntoViewIfNeeded();
    const right = index > 0;
    if (check.kind === 'choice') {
      const pick = right ? check.correct : check.options.find((o) => o.id !== check.correct)!.id;
      await form
        .getByRole('radio', { name: shown(check.options.find((o) => o.id === pick)!.text), exact: true })
        .check();
    } else {
      await form.getByLabel('Your answer').fill(right ? check.answer : `${check.answer}1`);
    }
    await form.getByRole('button', { name: 'Check' }).click();
    const result = form.getByTestId('inline-check-result');
    await expect(result).toContainText(right ? 'Right.' : 'Not quite. The answer is');
    await expect(result).toContainText(shown(check.why));
  }

  // A diagram: an SVG with an accessible name, drawn on the page.
  const diagram = page.locator('figure[data-diagram] svg[role="img"]').first();
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toBeVisible();
  await expect(diagram.locator('title')).not.toHaveText('');

  // A glossary term: its definition opens in place, and "More in the glossary" leads to the entry.
  const term = page.locator('button[data-term="spot"]').first();
  await term.scrollIntoViewIfNeeded();
  await term.click();
  const popover = page.getByRole('tooltip').filter({ hasText: 'More in the glossary' }).first();
  await expect(popover).toBeVisible();
  await popover.getByRole('link', { name: 'More in the glossary' }).click();
  await expect(page).toHaveURL(/\/glossary#spot$/);
  await expect(page.locator('#spot')).toBeVisible();
  await page.goBack();

  // The end of the lesson marks it read; then the quiz, with the numeric question answered wrong.
  await page.getByRole('link', { name: 'Take the quiz' }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('lesson-read').first()).toBeVisible();
  const started = page.waitForResponse((r) => r.url().includes('quiz.start') && r.status() === 200);
  await page.getByRole('link', { name: 'Take the quiz' }).click();
  const served = await servedQuestions(await started);
  const key = new Map(quizForLesson(LESSON)!.questions.map((q) => [q.id, q]));
  const missed = served.find((q) => q.kind === 'numeric')!;
  expect(missed).toBeDefined();
  for (const [index, question] of served.entries()) {
    const q = key.get(question.id)!;
    await answer(page, q, question, question.id !== missed.id);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(page.getByTestId('answer-feedback')).toHaveAttribute(
      'data-correct',
      question.id === missed.id ? 'false' : 'true',
    );
    if (question.id === missed.id && q.kind === 'numeric') await expectWorkedSolution(page, q, question);
    await page
      .getByRole('button', { name: index === served.length - 1 ? /Finish/ : /Next question/ })
      .click();
  }

  // The result page: the score, and the missed question's working with the numbers it was asked with.
  const result = page.getByTestId('quiz-result');
  await expect(result).toContainText(`${served.length - 1} of ${served.length}`);
  const working = result.getByTestId('missed-workings').locator(`[data-question="${missed.id}"]`);
  await expect(working).toContainText(shown(missed.prompt));
  const missedQuestion = key.get(missed.id)!;
  if (missedQuestion.kind !== 'numeric') throw new Error('the missed question is numeric');
  const generator = numericGeneratorFor(missedQuestion.generator);
  const steps = generator.workedSolution(missed.params!, generator.answer(missed.params!));
  await expect(working.getByTestId('worked-substituted')).toHaveText(
    steps.map((s) => `= ${workedText(s.substituted)}`),
  );
  for (const [name, value] of Object.entries(missed.params!))
    await expect(working).toContainText(shown(shownParameter(generator.params[name], value)));
  await expect(result.getByTestId('added-to-review')).toContainText('1 question added to your review queue');
  await expect(result.getByRole('link', { name: /^Next lesson:/ })).toBeVisible();
  await shoot(page, testInfo.outputPath('quiz-result'));

  // Progress: the course list shows the lesson read with its mastery; the dashboard moved on.
  await page.goto('/learn');
  const standing = page.locator(`[data-testid="lesson-standing"][data-lesson="${LESSON}"]`);
  await expect(standing).toHaveAttribute('data-state', /Read|Quiz mastered/);
  await expect(standing.getByTestId('mastery-badge')).not.toHaveAttribute('data-level', 'NOT_STARTED');
  await page.goto('/dashboard');
  await expect(page.getByTestId('next-step')).not.toContainText(TITLE);
  await expect(page.locator(`[data-lesson="${LESSON}"]`)).toContainText('✓ read');
  await expect(page.getByTestId('reviews-queued')).toHaveText('1 in the queue');
  await shoot(page, testInfo.outputPath('dashboard'));
});

/** Full-page screenshots in the light and the dark theme (kept with the test's output to look at). */
async function shoot(page: Page, path: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), scheme === 'dark');
    await page.screenshot({ path: `${path}-${scheme}.png`, fullPage: true });
  }
}
