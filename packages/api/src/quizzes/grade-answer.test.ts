import { allQuestions } from '@liqlab/content/quizzes/course';
import { generateNumericQuestion } from '@liqlab/content/quizzes/generate-numeric-question';
import {
  type NumericQuestion,
  type Question,
  SCENARIO_OUTCOMES,
} from '@liqlab/content/quizzes/question-schema';
import { bankruptcyPrice, Decimal, initialMargin, liquidationPrice } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error';
import type { Answer } from './answer-schema';
import { gradeAnswer } from './grade-answer';
import { serveQuestion } from './quiz-questions';

const SEED = 'grade-answer-test';

function questionsOf<K extends Question['kind']>(kind: K): Extract<Question, { kind: K }>[] {
  return allQuestions.filter((q): q is Extract<Question, { kind: K }> => q.kind === kind);
}

function refusal(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return `${error.code}:${String(error.details?.reason)}`;
    throw error;
  }
  return undefined;
}

describe('gradeAnswer — single', () => {
  it.each(questionsOf('single').map((q) => [q.id, q] as const))(
    '%s: right is right, every other option wrong',
    (_id, q) => {
      expect(gradeAnswer(q, { kind: 'single', optionId: q.correct }, SEED).correct).toBe(true);
      for (const option of q.options.filter((o) => o.id !== q.correct)) {
        const graded = gradeAnswer(q, { kind: 'single', optionId: option.id }, SEED);
        expect(graded.correct).toBe(false);
        expect(graded.correctAnswer).toEqual({ kind: 'single', optionId: q.correct });
      }
    },
  );

  it('explains every option and marks the chosen and the correct one', () => {
    const q = questionsOf('single')[0]!;
    const wrong = q.options.find((o) => o.id !== q.correct)!;
    const graded = gradeAnswer(q, { kind: 'single', optionId: wrong.id }, SEED);
    if (graded.explanations.kind !== 'options') throw new Error('expected option explanations');
    expect(graded.explanations.options).toHaveLength(q.options.length);
    expect(graded.explanations.options.find((o) => o.chosen)?.id).toBe(wrong.id);
    expect(graded.explanations.options.find((o) => o.correct)?.id).toBe(q.correct);
    expect(graded.explanations.options.every((o) => o.explanation.length > 0)).toBe(true);
  });

  it('refuses an option the question does not have', () => {
    const q = questionsOf('single')[0]!;
    expect(refusal(() => gradeAnswer(q, { kind: 'single', optionId: 'not-an-option' }, SEED))).toBe(
      'INVALID_INPUT:UNKNOWN_OPTION',
    );
  });
});

describe('gradeAnswer — multiple (all or nothing)', () => {
  const q = questionsOf('multiple')[0]!;

  it('accepts the exact set in any order', () => {
    expect(gradeAnswer(q, { kind: 'multiple', optionIds: [...q.correct].reverse() }, SEED).correct).toBe(
      true,
    );
  });

  it('marks a subset, a superset and a disjoint choice wrong', () => {
    const wrongOption = q.options.find((o) => !q.correct.includes(o.id))!.id;
    expect(gradeAnswer(q, { kind: 'multiple', optionIds: q.correct.slice(1) }, SEED).correct).toBe(false);
    expect(gradeAnswer(q, { kind: 'multiple', optionIds: [...q.correct, wrongOption] }, SEED).correct).toBe(
      false,
    );
    expect(gradeAnswer(q, { kind: 'multiple', optionIds: [wrongOption] }, SEED).correct).toBe(false);
    expect(gradeAnswer(q, { kind: 'multiple', optionIds: [] }, SEED).correct).toBe(false);
  });

  it('grades every multiple question of the course', () => {
    for (const question of questionsOf('multiple')) {
      expect(gradeAnswer(question, { kind: 'multiple', optionIds: question.correct }, SEED).correct).toBe(
        true,
      );
      expect(
        gradeAnswer(question, { kind: 'multiple', optionIds: question.correct.slice(1) }, SEED).correct,
      ).toBe(false);
    }
  });
});

describe('gradeAnswer — true-false', () => {
  it.each(questionsOf('true-false').map((q) => [q.id, q] as const))('%s', (_id, q) => {
    expect(gradeAnswer(q, { kind: 'true-false', value: q.correct }, SEED).correct).toBe(true);
    const wrong = gradeAnswer(q, { kind: 'true-false', value: !q.correct }, SEED);
    expect(wrong.correct).toBe(false);
    expect(wrong.explanations).toEqual({ kind: 'true-false', ...q.explanations });
  });
});

describe('gradeAnswer — ordering', () => {
  const q = questionsOf('ordering')[0]!;

  it('needs the full order', () => {
    expect(gradeAnswer(q, { kind: 'ordering', order: q.correctOrder }, SEED).correct).toBe(true);
    const swapped = [...q.correctOrder];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(gradeAnswer(q, { kind: 'ordering', order: swapped }, SEED).correct).toBe(false);
  });

  it('refuses an order that is not a permutation of the items', () => {
    expect(refusal(() => gradeAnswer(q, { kind: 'ordering', order: q.correctOrder.slice(1) }, SEED))).toBe(
      'INVALID_INPUT:NOT_A_PERMUTATION',
    );
    const repeated = [q.correctOrder[0]!, ...q.correctOrder.slice(1, -1), q.correctOrder[0]!];
    expect(refusal(() => gradeAnswer(q, { kind: 'ordering', order: repeated }, SEED))).toBe(
      'INVALID_INPUT:NOT_A_PERMUTATION',
    );
    expect(
      refusal(() => gradeAnswer(q, { kind: 'ordering', order: ['x', ...q.correctOrder.slice(1)] }, SEED)),
    ).toBe('INVALID_INPUT:UNKNOWN_OPTION');
  });
});

describe('gradeAnswer — scenario', () => {
  it.each(questionsOf('scenario').map((q) => [q.id, q] as const))('%s', (_id, q) => {
    expect(gradeAnswer(q, { kind: 'scenario', outcome: q.outcome }, SEED).correct).toBe(true);
    for (const other of SCENARIO_OUTCOMES.filter((outcome) => outcome !== q.outcome)) {
      expect(gradeAnswer(q, { kind: 'scenario', outcome: other }, SEED).correct).toBe(false);
    }
  });
});

describe('gradeAnswer — numeric', () => {
  const numeric = questionsOf('numeric');
  const seeds = Array.from({ length: 40 }, (_, i) => `seed-${i}`);
  const exact = (q: NumericQuestion, seed: string) => generateNumericQuestion(q, seed).answer;

  /** A submission `factor` tolerances away from the exact answer. */
  function offBy(q: NumericQuestion, seed: string, factor: number): string {
    const answer = exact(q, seed);
    const allowed =
      q.tolerance.kind === 'absolute'
        ? new Decimal(q.tolerance.value)
        : answer.abs().times(q.tolerance.value);
    return answer.plus(allowed.times(factor)).toFixed();
  }

  it.each(numeric.map((q) => [q.id, q] as const))(
    '%s: right within tolerance, wrong outside, for many seeds',
    (_id, q) => {
      for (const seed of seeds) {
        const graded = gradeAnswer(q, { kind: 'numeric', value: exact(q, seed).toFixed() }, seed);
        expect(graded.correct).toBe(true);
        if (graded.correctAnswer.kind !== 'numeric') throw new Error('expected a numeric answer');
        // The revealed (rounded) figure is itself accepted, and the revealed params are the served ones.
        expect(gradeAnswer(q, { kind: 'numeric', value: graded.correctAnswer.value }, seed).correct).toBe(
          true,
        );
        const served = serveQuestion(q, seed);
        expect(served.kind === 'numeric' && served.params).toEqual(graded.correctAnswer.params);
        expect(gradeAnswer(q, { kind: 'numeric', value: offBy(q, seed, 0.9) }, seed).correct).toBe(true);
        if (!exact(q, seed).isZero()) {
          expect(gradeAnswer(q, { kind: 'numeric', value: offBy(q, seed, 3) }, seed).correct).toBe(false);
          expect(gradeAnswer(q, { kind: 'numeric', value: offBy(q, seed, -3) }, seed).correct).toBe(false);
        }
      }
    },
  );

  it('grades against the attempt seed: the same answer is wrong in another attempt', () => {
    const q = numeric.find((question) => question.generator === 'notional-value')!;
    const value = exact(q, 'attempt-a').toFixed();
    expect(gradeAnswer(q, { kind: 'numeric', value }, 'attempt-a').correct).toBe(true);
    expect(gradeAnswer(q, { kind: 'numeric', value }, 'attempt-b').correct).toBe(false);
  });

  it('explains with the method and the worked solution of this attempt', () => {
    const q = numeric[0]!;
    const graded = gradeAnswer(q, { kind: 'numeric', value: '1' }, SEED);
    expect(graded.explanations).toEqual({
      kind: 'text',
      text: q.explanation,
      workedSolution: generateNumericQuestion(q, SEED).workedSolution,
    });
  });

  /** Recomputes the figure straight from @liqlab/core with the served parameters. */
  function coreFigure(q: NumericQuestion, p: Record<string, string>): Decimal | null {
    const side = p.side === 'short' ? 'short' : 'long';
    const base = { side, entryPrice: p.entryPrice!, quantity: p.quantity!, marginMode: 'isolated' } as const;
    switch (q.generator) {
      case 'notional-value':
        return new Decimal(p.entryPrice!).times(p.quantity!);
      case 'initial-margin':
        return initialMargin({ ...base, rules: 'binance-usdm', leverage: p.leverage! });
      case 'bankruptcy-price':
        return bankruptcyPrice({ ...base, rules: 'binance-usdm', leverage: p.leverage! });
      case 'isolated-liquidation-price':
        return liquidationPrice({
          ...base,
          rules: p.rules === 'bybit-linear' ? 'bybit-linear' : 'binance-usdm',
          leverage: p.leverage!,
          maintenanceMarginRate: p.maintenanceMarginRate!,
        });
      case 'liquidation-price-after-top-up': {
        const long = {
          ...base,
          side: 'long',
          rules: 'binance-usdm',
          maintenanceMarginRate: p.maintenanceMarginRate!,
        } as const;
        const margin = new Decimal(p.entryPrice!).times(p.quantity!).div(p.leverage!);
        const before = liquidationPrice({ ...long, margin });
        const after = liquidationPrice({ ...long, margin: margin.plus(p.topUp!) });
        return before && after ? before.minus(after) : null;
      }
      default:
        return null;
    }
  }

  it('the generated answer equals the engine figure for many seeds', () => {
    const engineBacked = [
      'notional-value',
      'initial-margin',
      'bankruptcy-price',
      'isolated-liquidation-price',
      'liquidation-price-after-top-up',
    ];
    const checked = numeric.filter((q) => engineBacked.includes(q.generator));
    let comparisons = 0;
    for (const q of checked) {
      for (const seed of seeds) {
        const served = serveQuestion(q, seed);
        if (served.kind !== 'numeric') throw new Error('expected a numeric question');
        const figure = coreFigure(q, served.params!);
        if (figure === null) continue;
        expect(exact(q, seed).toFixed(), `${q.id} ${seed}`).toBe(figure.toFixed());
        expect(
          gradeAnswer(q, { kind: 'numeric', value: figure.toDecimalPlaces(8).toFixed() }, seed).correct,
        ).toBe(true);
        comparisons += 1;
      }
    }
    // notional-value, initial-margin, bankruptcy-price, two isolated liquidation prices and a top-up.
    expect(comparisons).toBeGreaterThanOrEqual(6 * seeds.length);
  });
});

describe('gradeAnswer — answers of the wrong kind', () => {
  const answers: Answer[] = [
    { kind: 'single', optionId: 'a' },
    { kind: 'multiple', optionIds: ['a', 'b'] },
    { kind: 'true-false', value: true },
    { kind: 'ordering', order: ['a'] },
    { kind: 'numeric', value: '1' },
    { kind: 'scenario', outcome: 'open' },
  ];
  const kinds = ['single', 'multiple', 'true-false', 'ordering', 'numeric', 'scenario'] as const;

  it.each(kinds)('a %s question refuses every other kind', (kind) => {
    const q = questionsOf(kind)[0]!;
    for (const answer of answers.filter((a) => a.kind !== kind)) {
      expect(refusal(() => gradeAnswer(q, answer, SEED))).toBe('INVALID_INPUT:WRONG_KIND');
    }
  });
});
