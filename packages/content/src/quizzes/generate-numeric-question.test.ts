import { Decimal, LiquidationError } from '@liqlab/core';
import { readerText } from '@liqlab/core/figure-marks';
import { describe, expect, it } from 'vitest';
import { allQuestions } from './course';
import {
  drawNumericParameters,
  generateNumericQuestion,
  gradeNumericAnswer,
  isWithinTolerance,
} from './generate-numeric-question';
import { NUMERIC_GENERATORS, type NumericGeneratorId } from './numeric-generators';
import { NumericQuestionError } from './numeric-question-error';
import type { NumericQuestion } from './question-schema';

const numericQuestions = allQuestions.filter((q): q is NumericQuestion => q.kind === 'numeric');
const SEEDS = Array.from({ length: 50 }, (_, i) => `seed-${i}-${(i * 2654435761) >>> 0}`);

/** Answers that may be zero or negative by nature: a losing strategy, a liquidation shortfall. */
const MAY_BE_NON_POSITIVE = new Set<NumericGeneratorId>(['expectancy-r', 'liquidation-surplus']);

function numericQuestion(generator: NumericGeneratorId): NumericQuestion {
  const q = numericQuestions.find((x) => x.generator === generator);
  if (!q) throw new Error(`no question uses ${generator}`);
  return q;
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('generateNumericQuestion, for every numeric question of the course', () => {
  it('covers at least one question per lesson with a numeric generator', () => {
    expect(numericQuestions.length).toBeGreaterThanOrEqual(12);
  });

  for (const q of numericQuestions) {
    it(`${q.id}: ${SEEDS.length} seeds give complete, gradable exercises`, () => {
      const seen = new Set<string>();
      for (const seed of SEEDS) {
        const generated = generateNumericQuestion(q, seed);
        const { params, prompt, answer } = generated;
        expect(Object.keys(params).sort()).toEqual([...NUMERIC_GENERATORS[q.generator]].sort());
        for (const [name, value] of Object.entries(q.fixed ?? {})) expect(params[name], name).toBe(value);
        expect(prompt, `${q.id} ${seed}`).not.toMatch(/\{\{|\}\}/);
        expect(generated.unit).toBe(q.unit);
        expect(generated.tolerance).toEqual(q.tolerance);
        expect(generated.workedSolution.length).toBeGreaterThan(0);
        expect(JSON.stringify(generated.workedSolution)).not.toMatch(/NaN|Infinity|undefined/);
        expect(answer.isFinite()).toBe(true);
        if (!MAY_BE_NON_POSITIVE.has(q.generator))
          expect(answer.gt(0), `${q.id} ${seed}: ${answer}`).toBe(true);

        expect(gradeNumericAnswer(q, seed, answer.toFixed())).toEqual({
          correct: true,
          expected: expect.any(String),
        });
        const { expected } = gradeNumericAnswer(q, seed, answer.toFixed());
        expect(gradeNumericAnswer(q, seed, expected).correct, `expected ${expected} grades correct`).toBe(
          true,
        );
        let wrong = answer.times('1.1').plus(1);
        if (isWithinTolerance(answer, wrong, q.tolerance)) wrong = answer.abs().times(2).plus(1);
        expect(gradeNumericAnswer(q, seed, wrong.toFixed()).correct, `${q.id} ${seed}: ${wrong}`).toBe(false);

        expect(generateNumericQuestion(q, seed).params).toEqual(params);
        seen.add(JSON.stringify(params));
      }
      expect(seen.size, `${q.id} varies with the seed`).toBeGreaterThan(SEEDS.length / 5);
    });
  }

  it('fills the prompt with grouped numbers, a money amount at the reader’s places but never fewer than drawn', () => {
    const q = numericQuestion('notional-value');
    const pinned = { ...q, fixed: { entryPrice: '58350.5', quantity: '0.125' } };
    const { prompt, answer } = generateNumericQuestion(pinned, 'any');
    expect(readerText(prompt, 0)).toContain('58,350.5 USDT');
    expect(readerText(prompt, 2)).toContain('58,350.50 USDT');
    expect(readerText(prompt, 4)).toContain('58,350.5000 USDT');
    // The quantity is not money: as drawn at every setting.
    for (const digits of [0, 2, 4, 6]) expect(readerText(prompt, digits)).toContain('0.125 BTC');
    expect(answer.toString()).toBe('7293.8125');
  });

  it('draws a question’s parameters from its own stream: same attempt, different questions differ', () => {
    const a = drawNumericParameters(numericQuestion('initial-margin'), 'attempt');
    const b = drawNumericParameters(numericQuestion('notional-value'), 'attempt');
    expect([a.entryPrice, a.quantity]).not.toEqual([b.entryPrice, b.quantity]);
  });

  it('rejects pinned values outside a parameter’s range or enum', () => {
    const q = numericQuestion('isolated-liquidation-price');
    const invalid: Record<string, string>[] = [
      { rules: 'okx-linear' },
      { side: 'sideways' },
      { leverage: '0.5' },
      { leverage: '1e3' },
    ];
    for (const fixed of invalid) {
      const error = caught(() => generateNumericQuestion({ ...q, fixed }, 's'));
      expect(error).toBeInstanceOf(NumericQuestionError);
      expect((error as NumericQuestionError).code).toBe('INVALID_PARAMETER');
    }
  });

  it('refuses a question that is not numeric', () => {
    const single = allQuestions.find((q) => q.kind === 'single')!;
    const error = caught(() => generateNumericQuestion(single as unknown as NumericQuestion, 's'));
    expect((error as NumericQuestionError).code).toBe('NOT_NUMERIC');
  });
});

describe('gradeNumericAnswer', () => {
  const absolute = { ...numericQuestion('notional-value'), fixed: { entryPrice: '60000', quantity: '0.1' } };

  it('honours an absolute tolerance at its edge', () => {
    // Answer 6,000; tolerance 0.01.
    expect(gradeNumericAnswer(absolute, 's', '6000.01').correct).toBe(true);
    expect(gradeNumericAnswer(absolute, 's', '5999.99').correct).toBe(true);
    expect(gradeNumericAnswer(absolute, 's', '6000.0101').correct).toBe(false);
    expect(gradeNumericAnswer(absolute, 's', ' 6000 ')).toEqual({ correct: true, expected: '6000' });
  });

  it('honours a relative tolerance at its edge', () => {
    const q = numericQuestion('position-size-from-stop');
    const { answer } = generateNumericQuestion(q, 'rel');
    const off = (fraction: string) =>
      answer.times(new Decimal(q.tolerance.value).times(fraction).plus(1)).toFixed();
    expect(q.tolerance.kind).toBe('relative');
    expect(gradeNumericAnswer(q, 'rel', off('0.999')).correct).toBe(true);
    expect(gradeNumericAnswer(q, 'rel', off('-0.999')).correct).toBe(true);
    expect(gradeNumericAnswer(q, 'rel', off('1.001')).correct).toBe(false);
  });

  it('reads a negative answer typed with the typographic minus', () => {
    const q = { ...numericQuestion('expectancy-r'), fixed: { winRatePercent: '25', averageWinR: '2' } };
    expect(gradeNumericAnswer(q, 's', '−0.25')).toEqual({ correct: true, expected: '-0.25' });
    expect(gradeNumericAnswer(q, 's', '0.25').correct).toBe(false);
  });

  it('rejects input that is not a decimal number with core’s typed error', () => {
    for (const [input, code] of [
      ['abc', 'INVALID_NUMBER'],
      ['6,000', 'INVALID_NUMBER'],
      ['NaN', 'INVALID_NUMBER'],
      ['Infinity', 'INVALID_NUMBER'],
      ['12 USDT', 'INVALID_NUMBER'],
      ['', 'MISSING_FIELD'],
    ] as const) {
      const error = caught(() => gradeNumericAnswer(absolute, 's', input));
      expect(error, input).toBeInstanceOf(LiquidationError);
      expect((error as LiquidationError).code, input).toBe(code);
      expect((error as LiquidationError).field).toBe('answer');
    }
  });
});

describe('the revealed answer of a numeric question', () => {
  it('keeps every place an absolute tolerance grades once it has a fraction (81,946.90, not 81,946.9)', () => {
    let endingInZero = 0;
    for (const q of numericQuestions.filter((x) => x.tolerance.kind === 'absolute')) {
      const places = q.tolerance.value.split('.')[1]?.length ?? 0;
      for (const seed of SEEDS) {
        const exercise = generateNumericQuestion(q, seed);
        const figure = exercise.workedSolution.at(-1)!.result;
        const rounded = exercise.answer.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
        const whole = rounded.isInteger();
        expect(figure.atLeast ?? figure.digits, `${q.id} ${seed}`).toBe(whole ? 0 : places);
        if (!whole && rounded.toFixed(places).endsWith('0')) endingInZero += 1;
      }
    }
    expect(endingInZero).toBeGreaterThan(0); // the case that lost its zero was drawn
  });
});
