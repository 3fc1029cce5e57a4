import { Decimal, formatAsGiven, markedGiven, type Num, type Random } from '@liqlab/core';
import type { NUMERIC_GENERATORS, NumericGeneratorId } from '../numeric-generators';
import type { WorkedStep } from '../worked-solution';

export type ParamName<Id extends NumericGeneratorId> = (typeof NUMERIC_GENERATORS)[Id][number];

/** One attempt's parameters: decimal strings (exact, as shown) or enum values, by parameter name. */
export type NumericParams<Id extends NumericGeneratorId> = Readonly<Record<ParamName<Id>, string>>;

/**
 * What a parameter may hold, drawn or pinned by a question's `fixed` map. Bounds are inclusive and
 * wider than the draws: they say what the engine and the prompt can take, the draws what is realistic.
 */
export type ParamSpec =
  | {
      readonly kind: 'decimal';
      readonly min: string;
      readonly max: string;
      readonly integer?: boolean;
      /**
       * A money amount (a price, a balance, a debt): the prompt and the worked solution show it at the
       * reader's decimal places, never at fewer than drawn (core's markedGiven); other numbers as drawn.
       */
      readonly money?: boolean;
    }
  | { readonly kind: 'enum'; readonly values: readonly string[] };

export interface ParamDraw<Name extends string> {
  /** The question's pinned value for `name` when it pins one, otherwise `draw()`. */
  param(name: Name, draw: () => string): string;
  /** Uniform whole number in [min, max]. */
  integer(min: number, max: number): number;
  /** Uniform multiple of `step` within [min, max], as an exact decimal string. */
  decimal(min: Num, max: Num, step: Num): string;
  pick<T>(values: readonly T[]): T;
}

export interface NumericGenerator<Id extends NumericGeneratorId> {
  readonly id: Id;
  readonly params: { readonly [K in ParamName<Id>]: ParamSpec };
  /** The unit the answer is in; the questions using the generator must show the same one. */
  readonly unit: string;
  /**
   * Draws one attempt's parameters. Dependent draws read pinned values through `param`, so a pinned
   * side still gets a current price on the right side of its entry.
   */
  draw(draw: ParamDraw<ParamName<Id>>): NumericParams<Id>;
  /** The exact answer, from @liqlab/core wherever the engine has the figure. */
  answer(params: NumericParams<Id>): Decimal;
  /**
   * The worked solution with this attempt's own numbers, one engine figure per step; the last step's
   * result is `answer`.
   */
  workedSolution(params: NumericParams<Id>, answer: Decimal): readonly WorkedStep[];
}

/**
 * A parameter as the prompt and the worked solution show it: money marked for the reader's decimal
 * places, never fewer than drawn (58350.5 → 58,350.5 at 0 places, 58,350.5000 at 4); any other number
 * exactly as drawn (0.0044, 20).
 */
export function shownParameter(spec: ParamSpec | undefined, value: string): string {
  return spec?.kind === 'decimal' && spec.money ? markedGiven(value) : formatAsGiven(value);
}

/** Rounds a derived draw (a price near another, a margin from a notional) to its tick, half-up. */
export function roundToStep(value: Num, step: Num): string {
  return new Decimal(value).toNearest(new Decimal(step), Decimal.ROUND_HALF_UP).toFixed();
}

/** The draw helpers over core's seeded stream, with the question's pinned values in front. */
export function createParamDraw<Name extends string>(
  random: Random,
  pinned: Readonly<Record<string, string>>,
): ParamDraw<Name> {
  const integer = (min: number, max: number): number => min + Math.floor(random.next() * (max - min + 1));
  return {
    param: (name, draw) => pinned[name] ?? draw(),
    integer,
    decimal(min, max, step) {
      const unit = new Decimal(step);
      const low = new Decimal(min).div(unit).ceil().toNumber();
      const high = new Decimal(max).div(unit).floor().toNumber();
      if (high < low) throw new RangeError(`no multiple of ${unit} lies in [${min}, ${max}]`);
      return unit.times(integer(low, high)).toFixed();
    },
    pick(values) {
      const value = values[integer(0, values.length - 1)];
      if (value === undefined) throw new RangeError('pick needs at least one value');
      return value;
    },
  };
}

/** A generator picked by a run-time id: its parameters are then a plain record of strings. */
export interface RuntimeNumericGenerator {
  readonly id: NumericGeneratorId;
  readonly params: Readonly<Record<string, ParamSpec>>;
  readonly unit: string;
  draw(draw: ParamDraw<string>): Readonly<Record<string, string>>;
  answer(params: Readonly<Record<string, string>>): Decimal;
  workedSolution(params: Readonly<Record<string, string>>, answer: Decimal): readonly WorkedStep[];
}
