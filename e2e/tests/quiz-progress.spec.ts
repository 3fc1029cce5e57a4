import { expect, test } from '@playwright/test';
// The mastery rule the server applies (exponentially weighted recent answers), to know what to expect.
import { applyAnswers, masteryLevel, NOT_STARTED } from '../../packages/api/src/progress/mastery';
// The answer key, read from source as learn.spec.ts does (test-only).
import { quizForLesson } from '../../packages/content/src/quizzes/course';
import { answer, expectWorkedSolution, servedQuestions, shown } from './quiz-answering';

const LESSON = 'leverage-and-margin';
const TITLE = 'Leverage and margin';

test('a quiz with one wrong numeric answer: worked solution with its own numbers, lesson read, next step, review list', async ({
  page,
}, testInfo) => {
  // A lesson, a whole quiz, a retry and three pages with screenshots: past the default 30 s on a loaded
  // 2-core runner (33–34 s seen with the other e2e specs running beside it).
  test.setTimeout(90_000);
  // A newcomer's dashboard: the first step is to read a lesson.
  await page.goto('/dashboard');
  const nextStep = page.getByTestId('next-step');
  await expect(nextStep).toContainText('Read');

  // Reaching the end of the lesson marks it read; the dashboard then asks for its quiz.
  await page.goto(`/learn/${LESSON}`);
  await page.getByRole('link', { name: 'Take the quiz' }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('lesson-read').first()).toBeVisible();
  await page.goto('/dashboard');
  await expect(nextStep).toHaveText(`Take the quiz on ${TITLE}`);
  await expect(page.locator(`[data-lesson="${LESSON}"]`)).toContainText('✓ read');

  // The quiz: the first numeric question wrong, every other one right.
  const started = page.waitForResponse((r) => r.url().includes('quiz.start') && r.status() === 200);
  await page.goto(`/learn/${LESSON}/quiz`);
  const served = await servedQuestions(await started);
  const key = new Map(quizForLesson(LESSON)!.questions.map((q) => [q.id, q]));
  const missed = served.find((q) => q.kind === 'numeric')!;

  for (const [index, question] of served.entries()) {
    const q = key.get(question.id)!;
    await answer(page, q, question, question.id !== missed.id);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    const feedback = page.getByTestId('answer-feedback');
    await expect(feedback).toHaveAttribute('data-correct', question.id === missed.id ? 'false' : 'true');
    if (question.id === missed.id && q.kind === 'numeric') {
      await expectWorkedSolution(page, q, question);
      await page.getByTestId('worked-solution').scrollIntoViewIfNeeded();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.evaluate(
          (dark) => document.documentElement.classList.toggle('dark', dark),
          scheme === 'dark',
        );
        await page.screenshot({ path: testInfo.outputPath(`worked-solution-${scheme}.png`), fullPage: true });
      }
    }
    await page
      .getByRole('button', { name: index === served.length - 1 ? /Finish/ : /Next question/ })
      .click();
  }

  // The result: the missed question joins the review queue with its due date; next lesson, retry, review.
  const result = page.getByTestId('quiz-result');
  await expect(result).toContainText(`${served.length - 1} of ${served.length}`);
  await expect(result.getByTestId('added-to-review')).toContainText('1 question added to your review queue');
  await expect(result.getByTestId('added-to-review').locator(`[data-question="${missed.id}"]`)).toContainText(
    'due',
  );
  // Mastery as the rule gives it for these answers in this order (no inline check answered before):
  // one miss among the rest can read Mastered, Proficient or Familiar depending on where it fell.
  const expectedLevel = masteryLevel(
    applyAnswers(
      NOT_STARTED,
      served.map((q) => q.id !== missed.id),
    ),
  );
  await expect(result.getByTestId('mastery-badge')).toHaveAttribute('data-level', expectedLevel);
  await expect(result).toContainText('(was not started)');
  await expect(result.getByRole('link', { name: /^Next lesson:/ })).toBeVisible();
  await expect(result.getByRole('link', { name: /^Next lesson:/ })).toHaveAttribute(
    'href',
    '/learn/margin-exhaustion-and-forced-liquidation',
  );
  await expect(result.getByRole('button', { name: 'Retry the 1 missed question' })).toBeVisible();

  // Retry serves exactly the missed question again (with the working shown once more if missed again).
  const retried = page.waitForResponse((r) => r.url().includes('quiz.start') && r.status() === 200);
  await result.getByRole('button', { name: 'Retry the 1 missed question' }).click();
  const again = await servedQuestions(await retried);
  expect(again.map((q) => q.id)).toEqual([missed.id]);
  await expect(page.getByText('Question 1 of 1')).toBeVisible();

  // The dashboard: the next step has moved on, and the missed question is in the review list with a date.
  await page.goto('/dashboard');
  await expect(nextStep).toContainText('Read');
  await expect(nextStep).not.toContainText(TITLE);
  await expect(page.getByTestId('reviews-queued')).toHaveText('1 in the queue');
  const queued = page
    .getByRole('list', { name: 'Questions in your review queue' })
    .locator(`[data-question="${missed.id}"]`);
  await expect(queued).toContainText(/due (later today|tomorrow|\w{3} \d{1,2} \w{3})/);
  await expect(queued).toContainText(TITLE);
  // Listed as the learner saw it: the prompt with the numbers of the attempt, not a template with gaps.
  await expect(queued).toContainText(shown(missed.prompt));
  await expect(queued).not.toContainText('…');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), scheme === 'dark');
    await page.screenshot({ path: testInfo.outputPath(`dashboard-${scheme}.png`), fullPage: true });
  }

  // The course list shows the lesson's state and mastery.
  await page.goto('/learn');
  // This lesson's row (the course opens with "Start at zero", so it is not the first).
  const standing = page.locator(`[data-testid="lesson-standing"][data-lesson="${LESSON}"]`);
  await expect(standing).toHaveAttribute('data-state', /Read|Quiz mastered/);
  await expect(standing.getByTestId('mastery-badge')).not.toHaveAttribute('data-level', 'NOT_STARTED');
});
