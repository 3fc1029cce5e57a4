import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  SCENARIO_OUTCOME_LABELS,
  SCENARIO_OUTCOME_ORDER,
} from '../../apps/web/src/components/learn/quiz/scenario-outcome-labels';
// The answer key, read from source as learn.spec.ts does (test-only data, never shipped to the page).
import { quizForLesson } from '../../packages/content/src/quizzes/course';
import { numericGeneratorFor } from '../../packages/content/src/quizzes/generators/numeric-generator-registry';
import type { Question } from '../../packages/content/src/quizzes/question-schema';
import { expectDatabaseStatus } from './database-status';
import { shown } from './quiz-answering';

// Keyboard only: no click, check, fill or selectOption below — Tab/Shift+Tab to move, Space/Enter to
// act, arrow keys inside radio groups, selects, sliders and tabs. After every key the focused element
// must show a focus indicator.

const LESSON = 'leverage-and-margin';

test.skip(({ isMobile }) => isMobile, 'keyboard walkthroughs are for devices with a keyboard');

interface Served {
  id: string;
  kind: Question['kind'];
  params?: Record<string, string>;
  items?: { id: string }[];
  options?: { id: string }[];
}

/**
 * Fails unless the focused element (or, for a visually hidden native radio, the label drawn in its
 * place) has an outline or a box-shadow.
 */
async function expectFocusVisible(page: Page) {
  const problem = await page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'nothing is focused';
    const rect = active.getBoundingClientRect();
    const drawn = rect.width <= 1 || rect.height <= 1 ? (active.closest('label') ?? active) : active;
    const style = getComputedStyle(drawn);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return outline || shadow ? null : `no focus indicator on ${drawn.outerHTML.slice(0, 160)}`;
  });
  expect(problem).toBeNull();
}

async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await expectFocusVisible(page);
}

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/**
 * Moves focus to `target` with Tab, or Shift+Tab when it comes before the focused element, checking
 * the focus indicator at every step.
 */
async function tabTo(page: Page, target: Locator, limit = 80) {
  await expect(target).toBeVisible();
  const before = await target.evaluate((element) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return Boolean(active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);
  });
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    await press(page, before ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target} with ${before ? 'Shift+Tab' : 'Tab'}`);
}

test('a quiz answered start to finish with the keyboard alone', async ({ page }) => {
  test.slow(); // five questions by Tab and Space: 12 s on a quiet machine, 20–24 s in CI, 32 s once
  const started = page.waitForResponse((r) => r.url().includes('quiz.start') && r.status() === 200);
  await page.goto(`/learn/${LESSON}/quiz`);
  const body = (await (await started).json()) as {
    result: { data: { json?: { questions: Served[] }; questions?: Served[] } };
  }[];
  const data = body[0]!.result.data;
  const served = (data.json ?? data).questions ?? [];
  const key = new Map(quizForLesson(LESSON)!.questions.map((q) => [q.id, q]));
  expect(served.length).toBeGreaterThanOrEqual(3);

  for (const [index, question] of served.entries()) {
    const q = key.get(question.id)!;
    if (index === 0 && q.hints.length) {
      // A hint, by keyboard: Enter on the button.
      await tabTo(page, page.getByRole('button', { name: /Show a hint/ }));
      await press(page, 'Enter');
      await expect(page.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
    }
    await answerByKeyboard(page, q, question);
    // Submit with the button (Enter); the feedback appears, then on to the next question.
    await tabTo(page, page.getByRole('button', { name: 'Submit answer' }));
    await press(page, 'Enter');
    await expect(page.getByTestId('answer-feedback')).toHaveAttribute('data-correct', 'true');
    const next = page.getByRole('button', { name: index === served.length - 1 ? /Finish/ : /Next question/ });
    await tabTo(page, next);
    await press(page, 'Enter');
    if (index < served.length - 1) {
      // The next question's heading takes focus, so reading starts there.
      await expect(page.locator('#question-heading')).toBeFocused();
    }
  }
  const result = page.getByTestId('quiz-result');
  await expect(result).toContainText(`${served.length} of ${served.length}`);
  await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
  await expectFocusVisible(page);
});

/** The right answer for one question, with keys only. */
async function answerByKeyboard(page: Page, q: Question, served: Served) {
  const radioIndex = async (names: readonly string[], pick: string) => {
    // Tab lands on the group's first radio (none is checked yet); Space checks it, each arrow moves
    // the check down one option.
    const radios = page.getByRole('radio');
    await tabTo(page, radios.first());
    await press(page, 'Space');
    for (let i = 0; i < names.indexOf(pick); i++) await press(page, 'ArrowDown');
    await expect(page.getByRole('radio', { name: pick, exact: true })).toBeChecked();
  };
  switch (q.kind) {
    case 'single': {
      const order = (served.options ?? q.options).map((o) =>
        shown(q.options.find((x) => x.id === o.id)!.text),
      );
      await radioIndex(order, shown(q.options.find((o) => o.id === q.correct)!.text));
      return;
    }
    case 'true-false':
      await radioIndex(['True', 'False'], q.correct ? 'True' : 'False');
      return;
    case 'scenario': {
      const names = SCENARIO_OUTCOME_ORDER.map((outcome) => SCENARIO_OUTCOME_LABELS[outcome].option);
      await radioIndex(names, SCENARIO_OUTCOME_LABELS[q.outcome].option);
      return;
    }
    case 'multiple': {
      for (const id of q.correct) {
        const box = page.getByRole('checkbox', {
          name: shown(q.options.find((o) => o.id === id)!.text),
          exact: true,
        });
        await tabTo(page, box);
        await press(page, 'Space');
        await expect(box).toBeChecked();
      }
      return;
    }
    case 'numeric': {
      const field = page.getByLabel('Your answer');
      await tabTo(page, field);
      await page.keyboard.type(
        numericGeneratorFor(q.generator)
          .answer(served.params ?? {})
          .toFixed(),
      );
      return;
    }
    case 'ordering': {
      let current = (served.items ?? []).map((i) => i.id);
      for (let slot = 0; slot < q.correctOrder.length; slot++) {
        const id = q.correctOrder[slot]!;
        const text = shown(q.items.find((i) => i.id === id)!.text);
        let at = current.indexOf(id);
        while (at > slot) {
          await tabTo(page, page.getByRole('button', { name: `Move “${text}” up` }));
          await press(page, 'Enter');
          [current[at - 1], current[at]] = [current[at]!, current[at - 1]!];
          at--;
        }
      }
      current = [];
      return;
    }
  }
}

test('the sandbox driven with the keyboard alone', async ({ page }) => {
  test.slow(); // every control and tab in turn: 21 s on a quiet machine, past 30 s under the CI's load
  await page.goto('/sandbox');
  await expectDatabaseStatus(page);
  const liquidation = page.getByTestId('fig-liquidation-price');
  const margin = page.getByTestId('fig-initial-margin');
  await expect(liquidation).toBeVisible();
  const money = async (figure: Locator) => Number((await figure.textContent())!.replace(/[^\d.]/g, ''));
  const longLiquidation = await money(liquidation);
  expect(longLiquidation).toBeLessThan(60_000);

  // Side: the segmented control is a native radio group; the arrow key moves the choice.
  await tabTo(page, page.getByRole('radio', { name: 'Long' }));
  await press(page, 'ArrowRight');
  await expect(page.getByRole('radio', { name: 'Short' })).toBeChecked();
  await expect.poll(() => money(liquidation)).toBeGreaterThan(60_000);

  // Leverage: the slider, five steps up with the arrow key (10× → 15×).
  await tabTo(page, page.getByRole('slider', { name: /Leverage/ }));
  for (let i = 0; i < 5; i++) await press(page, 'ArrowRight');
  await expect(page.getByLabel('Leverage (exact)')).toHaveValue('15');
  await expect(margin).toHaveText('4,000.00\u2009USDT'); // 60,000 ÷ 15

  // Entry price: select what is there and type over it.
  await tabTo(page, page.getByLabel('Entry price'));
  await press(page, 'Control+A');
  await page.keyboard.type('45000');
  await expect(margin).toHaveText('3,000.00\u2009USDT'); // 45,000 ÷ 15
  await expect.poll(() => money(liquidation)).toBeGreaterThan(45_000);
  await expect.poll(() => money(liquidation)).toBeLessThan(50_000);

  // A named path: the arrow keys in a closed select move to the next or previous option.
  await tabTo(page, page.getByLabel('Path', { exact: true }));
  await press(page, 'ArrowDown');
  await expect(page.getByLabel('Path', { exact: true })).toHaveValue('named');
  const shape = page.getByLabel('Shape');
  await expect(shape).toHaveValue('flash-crash-wick');
  await tabTo(page, shape);
  await press(page, 'ArrowUp');
  await expect(shape).toHaveValue('short-squeeze-after-new-high');

  // The replay: fastest speed, then Play with Enter.
  const speed = page.getByLabel('Speed');
  await tabTo(page, speed);
  for (let i = 0; i < 3; i++) await press(page, 'ArrowDown');
  await expect(speed).toHaveValue('20');
  await tabTo(page, page.getByRole('button', { name: /^Play/ }));
  await press(page, 'Enter');
  await expect(page.getByRole('button', { name: 'Play from start' })).toBeVisible({ timeout: 15_000 });
  // A 15× short into a squeeze of 30 %: the position does not survive it.
  await expect(page.getByTestId('replay-chart')).toHaveAttribute('data-markers', /liquidation/);

  // The Compare tab: one tab stop for the tab list, the arrow key selects the next tab.
  await tabTo(page, page.getByRole('tab', { name: 'Replay' }));
  await press(page, 'ArrowRight');
  const compare = page.getByRole('tab', { name: 'Compare' });
  await expect(compare).toHaveAttribute('aria-selected', 'true');
  await expect(compare).toBeFocused();
  await expect(page.getByTestId('compare-a')).toContainText('15×');
  await expect(page.getByTestId('compare-a')).toContainText('✖');
  await expect(page.getByTestId('compare-b')).toContainText('5×');
});
