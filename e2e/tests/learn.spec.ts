import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import {
  SCENARIO_OUTCOME_LABELS,
  SCENARIO_OUTCOME_ORDER,
} from '../../apps/web/src/components/learn/quiz/scenario-outcome-labels';
import type { InlineCheck } from '../../packages/content/src/checks/inline-check-schema';
import { inlineChecks } from '../../packages/content/src/checks/inline-checks';
// The answer key lives in the content package; e2e has no workspace dependency on it, so the test
// reads the source directly (it is test-only data, never shipped to the page).
import { quizForLesson } from '../../packages/content/src/quizzes/course';
import { numericGeneratorFor } from '../../packages/content/src/quizzes/generators/numeric-generator-registry';
import type { Question } from '../../packages/content/src/quizzes/question-schema';
import { holdScripts } from './held-scripts';
import { shown } from './quiz-answering';

const LESSON = 'leverage-and-margin';

interface Served {
  id: string;
  kind: Question['kind'];
  params?: Record<string, string>;
  items?: { id: string }[];
}

test('read a lesson, see a glossary definition, take a quiz, watch mastery and the review queue', async ({
  page,
  isMobile,
}) => {
  // 1. Read a lesson and mark it read.
  await page.goto(`/learn/${LESSON}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leverage and margin');
  await expect(page.locator('#notional-value')).toBeVisible();
  // The standing sits at the end of the lesson, beside "Take the quiz": reaching it marks the lesson read.
  await page.getByRole('link', { name: 'Take the quiz' }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('lesson-read').first()).toBeVisible();

  // 2. A glossary term shows its definition on hover (desktop) or tap (phone).
  const term = page.locator('button[data-term="notional-value"]').first();
  await term.scrollIntoViewIfNeeded();
  if (isMobile) await term.tap();
  else await term.hover();
  const tooltip = page.getByRole('tooltip').filter({ hasText: 'price × quantity' });
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();

  // A live widget computes with the engine as the learner types.
  await expect(page.getByTestId('notional')).toHaveText('60,000.00 USDT');

  // 3. Take the quiz: the first answer wrong, the rest right.
  const started = page.waitForResponse((r) => r.url().includes('quiz.start') && r.status() === 200);
  await page.goto(`/learn/${LESSON}/quiz`);
  const served = await servedQuestions(await started);
  const key = new Map(quizForLesson(LESSON)!.questions.map((q) => [q.id, q]));
  expect(served.length).toBeGreaterThanOrEqual(3);

  for (const [index, question] of served.entries()) {
    if (index === 0) {
      // Hints come one step per click, from the server, in the content's order.
      const hints = key.get(question.id)!.hints.map(shown);
      await page.getByRole('button', { name: /Show a hint/ }).click();
      await expect(page.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveText([hints[0]!]);
      await page.getByRole('button', { name: /Next hint/ }).click();
      await expect(page.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveText(
        hints.slice(0, 2),
      );
    }
    await answer(page, key.get(question.id)!, question, index !== 0);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    const feedback = page.getByTestId('answer-feedback');
    await expect(feedback).toHaveAttribute('data-correct', index === 0 ? 'false' : 'true');
    // Every option's explanation comes back with the verdict.
    await expect(feedback.getByRole('link', { name: /Read this part of the lesson/ })).toHaveAttribute(
      'href',
      new RegExp(`^/learn/${LESSON}#`),
    );
    await page
      .getByRole('button', { name: index === served.length - 1 ? /Finish/ : /Next question/ })
      .click();
  }
  const result = page.getByTestId('quiz-result');
  await expect(result).toContainText(`${served.length - 1} of ${served.length}`);
  // The missed question joins the review queue (FSRS brings it back on a later day, not today).
  await expect(result).toContainText('1 question added to your review queue');

  // 4. The dashboard shows the read lesson and the mastery gained; nothing is due yet today.
  await page.getByRole('link', { name: 'See my progress and reviews' }).click();
  await expect(page.getByTestId('lessons-read')).toContainText('1 /');
  const row = page.locator(`[data-lesson="${LESSON}"]`);
  await expect(row.getByTestId('mastery-badge')).not.toHaveAttribute('data-level', 'NOT_STARTED');
  await expect(page.getByTestId('reviews-due')).toHaveText('0');
  await expect(page.getByTestId('next-step')).toContainText('Read');
});

async function servedQuestions(response: import('@playwright/test').Response): Promise<Served[]> {
  const body = (await response.json()) as {
    result: { data: { json?: { questions: Served[] }; questions?: Served[] } };
  }[];
  const data = body[0]!.result.data;
  return (data.json ?? data).questions as Served[];
}

/** Fills in the right (or a wrong) answer for one question, using only the visible controls. */
async function answer(page: Page, q: Question, served: Served, right: boolean) {
  switch (q.kind) {
    case 'single': {
      const pick = right ? q.correct : q.options.find((o) => o.id !== q.correct)!.id;
      await page
        .getByRole('radio', { name: shown(q.options.find((o) => o.id === pick)!.text), exact: true })
        .check();
      return;
    }
    case 'multiple': {
      const picks = right ? q.correct : [q.options.find((o) => !q.correct.includes(o.id))!.id];
      for (const id of picks) {
        await page
          .getByRole('checkbox', { name: shown(q.options.find((o) => o.id === id)!.text), exact: true })
          .check();
      }
      return;
    }
    case 'true-false':
      await page.getByRole('radio', { name: right === q.correct ? 'True' : 'False', exact: true }).check();
      return;
    case 'scenario':
      await page
        .getByRole('radio', {
          name: SCENARIO_OUTCOME_LABELS[
            right ? q.outcome : SCENARIO_OUTCOME_ORDER.find((outcome) => outcome !== q.outcome)!
          ].option,
        })
        .check();
      return;
    case 'numeric': {
      const value = numericGeneratorFor(q.generator).answer(served.params ?? {});
      await page.getByLabel('Your answer').fill(right ? value.toFixed() : value.plus(1000).toFixed());
      return;
    }
    case 'ordering': {
      const target = right ? q.correctOrder : [...q.correctOrder].reverse();
      // Selection sort with the move buttons, as a keyboard user would.
      let current = (served.items ?? []).map((i) => i.id);
      for (let slot = 0; slot < target.length; slot++) {
        let at = current.indexOf(target[slot]!);
        const text = q.items.find((i) => i.id === target[slot])!.text;
        while (at > slot) {
          await page.getByRole('button', { name: `Move “${text}” up` }).click();
          [current[at - 1], current[at]] = [current[at]!, current[at - 1]!];
          at--;
        }
      }
      current = [];
      return;
    }
  }
}

test('a widget far down a lesson loads its code only when the reader gets near it, then computes', async ({
  page,
}) => {
  await page.goto('/learn/how-exchanges-compute-the-liquidation-price');
  // The page has hydrated: the lesson's standing, at its top, is shown by client code. (Not the
  // footer's check: scrolling down to it would bring the widget near the viewport.)
  await expect(page.getByTestId('mastery-badge').first()).toBeVisible();
  const slot = page.locator('[data-widget="ExchangeComparison"]');
  // Server-rendered in full, readable before its code arrives…
  await expect(slot.getByTestId('liq-bybit-linear')).toContainText('54,300.00');
  // …but not loaded while it is screens away.
  await expect(slot).toHaveAttribute('data-widget-state', 'waiting');

  await slot.scrollIntoViewIfNeeded();
  await expect(slot).toHaveAttribute('data-widget-state', 'interactive');
  await slot.getByLabel('Leverage').fill('20');
  await expect(slot.getByTestId('liq-bybit-linear')).not.toContainText('54,300.00');
});

test('checks answered before the lesson’s scripts ran are held, then graded with those answers', async ({
  page,
  baseURL,
}) => {
  // On a slow phone the reader can answer before the scripts arrive. The browser would send the form
  // itself (a GET of the lesson) and the answer would be gone; the lesson holds it instead.
  const checks = inlineChecks.filter((c) => c.lesson === LESSON);
  const numeric = checks.find((c): c is Extract<InlineCheck, { kind: 'numeric' }> => c.kind === 'numeric')!;
  const choice = checks.find((c): c is Extract<InlineCheck, { kind: 'choice' }> => c.kind === 'choice')!;
  const runScripts = await holdScripts(page);
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(`${request.method()} ${request.url()}`);
  });
  await page.goto(`/learn/${LESSON}`, { waitUntil: 'domcontentloaded' });
  const numericForm = page.locator(`form[data-inline-check="${numeric.id}"]`);
  const choiceForm = page.locator(`form[data-inline-check="${choice.id}"]`);
  await numericForm.getByLabel('Your answer').fill(numeric.answer);
  await numericForm.getByRole('button', { name: 'Check' }).click();
  const pick = choice.options.find((o) => o.id === choice.correct)!;
  await choiceForm.getByRole('radio', { name: shown(pick.text), exact: true }).check();
  await choiceForm.getByRole('button', { name: 'Check' }).click();
  await expect(numericForm).toHaveAttribute('aria-busy', 'true');
  await expect(choiceForm).toHaveAttribute('aria-busy', 'true');
  expect(documents).toEqual([`GET ${baseURL}/learn/${LESSON}`]);

  runScripts();
  for (const [form, check] of [
    [numericForm, numeric],
    [choiceForm, choice],
  ] as const) {
    const result = form.getByTestId('inline-check-result');
    await expect(result).toContainText('Right.');
    await expect(result).toContainText(shown(check.why));
    await expect(form).not.toHaveAttribute('aria-busy');
  }
  await expect(numericForm.getByLabel('Your answer')).toHaveValue(numeric.answer);
  await expect(choiceForm.getByRole('radio', { name: shown(pick.text), exact: true })).toBeChecked();
  expect(documents).toHaveLength(1);
});

test('a check sent with no answer says what to do, and asks the server nothing', async ({ page }) => {
  const checks = inlineChecks.filter((c) => c.lesson === LESSON);
  const numeric = checks.find((c) => c.kind === 'numeric')!;
  const choice = checks.find((c) => c.kind === 'choice')!;
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/trpc/')) calls.push(request.url());
  });
  await page.goto(`/learn/${LESSON}`);
  await expect(page.getByTestId('mastery-badge').first()).toBeVisible();
  for (const [check, message] of [
    [numeric, 'Type a number first, such as 1234.5.'],
    [choice, 'Pick an answer first.'],
  ] as const) {
    const form = page.locator(`form[data-inline-check="${check.id}"]`);
    await form.getByRole('button', { name: 'Check' }).click();
    await expect(form.getByRole('alert')).toHaveText(message);
  }
  // A blank answer typed as spaces is no answer either.
  const numericForm = page.locator(`form[data-inline-check="${numeric.id}"]`);
  await numericForm.getByLabel('Your answer').fill('   ');
  await numericForm.getByRole('button', { name: 'Check' }).click();
  await expect(numericForm.getByRole('alert')).toHaveText('Type a number first, such as 1234.5.');
  expect(calls.filter((url) => url.includes('inlineCheck'))).toEqual([]);
});

/** A lesson's widget, in view: on `page` as served (none of its scripts run yet), or started in a new page. */
async function lessonWidget(page: Page, lesson: string, widget: string) {
  await page.goto(lesson, { waitUntil: 'domcontentloaded' });
  const slot = page.locator(`[data-widget="${widget}"]`);
  await slot.scrollIntoViewIfNeeded();
  return slot;
}

async function startedLessonWidget(context: BrowserContext, lesson: string, widget: string) {
  const slot = await lessonWidget(await context.newPage(), lesson, widget);
  await expect(slot).toHaveAttribute('data-widget-state', 'interactive');
  return slot;
}

test('a field changed in a widget before its code arrived keeps that value when it does', async ({
  page,
  context,
}) => {
  // The widget renders over its served HTML with fresh elements; the reader's edits must survive that.
  const where = ['/learn/how-exchanges-compute-the-liquidation-price', 'ExchangeComparison'] as const;
  const runScripts = await holdScripts(page);
  const slot = await lessonWidget(page, ...where);
  await slot.getByLabel('Leverage').fill('20');
  runScripts();
  await expect(slot).toHaveAttribute('data-widget-state', 'interactive');

  const started = await startedLessonWidget(context, ...where);
  await started.getByLabel('Leverage').fill('20');
  const at20 = (await started.getByTestId('liq-bybit-linear').textContent()) ?? '';
  expect(at20).not.toContain('54,300.00');
  await expect(slot.getByLabel('Leverage')).toHaveValue('20');
  await expect(slot.getByTestId('liq-bybit-linear')).toHaveText(at20);
});

test('a radio button picked in a widget before its code arrived stays picked when it does', async ({
  page,
  context,
}) => {
  const where = ['/learn/start-at-zero', 'MarkVsLastPlayer'] as const;
  const runScripts = await holdScripts(page);
  const slot = await lessonWidget(page, ...where);
  // Served with 20× picked; the reader picks 10×.
  await slot.getByText('10× long').click();
  runScripts();
  await expect(slot).toHaveAttribute('data-widget-state', 'interactive');

  const started = await startedLessonWidget(context, ...where);
  const at20 = (await started.textContent()) ?? '';
  await started.getByText('10× long').click();
  await expect(started.getByRole('radio', { name: '10× long' })).toBeChecked();
  const at10 = (await started.textContent()) ?? '';
  expect(at10).not.toBe(at20);
  await expect(slot.getByRole('radio', { name: '10× long' })).toBeChecked();
  await expect(slot.getByRole('radio', { name: '20× long' })).not.toBeChecked();
  await expect(slot).toHaveText(at10);
});

test('a replay button tapped in a lesson before its scripts ran acts once the widget has loaded', async ({
  page,
  context,
}) => {
  const where = ['/learn/during-a-liquidation-event', 'PositionReplayPlayer'] as const;
  const runScripts = await holdScripts(page);
  const slot = await lessonWidget(page, ...where);
  const back = slot.getByRole('button', { name: '◀ Step back' });
  await back.click();
  await expect(back).toHaveAttribute('aria-busy', 'true');
  runScripts();
  await expect(slot).toHaveAttribute('data-widget-state', 'interactive');

  const started = await startedLessonWidget(context, ...where);
  const position = (target: Locator) => target.getByRole('slider', { name: 'Replay position in time' });
  const atEnd = await position(started).getAttribute('aria-valuetext');
  await started.getByRole('button', { name: '◀ Step back' }).click();
  const stepped = (await position(started).getAttribute('aria-valuetext')) ?? '';
  expect(stepped).not.toBe(atEnd);
  await expect(position(slot)).toHaveAttribute('aria-valuetext', stepped);
});

test('a visitor’s lesson calls the API only once they reach its end, and being marked read updates its top too', async ({
  page,
}) => {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/trpc/')) calls.push(new URL(request.url()).pathname);
  });
  await page.goto(`/learn/${LESSON}`);
  const top = page.getByRole('main').locator('header');
  // No session, so no progress to fetch: the standing is known without asking.
  await expect(top.getByTestId('mastery-badge')).toHaveAttribute('data-level', 'NOT_STARTED');
  expect(calls).toEqual([]);

  // Reaching the end of the lesson marks it read, which creates a guest session; the top now reads
  // the stored progress.
  await page.getByRole('link', { name: 'Take the quiz' }).scrollIntoViewIfNeeded();
  await expect(top.getByTestId('lesson-read')).toBeVisible();
  expect(calls.some((path) => path.includes('progress.markLessonRead'))).toBe(true);
});

test('every option of the liquidation price explorer computes: each rule set, side and margin mode', async ({
  page,
}) => {
  // Issue 15: Binance COIN-M, OKX, Gate and Bybit inverse once showed raw "… is required" messages,
  // figures of "—" or a margin of 0.00. Lesson 3's explorer opens small; all options are one click away.
  test.setTimeout(120_000);
  await page.goto('/learn/margin-exhaustion-and-forced-liquidation');
  const slot = page.locator('[data-widget="LiquidationPriceExplorer"]').first();
  await slot.scrollIntoViewIfNeeded();
  await expect(slot).toHaveAttribute('data-widget-state', 'interactive');
  await expect(slot.getByLabel('Rules')).toHaveCount(0);
  await slot.getByRole('button', { name: /^All options/ }).click();
  const rules = await slot
    .getByLabel('Rules')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(rules.length).toBeGreaterThanOrEqual(7);
  for (const rule of rules) {
    await slot.getByLabel('Rules').selectOption(rule);
    const modes = await slot
      .getByLabel('Margin mode')
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    for (const side of ['long', 'short']) {
      await slot.getByLabel('Side').selectOption(side);
      for (const mode of modes) {
        await slot.getByLabel('Margin mode').selectOption(mode);
        const what = `${rule} ${side} ${mode}`;
        await expect(slot.getByRole('alert'), what).toHaveCount(0);
        await expect(slot.getByTestId('liquidation-price'), what).toContainText(/\d/);
        // Equity at the default mark is the margin in the rule set's own unit: never "0.00" or "—".
        await expect(slot.getByTestId('equity-at-mark'), what).toContainText(/[1-9]/);
        await expect(slot, what).not.toContainText('is required');
      }
    }
  }
});

test('a lesson’s prose is kept as served on load and rendered by the browser after a client-side navigation', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    // A visitor's progress requests answer 401 by design; anything else logged as an error (React's
    // hydration errors among them) is a problem.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // Loaded: the prose arrives in the HTML and hydration keeps it (no mismatch, nothing re-rendered).
  await page.goto('/learn/start-at-zero');
  const prose = page.locator('.lesson-body [data-static-markup]');
  expect(await prose.count()).toBeGreaterThan(1);
  // textContent, not innerText: prose far from the viewport is not rendered (content-visibility).
  const served = await page.locator('.lesson-body').textContent();
  await page.getByRole('link', { name: 'Take the quiz' }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('lesson-read').first()).toBeVisible();
  expect(await page.locator('.lesson-body').textContent()).toBe(served);

  // Navigated to on the client (no server HTML to keep): the browser renders the same prose itself.
  await page
    .getByRole('navigation', { name: 'Lessons' })
    .getByRole('link', { name: /Next →/ })
    .click();
  await expect(page).toHaveURL(/\/learn\/leverage-and-margin$/);
  await expect(page.locator('#notional-value')).toBeVisible();
  const rendered = page.locator('.lesson-body [data-static-markup] p').first();
  await expect(rendered).toContainText('first lesson');
  const term = page.locator('.lesson-body button[data-term="notional-value"]').first();
  await term.scrollIntoViewIfNeeded();
  await term.click();
  await expect(page.getByRole('tooltip').filter({ hasText: 'price × quantity' })).toBeVisible();
  expect(problems).toEqual([]);
});
