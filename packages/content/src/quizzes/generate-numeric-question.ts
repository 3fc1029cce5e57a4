import { childSeed, createRandom, Decimal, toDecimal } from '@liqlab/core';
import { createParamDraw, type ParamSpec, shownParameter } from './generators/numeric-generator';
import { numericGeneratorFor } from './generators/numeric-generator-registry';
import { NUMERIC_GENERATORS } from './numeric-generators';
import { NumericQuestionError } from './numeric-question-error';
import type { NumericQuestion } from './question-schema';
import { figureOf, type WorkedFigure, type WorkedStep, type WorkedStepView } from './worked-solution';

export type NumericParameters = Readonly<Record<string, string>>;
export type NumericTolerance = NumericQuestion['tolerance'];

export interface GeneratedNumericQuestion {
  /** Decimal strings or enum values, by parameter name, exactly as drawn (or pinned). */
  params: NumericParameters;
  /** The question's prompt with every {{name}} filled, numbers grouped by thousands. */
  prompt: string;
  /** Exact; round only for display. */
  answer: Decimal;
  unit: string;
  tolerance: NumericTolerance;
  /**
   * The working with this attempt's own numbers, for after the answer is in: each step's rule, the rule
   * with the numbers, and the engine's figure; the last step shows the graded answer (`expected`).
   */
  workedSolution: WorkedStepView[];
}

export interface NumericGrade {
  correct: boolean;
  /** The answer as a plain decimal string, rounded just enough that it is itself graded correct. */
  expected: string;
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

function assertNumeric(question: NumericQuestion): void {
  if (question?.kind !== 'numeric') {
    throw new NumericQuestionError('NOT_NUMERIC', `question ${question?.id} is not a numeric question.`);
  }
}

/** Why `value` is not acceptable for `spec`, or undefined when it is. */
function parameterProblem(value: string | undefined, spec: ParamSpec): string | undefined {
  if (typeof value !== 'string') return 'is missing';
  if (spec.kind === 'enum') {
    return spec.values.includes(value)
      ? undefined
      : `must be one of ${spec.values.join(', ')}, got "${value}"`;
  }
  if (!/^-?\d+(\.\d+)?$/.test(value)) return `must be a plain decimal string, got "${value}"`;
  const d = new Decimal(value);
  if (d.lt(spec.min) || d.gt(spec.max)) return `must lie in [${spec.min}, ${spec.max}], got ${value}`;
  if (spec.integer && !d.isInteger()) return `must be a whole number, got ${value}`;
  return undefined;
}

/**
 * The parameters of one attempt: pinned values from the question, the rest drawn from the stream
 * childSeed(seed, question id), so client and server derive the same numbers from the same seed.
 * Throws INVALID_PARAMETER when a pinned value (or a draw) is outside what the generator accepts.
 */
export function drawNumericParameters(question: NumericQuestion, seed: string): NumericParameters {
  assertNumeric(question);
  const generator = numericGeneratorFor(question.generator);
  const pinned = question.fixed ?? {};
  const random = createRandom(childSeed(seed, question.id));
  const params = generator.draw(createParamDraw(random, pinned));
  const names: readonly string[] = NUMERIC_GENERATORS[question.generator];
  for (const name of [...Object.keys(params), ...Object.keys(pinned)]) {
    if (!names.includes(name)) {
      throw new NumericQuestionError('INVALID_PARAMETER', `${question.id}: ${name} is not a parameter.`);
    }
  }
  for (const name of names) {
    const problem = parameterProblem(params[name], generator.params[name]!);
    if (problem !== undefined) {
      throw new NumericQuestionError('INVALID_PARAMETER', `${question.id}: parameter ${name} ${problem}.`);
    }
  }
  return params;
}

/** Fills the question's {{name}} placeholders with the parameters as the learner reads them (shownParameter). */
export function fillPrompt(question: NumericQuestion, params: NumericParameters): string {
  const specs = numericGeneratorFor(question.generator).params;
  return question.prompt.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new NumericQuestionError('INVALID_PARAMETER', `placeholder {{${name}}} has no parameter.`);
    }
    return shownParameter(specs[name], value);
  });
}

/** One attempt of a numeric question: the same (seed, question) always gives the same exercise. */
export function generateNumericQuestion(question: NumericQuestion, seed: string): GeneratedNumericQuestion {
  const params = drawNumericParameters(question, seed);
  const generator = numericGeneratorFor(question.generator);
  const answer = generator.answer(params);
  if (!answer.isFinite()) {
    throw new NumericQuestionError('NO_ANSWER', `${question.id}: the answer is not a finite number.`);
  }
  return {
    params,
    prompt: fillPrompt(question, params),
    answer,
    unit: question.unit,
    tolerance: { ...question.tolerance },
    workedSolution: stepViews(generator.workedSolution(params, answer), answer, question.tolerance),
  };
}

/**
 * The steps as they cross the wire; the last one ends at exactly the answer the grade reveals: money
 * keeps at least the places the tolerance needs (more when the reader asks), anything else shows the
 * revealed answer itself.
 */
function stepViews(
  steps: readonly WorkedStep[],
  answer: Decimal,
  tolerance: NumericTolerance,
): WorkedStepView[] {
  const last = steps.at(-1);
  if (last === undefined || !last.result.eq(answer)) {
    throw new NumericQuestionError('NO_ANSWER', 'the worked solution does not end at the answer.');
  }
  return steps.map((s) => ({
    label: s.label,
    formula: s.formula,
    substituted: s.substituted,
    result: s === last ? answerFigure(last, tolerance) : figureOf(s),
    unit: s.unit,
  }));
}

/**
 * The graded answer as a figure: the revealed answer, or money at the reader's places but never fewer
 * than it has. A whole answer may read whole; one with a fraction keeps every place an absolute
 * tolerance grades (81,946.90 to the cent, not the 81,946.9 its trimmed text has).
 */
function answerFigure(last: WorkedStep, tolerance: NumericTolerance): WorkedFigure {
  const expected = expectedText(last.result, tolerance);
  const fraction = expected.split('.')[1]?.length ?? 0;
  const places =
    tolerance.kind === 'absolute' && fraction > 0 ? (tolerance.value.split('.')[1]?.length ?? 0) : fraction;
  return last.digits === 2
    ? { value: last.result.toFixed(), trim: false, atLeast: places }
    : { value: expected, digits: places, trim: false };
}

/** |submitted − answer| ≤ value (absolute) or ≤ value × |answer| (relative). */
export function isWithinTolerance(answer: Decimal, submitted: Decimal, tolerance: NumericTolerance): boolean {
  const allowed =
    tolerance.kind === 'absolute' ? new Decimal(tolerance.value) : answer.abs().times(tolerance.value);
  return submitted.minus(answer).abs().lte(allowed);
}

/**
 * The answer rounded (half-up) to the tolerance's own precision plus margin: absolute 0.01 → 2
 * decimals, relative 0.005 → 5 significant digits. The rounding error stays under the tolerance.
 */
function expectedText(answer: Decimal, tolerance: NumericTolerance): string {
  const decimals = tolerance.value.split('.')[1]?.length ?? 0;
  const rounded =
    tolerance.kind === 'absolute'
      ? answer.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
      : answer.toSignificantDigits(decimals + 2, Decimal.ROUND_HALF_UP);
  return rounded.toFixed();
}

/**
 * Grades a submitted answer against the attempt's exact answer. The submission must be a plain decimal
 * ("52261.3", "-12", "1e3"; no thousands separators); anything else throws core's LiquidationError
 * INVALID_NUMBER (empty: MISSING_FIELD) with field "answer", which the API already maps to a bad request.
 */
export function gradeNumericAnswer(question: NumericQuestion, seed: string, submitted: string): NumericGrade {
  // Accept the typographic minus the prompts use, so a pasted figure is read as the learner meant it.
  const value = toDecimal(typeof submitted === 'string' ? submitted.replace('−', '-') : submitted, 'answer');
  const { answer, tolerance } = generateNumericQuestion(question, seed);
  return { correct: isWithinTolerance(answer, value, tolerance), expected: expectedText(answer, tolerance) };
}
