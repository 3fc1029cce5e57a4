import { fileURLToPath } from 'node:url';

/**
 * V8's young generation starts at 1 MB a semi-space and shrinks again whenever the process idles, as
 * an instance does between its warm-up and a load balancer's first traffic. At 200 saves a second
 * each save's short-lived objects would fill so small a space many times a second until it has grown
 * back (issue 14). 16 MB is where V8 lets it grow on 64-bit anyway: the server starts there and stays
 * there. Whether this shortens the first seconds' queue is not established on these noisy hosts
 * (BENCHMARKS.md, 2026-12-06).
 */
export const YOUNG_GENERATION_FLAG = '--min-semi-space-size=16';

/** The production server `next start` stands for: Next's handler, with tRPC calls served directly. */
export const PRODUCTION_SERVER = fileURLToPath(new URL('./production-server.mjs', import.meta.url));

/**
 * The process to spawn for `command`: `next start` runs the production server (production-server.mjs,
 * same options) in this Node with the young generation fixed (V8 heap flags cannot be given in
 * NODE_OPTIONS); any other command runs as given.
 */
export function serverCommand(command: readonly string[]): string[] {
  if (command[0] !== 'next' || command[1] !== 'start') return [...command];
  return [process.execPath, YOUNG_GENERATION_FLAG, PRODUCTION_SERVER, ...command.slice(2)];
}
