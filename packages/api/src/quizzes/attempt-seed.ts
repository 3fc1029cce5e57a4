import { randomBytes } from 'node:crypto';

/** 128 bits from the OS CSPRNG: a learner cannot predict the numbers of their next attempt. */
export function newAttemptSeed(): string {
  return randomBytes(16).toString('base64url');
}
