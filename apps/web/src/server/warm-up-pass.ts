import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The pass the warm-up's own loopback requests carry (warm-up.ts): with it, the per-user limits are
 * raised so the warm-up can run the save path as often as V8 needs to optimise it (thousands of saves;
 * one guest may make 60 a minute). A random secret made at start-up that never leaves the process,
 * and void once the warm-up ends, so no client can present it.
 */
export const WARM_UP_PASS_HEADER = 'x-liqlab-warm-up-pass';

/** How much the limits are raised for the warm-up's requests (see consumeRateLimit's scale). */
export const WARM_UP_RATE_LIMIT_SCALE = 1000;

// On globalThis: instrumentation.ts and the route handlers may load this module in separate graphs.
const holder = globalThis as unknown as { liqlabWarmUpPass?: { secret: Buffer | null } };

function slot(): { secret: Buffer | null } {
  holder.liqlabWarmUpPass ??= { secret: randomBytes(32) };
  return holder.liqlabWarmUpPass;
}

/** The pass for the warm-up's requests, or null once it has ended. */
export function warmUpPass(): string | null {
  return slot().secret?.toString('base64url') ?? null;
}

/** Voids the pass for good: called when the warm-up is over, whether it succeeded or not. */
export function endWarmUpPass(): void {
  slot().secret = null;
}

/** Whether a request carries the live warm-up pass (compared in constant time). */
export function carriesWarmUpPass(headers: Headers): boolean {
  const secret = slot().secret;
  const presented = headers.get(WARM_UP_PASS_HEADER);
  if (!secret || !presented) return false;
  const candidate = Buffer.from(presented, 'base64url');
  return candidate.length === secret.length && timingSafeEqual(candidate, secret);
}
