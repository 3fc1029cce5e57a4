import { createRequire } from 'node:module';

/**
 * V8's young generation starts at 1 MB a semi-space and shrinks again whenever the process idles;
 * at 200 saves a second each save's short-lived objects then fill it many times a second, scavenges
 * copy more survivors, and a queue builds while it grows back. That is the first seconds after the
 * warm-up, before a load balancer's traffic arrives (issue 14). 16 MB is the most it grows to by
 * default on 64-bit Node: the server starts there and stays there.
 */
export const YOUNG_GENERATION_FLAG = '--min-semi-space-size=16';

/**
 * The process to spawn for `command`: `next start` runs Next's own bin in this Node with the young
 * generation fixed (V8 heap flags cannot be given in NODE_OPTIONS); any other command runs as given.
 */
export function serverCommand(command: readonly string[]): string[] {
  if (command[0] !== 'next' || command[1] !== 'start') return [...command];
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  return [process.execPath, YOUNG_GENERATION_FLAG, nextBin, ...command.slice(1)];
}
