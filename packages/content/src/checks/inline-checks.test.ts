import { Decimal } from '@liqlab/core';
import { readerText } from '@liqlab/core/figure-marks';
import { describe, expect, it } from 'vitest';
import { readLessonFiles } from '../lessons/read-lesson-files';
import { workedFigureText } from '../quizzes/worked-solution';
import { gradeInlineCheck, placesWithinTolerance } from './grade-inline-check';
import { publicInlineCheck } from './inline-check-schema';
import { inlineCheckById, inlineChecks } from './inline-checks';

const lessons = readLessonFiles();

/** Each `<InlineCheck id>` of a lesson with the id of the h2 section it sits in. */
function placedChecks(lesson: (typeof lessons)[number]): { id: string; section: string | undefined }[] {
  const parts = lesson.body.split(/^## /m);
  return parts.flatMap((part, index) =>
    [...part.matchAll(/<InlineCheck id="([^"]+)" \/>/g)].map((m) => ({
      id: m[1]!,
      section: index === 0 ? undefined : lesson.meta.sections[index - 1]?.id,
    })),
  );
}

/** Sections that only sum up what the lesson taught: nothing new to check. */
const SUMMARY_SECTIONS = new Set(['key-takeaways', 'the-checklist-in-one-place']);

describe('inline checks', () => {
  it('every section that teaches something asks one (issue 15: "one short inline question per lesson section")', () => {
    for (const lesson of lessons) {
      const sectionsChecked = new Set(placedChecks(lesson).map((p) => p.section));
      const unchecked = lesson.meta.sections
        .map((s) => s.id)
        .filter((id) => !SUMMARY_SECTIONS.has(id) && !sectionsChecked.has(id));
      expect(unchecked, `${lesson.fileName}: sections without an inline check`).toEqual([]);
    }
  });

  it('every lesson asks at least two, each inside the section it belongs to', () => {
    for (const lesson of lessons) {
      const placed = placedChecks(lesson);
      expect(placed.length, `${lesson.fileName} has too few inline checks`).toBeGreaterThanOrEqual(2);
      for (const { id, section } of placed) {
        const check = inlineCheckById(id);
        expect(check, `${lesson.fileName}: <InlineCheck id="${id}"> does not exist`).toBeDefined();
        expect(check!.lesson).toBe(lesson.meta.slug);
        expect(section, `${id} sits in another section`).toBe(check!.section);
      }
    }
  });

  it('places every check exactly once, with unique ids', () => {
    const placed = lessons.flatMap((l) => placedChecks(l).map((p) => p.id));
    expect(new Set(inlineChecks.map((c) => c.id)).size).toBe(inlineChecks.length);
    expect([...placed].sort()).toEqual(inlineChecks.map((c) => c.id).sort());
  });

  it('serve no answer before it is given', () => {
    for (const check of inlineChecks) {
      const served = JSON.stringify(publicInlineCheck(check));
      expect(served).not.toMatch(/"(correct|answer|why|tolerance)"/);
      // The answer as a number of its own (not the digits inside "c03" or "15,000").
      if (check.kind === 'numeric') {
        const alone = new RegExp(`(?<![\\d.,])${check.answer.replace('.', '\\.')}(?![.,]?\\d)`);
        expect(served, check.id).not.toMatch(alone);
      }
      expect(served).not.toContain(check.why);
    }
  });

  it('grade the right answer right and the others wrong', () => {
    for (const check of inlineChecks) {
      if (check.kind === 'choice') {
        for (const option of check.options) {
          expect(gradeInlineCheck(check, { choice: option.id }).correct, `${check.id}/${option.id}`).toBe(
            option.id === check.correct,
          );
        }
        expect(gradeInlineCheck(check, { value: '1' }).correct).toBe(false);
      } else {
        expect(gradeInlineCheck(check, { value: check.answer }).correct, check.id).toBe(true);
        const off = (Number(check.answer) + Number(check.tolerance) * 3 + 1).toString();
        expect(gradeInlineCheck(check, { value: off }).correct, `${check.id} off`).toBe(false);
        expect(gradeInlineCheck(check, { value: 'lots' }).correct).toBe(false);
        expect(gradeInlineCheck(check, { choice: 'a' }).correct).toBe(false);
      }
    }
  });

  it('accept a decimal comma and tolerate rounding within the stated tolerance', () => {
    const check = inlineCheckById('c06-short-liquidation')!;
    if (check.kind !== 'numeric') throw new Error('numeric');
    expect(check.answer).toBe('74626.87');
    expect(gradeInlineCheck(check, { value: '74626,87' }).correct).toBe(true);
    expect(gradeInlineCheck(check, { value: '74627' }).correct).toBe(true);
    expect(gradeInlineCheck(check, { value: '74,626.87' }).correct).toBe(false);
    expect(gradeInlineCheck(check, { value: '74630' }).correct).toBe(false);
  });
});

describe('the revealed answer of a numeric inline check', () => {
  const numeric = inlineChecks.filter((c) => c.kind === 'numeric');

  it('is the exact answer; money takes the reader’s places, never fewer than the grade accepts', () => {
    for (const check of numeric) {
      const { answer } = gradeInlineCheck(check, { value: 'wrong' });
      if (answer.kind !== 'numeric') throw new Error(check.id);
      expect(new Decimal(answer.figure.value).eq(check.answer), check.id).toBe(true);
      expect(answer.unit).toBe(check.unit);
      for (const currencyDigits of [0, 2, 4, 6]) {
        // Typed back in as a learner would, without grouping (the API reads the shown minus sign as -).
        const shown = workedFigureText(answer.figure, { currencyDigits }).replace(/,/g, '').replace('−', '-');
        // What the learner reads, typed back in, is graded right.
        expect(
          gradeInlineCheck(check, { value: shown }).correct,
          `${check.id} at ${currencyDigits}: ${shown}`,
        ).toBe(true);
        if (check.unit === 'USDT' && currencyDigits >= placesWithinTolerance(check.tolerance)) {
          expect(shown.split('.')[1]?.length ?? 0, check.id).toBe(currencyDigits);
        }
      }
    }
  });

  it('shows a USDT answer at 0 and at 4 places as the reader chose', () => {
    const check = inlineCheckById('c01-initial-margin')!;
    const { answer } = gradeInlineCheck(check, { value: '1' });
    if (answer.kind !== 'numeric' || check.kind !== 'numeric') throw new Error('numeric');
    expect(placesWithinTolerance(check.tolerance)).toBe(0); // a tolerance of 0.5: whole USDT are accepted
    expect(workedFigureText(answer.figure, { currencyDigits: 0 })).toMatch(/^[\d,]+$/);
    expect(workedFigureText(answer.figure, { currencyDigits: 4 })).toMatch(/^[\d,]+\.\d{4}$/);
  });

  it('needs as many places as the tolerance: half a unit of the last place within it', () => {
    expect(placesWithinTolerance('0.5')).toBe(0);
    expect(placesWithinTolerance('0.05')).toBe(1);
    expect(placesWithinTolerance('0.01')).toBe(2);
    expect(placesWithinTolerance('0.005')).toBe(2);
    expect(placesWithinTolerance('1')).toBe(0);
  });
});

describe('the why line of an inline check', () => {
  it('shows its computed money figures at the reader’s places, and nothing of the marks', () => {
    const check = inlineCheckById('c01-initial-margin')!;
    if (check.kind !== 'numeric') throw new Error('numeric');
    const [at0, at4] = [readerText(check.why, 0), readerText(check.why, 4)];
    expect(at0).toMatch(/that is \d{1,3}(,\d{3})* USDT\.$/);
    expect(at4).toMatch(/that is \d{1,3}(,\d{3})*\.\d{4} USDT\.$/);
    for (const c of inlineChecks)
      for (const digits of [0, 2, 4, 6])
        expect(readerText(c.why, digits), c.id).not.toMatch(/[\uE000-\uF8FF]/);
  });
});
