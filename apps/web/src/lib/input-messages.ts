import type { LiquidationErrorCode } from '@liqlab/core';
import type { DecimalBoundParams } from '@liqlab/scenario/decimal-string-schema';

/**
 * The one mapping from error codes to the words a learner reads: the engine's LiquidationError codes
 * (packages/core/src/errors.ts) and the scenario schema's zod issue codes. The sandbox and the lesson
 * widgets both go through it, so no raw validation text ("Too big: expected number to be <=99999")
 * reaches the screen. input-messages.test.ts lists every code with its message.
 */

/** What a message may say about the input, beyond its code. */
export interface MessageContext {
  /** The input's name in words ("the leverage"); derived from the field when absent. */
  label?: string;
  /** The text the learner typed, when known (a schema issue does not carry it). */
  input?: unknown;
  /** The bound that was broken, as a decimal string. */
  min?: string;
  max?: string;
  exclusive?: boolean;
  /** The unit of the bound ("×" for leverage). */
  unit?: string;
  /** A sentence of our own (a cross-field rule written for people): shown as it is. */
  own?: string;
}

const FIELD_LABELS: Record<string, string> = {
  entryPrice: 'the entry price',
  price: 'the price',
  markPrice: 'the mark price',
  quantity: 'the size',
  notional: 'the size',
  size: 'the size',
  leverage: 'the leverage',
  maxLeverage: 'the asset’s maximum leverage',
  margin: 'the margin',
  walletBalance: 'the wallet balance',
  contractSize: 'the contract size',
  maintenanceMarginRate: 'the maintenance rate',
  maintenanceAmount: 'the maintenance amount',
  rate: 'the rate',
  amount: 'the amount',
  takerFeeRate: 'the taker fee rate',
  feeRate: 'the fee rate',
  slippageBps: 'the slippage',
  stopLoss: 'the stop price',
  stopPrice: 'the stop price',
  takeProfit: 'the take-profit price',
  funding: 'the funding rate',
  intervalHours: 'the funding interval',
  steps: 'the number of steps',
  horizonHours: 'the horizon',
  horizonDays: 'the horizon',
  annualVolatility: 'the volatility',
  annualDrift: 'the drift',
  startPrice: 'the start price',
  seed: 'the seed',
  wickPercent: 'the wick',
  markDipPercent: 'the mark price’s dip',
  rangePercent: 'the range',
  declinePercent: 'the decline',
  newHighPercent: 'the new high',
  squeezePercent: 'the squeeze',
  cycles: 'the number of cycles',
  ticks: 'the price path',
  title: 'the title',
  notes: 'the notes',
  balance: 'the balance',
  riskPercent: 'the risk per trade',
  collateral: 'the collateral',
  borrowed: 'the amount borrowed',
  interest: 'the interest',
  tiers: 'the maintenance table',
};

/** The words for a field path such as `position.stopLoss.price` or `tiers[2].cap`. */
export function fieldLabel(field: string | readonly PropertyKey[] | undefined): string {
  const parts = (typeof field === 'string' ? field.replace(/\[(\d+)\]/g, '.$1').split('.') : (field ?? []))
    .map(String)
    .filter((part) => part !== '' && !/^\d+$/.test(part));
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    // `stopLoss.price` is the stop price, not "the price".
    const label = FIELD_LABELS[part === 'price' && i > 0 ? parts[i - 1]! : part] ?? FIELD_LABELS[part];
    if (label) return label;
  }
  return 'this value';
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const GROUP = /\B(?=(\d{3})+(?!\d))/g;
/** A bound as people write it: 99999 → "99,999", "0.05" stays. */
const bound = (value: string, unit = '') => {
  const [int = '', frac] = value.split('.');
  return `${int.replace(GROUP, ',')}${frac ? `.${frac}` : ''}${unit}`;
};

function rangeText(c: MessageContext): string | null {
  const unit = c.unit ?? '';
  if (c.min !== undefined && c.max !== undefined) {
    return c.exclusive
      ? `between ${bound(c.min, unit)} and ${bound(c.max, unit)}`
      : `from ${bound(c.min, unit)} to ${bound(c.max, unit)}`;
  }
  if (c.max !== undefined) return `${c.exclusive ? 'below' : 'at most'} ${bound(c.max, unit)}`;
  if (c.min !== undefined) return `${c.exclusive ? 'above' : 'at least'} ${bound(c.min, unit)}`;
  return null;
}

/** Why a typed number was refused, from the text itself. */
function numberFormatText(label: string, input: unknown): string {
  const text = typeof input === 'string' ? input.trim() : '';
  if (typeof input === 'string' && text === '') return `${capital(label)} is required.`;
  if (/^-\s*\d/.test(text)) return `${capital(label)} can’t be negative.`;
  if (/^[+-]?\d*\.?\d+e[+-]?\d+$/i.test(text))
    return `Write ${label} in full, without an exponent (e.g. 60000).`;
  if (/,/.test(text))
    return `Write ${label} without thousands separators, with a point for decimals (e.g. 60000.5).`;
  return `${capital(label)} must be a number, such as 60000 or 0.005.`;
}

/** Every engine error code and its message: the record's type makes a code without a message a type error. */
export const ENGINE_ERROR_MESSAGES: Record<
  LiquidationErrorCode,
  (label: string, c: MessageContext) => string
> = {
  MISSING_FIELD: (label) => `${capital(label)} is required here.`,
  INVALID_NUMBER: (label, c) => numberFormatText(label, c.input),
  NOT_POSITIVE: (label) => `${capital(label)} must be greater than zero.`,
  NEGATIVE_VALUE: (label) => `${capital(label)} can’t be negative.`,
  INVALID_LEVERAGE: (label, c) =>
    c.max !== undefined
      ? `${capital(label)} can be at most ${bound(c.max, '×')} for this position (the exchange’s maximum at this size).`
      : c.min !== undefined
        ? `${capital(label)} must be at least ${bound(c.min, '×')}.`
        : `${capital(label)} is not allowed for this position.`,
  INVALID_RATE: (label) =>
    `${capital(label)} must be a rate from 0 up to (not including) 1, e.g. 0.005 for 0.5%.`,
  INVALID_TIERS: () => 'The maintenance table is not usable: its brackets must rise in order without gaps.',
  POSITION_TOO_LARGE_FOR_TIER: () =>
    'This position is larger than the largest maintenance bracket the exchange publishes: make it smaller.',
  INSUFFICIENT_MARGIN: (label) => `${capital(label)} is too small to open this position.`,
  INVALID_PRICE_PATH: () =>
    'The price path can’t be used: it needs at least two ticks with rising times and positive prices.',
  INVALID_ARGUMENT: (label, c) => {
    const range = rangeText(c);
    return range
      ? `${capital(label)} must be ${range}.`
      : `${capital(label)} doesn’t fit the rest of this setup.`;
  },
  NOT_SUPPORTED: () =>
    'This exchange’s published rules don’t cover this combination (for example cross margin).',
};

/** zod 4's issue codes (ZodIssueCode): a code added by a zod upgrade fails input-messages.test.ts. */
export const SCHEMA_ISSUE_CODES = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const;
export type SchemaIssueCode = (typeof SCHEMA_ISSUE_CODES)[number];

/** Every schema issue code and its message. */
export const SCHEMA_ISSUE_MESSAGES: Record<SchemaIssueCode, (label: string, c: MessageContext) => string> = {
  invalid_type: (label, c) =>
    c.input === undefined || c.input === ''
      ? `${capital(label)} is required.`
      : numberFormatText(label, c.input),
  too_big: (label, c) => `${capital(label)} can be ${rangeText({ ...c, min: undefined }) ?? 'no larger'}.`,
  too_small: (label, c) => `${capital(label)} must be ${rangeText({ ...c, max: undefined }) ?? 'larger'}.`,
  invalid_format: (label, c) => numberFormatText(label, c.input),
  not_multiple_of: (label) => `${capital(label)} must be a whole number.`,
  unrecognized_keys: () =>
    'This scenario has settings the sandbox doesn’t know; it may come from a newer version.',
  invalid_union: (label) => `${capital(label)} isn’t one of the kinds the sandbox offers.`,
  invalid_key: (label) => `${capital(label)} has a setting the sandbox doesn’t know.`,
  invalid_element: (label) => `One of the entries in ${label} isn’t valid.`,
  invalid_value: (label) => `Choose ${label} from the options offered.`,
  custom: (label, c) => {
    if (c.own) return capital(c.own.replace(/\.?$/, '.'));
    const range = rangeText(c);
    return range ? `${capital(label)} must be ${range}.` : `${capital(label)} isn’t valid here.`;
  },
};

/** The message for an engine error (a LiquidationError's code, field and limits). */
export function engineErrorMessage(
  error: {
    code: string;
    field?: string | undefined;
    limits?: { min?: string; max?: string; exclusive?: boolean } | undefined;
  },
  context: MessageContext = {},
): string {
  const label = context.label ?? fieldLabel(error.field);
  const mapping =
    ENGINE_ERROR_MESSAGES[error.code as LiquidationErrorCode] ?? ENGINE_ERROR_MESSAGES.INVALID_ARGUMENT;
  const unit = error.field?.endsWith('leverage') || error.field?.endsWith('Leverage') ? '×' : undefined;
  return mapping(label, { ...(unit ? { unit } : {}), ...error.limits, ...context });
}

/** The zod issue fields the mapping reads (zod 4's issue shapes, loosely). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  expected?: string;
  params?: Record<string, unknown>;
}

/** The message for one schema issue; `context.input` is the value at the issue's path, when known. */
export function schemaIssueMessage(issue: SchemaIssue, context: MessageContext = {}): string {
  const label = context.label ?? fieldLabel(issue.path);
  const code = (SCHEMA_ISSUE_CODES as readonly string[]).includes(issue.code)
    ? (issue.code as SchemaIssueCode)
    : 'custom';
  const params = issue.params as Partial<DecimalBoundParams> | undefined;
  const c: MessageContext = { ...context };
  if (params?.bound !== undefined && params.limit !== undefined) {
    c[params.bound] ??= params.limit;
    c.exclusive ??= params.exclusive ?? false;
  } else if (code === 'custom') {
    c.own ??= issue.message;
  }
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    c.max ??= String(issue.maximum);
    c.exclusive ??= issue.inclusive === false;
  }
  if (issue.code === 'too_small' && issue.minimum !== undefined) {
    c.min ??= String(issue.minimum);
    c.exclusive ??= issue.inclusive === false;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int')
    return SCHEMA_ISSUE_MESSAGES.not_multiple_of(label, c);
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'string') {
    const n = issue.code === 'too_big' ? c.max : c.min;
    if (issue.code === 'too_small' && n === '1') return `${capital(label)} is required.`;
    return `${capital(label)} can be ${issue.code === 'too_big' ? 'at most' : 'at least'} ${bound(n ?? '')} characters long.`;
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'array') {
    const n = issue.code === 'too_big' ? c.max : c.min;
    return `${capital(label)} can hold ${issue.code === 'too_big' ? 'at most' : 'at least'} ${bound(n ?? '')} entries.`;
  }
  return SCHEMA_ISSUE_MESSAGES[code](label, c);
}
