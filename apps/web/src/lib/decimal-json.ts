import { Decimal } from '@liqlab/core';

/** How a Decimal travels: its exact digits as a string, tagged so the reader knows to make it a Decimal again. */
export interface TaggedDecimal {
  __decimal: string;
}

/**
 * `T` with every Decimal in it replaced by a tagged decimal string: what a server component can hand to
 * a client component (React's payload carries plain data only, never a class instance).
 */
export type DecimalJson<T> = T extends Decimal
  ? TaggedDecimal
  : T extends readonly (infer U)[]
    ? DecimalJson<U>[]
    : T extends object
      ? { [K in keyof T]: DecimalJson<T[K]> }
      : T;

function isTaggedDecimal(value: object): value is TaggedDecimal {
  const keys = Object.keys(value);
  return (
    keys.length === 1 && keys[0] === '__decimal' && typeof (value as TaggedDecimal).__decimal === 'string'
  );
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Every Decimal in `value` (plain objects and arrays, any depth) as its exact decimal string.
 * `valueOf`, not `toString`: it keeps the sign of a negative zero.
 */
export function toDecimalJson<T>(value: T): DecimalJson<T> {
  return encode(value) as DecimalJson<T>;
}

function encode(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Decimal.isDecimal(value)) return { __decimal: (value as Decimal).valueOf() } satisfies TaggedDecimal;
  if (Array.isArray(value)) return value.map(encode);
  if (!isPlainObject(value)) {
    throw new TypeError(
      `toDecimalJson: a ${value.constructor?.name ?? 'non-plain'} object cannot be encoded.`,
    );
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
}

/** The inverse of toDecimalJson: every tagged string becomes the engine's Decimal again, digit for digit. */
export function fromDecimalJson<T>(value: DecimalJson<T>): T {
  return decode(value) as T;
}

function decode(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(decode);
  if (isTaggedDecimal(value)) return new Decimal(value.__decimal);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
}
