import {
  hyperliquidMarginTableTiers,
  isLiquidationError,
  LiquidationError,
  parseVenueTiers,
} from '@liqlab/core';
import { z } from 'zod';
import { decimalString, nonNegativeAmount, positiveAmount, rateBelowOne } from './decimal-string-schema';

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

const symbolSchema = z.string().trim().max(40, 'the symbol is at most 40 characters').optional();

/** The day the table was taken from the venue (YYYY-MM-DD); the paste sets today's. */
const asOfSchema = z
  .string()
  .regex(ISO_DATE, 'the table date must be written YYYY-MM-DD')
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), 'the table date is not a real day');

/**
 * A table the learner pasted or uploaded, already converted by core's `parseVenueTiers` into engine
 * tiers, with where it came from and its date: the age is shown wherever the table is used.
 */
const listedTierTableSchema = z.strictObject({
  venue: z.enum(['binance', 'okx', 'bybit', 'gate']),
  symbol: symbolSchema,
  asOf: asOfSchema,
  tiers: z
    .array(customTierSchema)
    .min(1, 'the table needs at least one tier')
    .max(MAX_CUSTOM_TIERS, `a table has at most ${MAX_CUSTOM_TIERS} tiers`)
    .refine(
      (tiers) => tiers.every((tier, i) => i === tiers.length - 1 || tier.notionalCap !== undefined),
      'only the last tier may be open-ended (no cap)',
    ),
});

/**
 * A Hyperliquid margin table is kept as the venue publishes it — each tier's lower bound and max
 * leverage — not as engine tiers: its rates, 1 / (2 × max leverage), and the deductions built from them
 * often have no finite decimal (15x is 1/30), so no 18-decimal string could hold them exactly. Core
 * derives them (`hyperliquidMarginTableTiers`) wherever the table is used, as for the bundled snapshots.
 */
const hyperliquidTierTableSchema = z
  .strictObject({
    venue: z.literal('hyperliquid'),
    symbol: symbolSchema,
    asOf: asOfSchema,
    marginTiers: z
      .array(z.strictObject({ lowerBound: nonNegativeAmount, maxLeverage: decimalString({ min: '1' }) }))
      .min(1, 'the table needs at least one tier')
      .max(MAX_CUSTOM_TIERS, `a table has at most ${MAX_CUSTOM_TIERS} tiers`),
  })
  .superRefine((table, ctx) => {
    // The tiers must be a table core can read (starting at 0, bounds rising): a shared link cannot
    // carry one that would fail later, wherever it is opened.
    try {
      hyperliquidMarginTableTiers(table.marginTiers);
    } catch (caught) {
      if (!isLiquidationError(caught)) throw caught;
      ctx.addIssue({ code: 'custom', message: caught.message, path: ['marginTiers'] });
    }
  });

export const customTierTableSchema = z.discriminatedUnion(
  'venue',
  [listedTierTableSchema, hyperliquidTierTableSchema],
  { error: 'the table must be from Binance, OKX, Bybit, Gate or Hyperliquid' },
);
export type CustomTierTable = z.infer<typeof customTierTableSchema>;

export type TierTableVenue = CustomTierTable['venue'];

/** The stored shape for a venue: engine tiers, or a Hyperliquid table in its own terms. */
export type TierTableOf<V extends TierTableVenue> = V extends 'hyperliquid'
  ? z.infer<typeof hyperliquidTierTableSchema>
  : z.infer<typeof listedTierTableSchema>;

/**
 * A pasted or uploaded table (the venue's JSON response or CSV) read by core in the venue's own shape
 * and kept as engine tiers with its provenance (a Hyperliquid table as its lower bounds and max
 * leverages, see above). Throws core's LiquidationError (plain words, the row and
 * the field named) for anything malformed; `contractSize` is OKX's face value (its bounds are contracts).
 */
export function customTierTableFromText<V extends TierTableVenue>(
  text: string,
  options: { venue: V; symbol?: string; contractSize?: string; asOf: string },
): TierTableOf<V> {
  const symbol = options.symbol?.trim() || undefined;
  const read = { ...(symbol ? { symbol } : {}) };
  const provenance = { venue: options.venue, ...read, asOf: options.asOf };
  let parsed: ReturnType<typeof customTierTableSchema.safeParse>;
  if (options.venue === 'hyperliquid') {
    // Read (and checked) by core, then kept in the venue's own terms: its rates are derived on use.
    const tiers = parseVenueTiers(text, { venue: 'hyperliquid' });
    parsed = customTierTableSchema.safeParse({
      ...provenance,
      marginTiers: tiers.map((tier) => ({
        lowerBound: String(tier.notionalFloor),
        maxLeverage: String(tier.maxLeverage),
      })),
    });
  } else {
    const tiers =
      options.venue === 'okx'
        ? parseVenueTiers(text, { venue: 'okx', contractSize: options.contractSize ?? '', ...read })
        : parseVenueTiers(text, { venue: options.venue, ...read });
    parsed = customTierTableSchema.safeParse({
      ...provenance,
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
  }
  // The venue given is the venue stored, so the table is that venue's variant.
  if (parsed.success) return parsed.data as TierTableOf<V>;
  // What core accepted but a scenario cannot store (over 18 decimals, too many tiers), in plain words.
  const issue = parsed.error.issues[0]!;
  const [first, index, key] = issue.path;
  const where =
    (first === 'tiers' || first === 'marginTiers') && typeof index === 'number' && typeof key === 'string'
      ? `Tier ${index + 1}: ${key}`
      : first === 'asOf'
        ? 'The date'
        : 'The table';
  throw new LiquidationError('INVALID_TIERS', `${where} ${issue.message}.`, 'table');
}
