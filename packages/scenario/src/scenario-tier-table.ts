import { LiquidationError, parseVenueTiers } from '@liqlab/core';
import { z } from 'zod';
import { nonNegativeAmount, positiveAmount, rateBelowOne } from './decimal-string-schema';

/** Real tables run to a few dozen tiers (OKX's longest); anything far beyond is not a venue's table. */
export const MAX_CUSTOM_TIERS = 200;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const customTierSchema = z.strictObject({
  notionalFloor: nonNegativeAmount,
  /** Absent on an open-ended last tier (the venue publishes no upper bound). */
  notionalCap: positiveAmount.optional(),
  maintenanceMarginRate: rateBelowOne,
  maintenanceAmount: nonNegativeAmount,
  maxLeverage: positiveAmount.optional(),
  boundsIn: z.enum(['notional', 'quantity']).optional(),
  includes: z.enum(['floor', 'cap']).optional(),
});

/**
 * A table the learner pasted or uploaded, already converted by core's `parseVenueTiers` into engine
 * tiers, with where it came from and its date: the age is shown wherever the table is used.
 */
export const customTierTableSchema = z.strictObject({
  venue: z.enum(['binance', 'okx', 'bybit', 'gate']),
  symbol: z.string().trim().max(40, 'the symbol is at most 40 characters').optional(),
  /** The day the table was taken from the venue (YYYY-MM-DD); the paste sets today's. */
  asOf: z
    .string()
    .regex(ISO_DATE, 'the table date must be written YYYY-MM-DD')
    .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), 'the table date is not a real day'),
  tiers: z
    .array(customTierSchema)
    .min(1, 'the table needs at least one tier')
    .max(MAX_CUSTOM_TIERS, `a table has at most ${MAX_CUSTOM_TIERS} tiers`)
    .refine(
      (tiers) => tiers.every((tier, i) => i === tiers.length - 1 || tier.notionalCap !== undefined),
      'only the last tier may be open-ended (no cap)',
    ),
});
export type CustomTierTable = z.infer<typeof customTierTableSchema>;

export type TierTableVenue = CustomTierTable['venue'];

/**
 * A pasted or uploaded table (the venue's JSON response or CSV) read by core in the venue's own shape
 * and kept as engine tiers with its provenance. Throws core's LiquidationError (plain words, the row and
 * the field named) for anything malformed; `contractSize` is OKX's face value (its bounds are contracts).
 */
export function customTierTableFromText(
  text: string,
  options: { venue: TierTableVenue; symbol?: string; contractSize?: string; asOf: string },
): CustomTierTable {
  const symbol = options.symbol?.trim() || undefined;
  const read = { ...(symbol ? { symbol } : {}) };
  const tiers =
    options.venue === 'okx'
      ? parseVenueTiers(text, { venue: 'okx', contractSize: options.contractSize ?? '', ...read })
      : parseVenueTiers(text, { venue: options.venue, ...read });
  const parsed = customTierTableSchema.safeParse({
    venue: options.venue,
    ...(symbol ? { symbol } : {}),
    asOf: options.asOf,
    tiers: tiers.map((tier) => ({
      notionalFloor: String(tier.notionalFloor),
      ...(tier.notionalCap === undefined || tier.notionalCap === null
        ? {}
        : { notionalCap: String(tier.notionalCap) }),
      maintenanceMarginRate: String(tier.maintenanceMarginRate),
      maintenanceAmount: String(tier.maintenanceAmount),
      ...(tier.maxLeverage === undefined ? {} : { maxLeverage: String(tier.maxLeverage) }),
      ...(tier.boundsIn === undefined ? {} : { boundsIn: tier.boundsIn }),
      ...(tier.includes === undefined ? {} : { includes: tier.includes }),
    })),
  });
  if (parsed.success) return parsed.data;
  // What core accepted but a scenario cannot store (over 18 decimals, too many tiers), in plain words.
  const issue = parsed.error.issues[0]!;
  const [first, index, key] = issue.path;
  const where =
    first === 'tiers' && typeof index === 'number' && typeof key === 'string'
      ? `Tier ${index + 1}: ${key}`
      : first === 'asOf'
        ? 'The date'
        : 'The table';
  throw new LiquidationError('INVALID_TIERS', `${where} ${issue.message}.`, 'table');
}
