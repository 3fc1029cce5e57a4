import { z } from 'zod';

/**
 * LIQLAB_RATE_LIMIT_SCALE multiplies every rate limit (scenario writes, sign-in, sign-up, guest
 * sessions). It exists for load tests, which drive more traffic per user and per address than any
 * person could; production leaves it unset (1). Read once, validated: a typo fails the first limited
 * request loudly instead of silently disabling the limits.
 */
const scaleSchema = z.coerce
  .number()
  .int('LIQLAB_RATE_LIMIT_SCALE must be a whole number.')
  .min(1, 'LIQLAB_RATE_LIMIT_SCALE must be at least 1.')
  .max(1_000_000, 'LIQLAB_RATE_LIMIT_SCALE must be at most 1000000.');

export function parseRateLimitScale(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const parsed = scaleSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid LIQLAB_RATE_LIMIT_SCALE "${raw}": ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

let cached: number | undefined;

export function rateLimitScale(): number {
  cached ??= parseRateLimitScale(process.env.LIQLAB_RATE_LIMIT_SCALE);
  return cached;
}
