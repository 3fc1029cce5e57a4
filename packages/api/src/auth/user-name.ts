import { APIError } from 'better-auth/api';

/** Longer than any real name; short enough that the signed session copy stays one small cookie. The
 * sign-up form (credentials-form.tsx) stops typing at the same length. */
export const MAX_USER_NAME_LENGTH = 80;

export const NAME_TOO_LONG_MESSAGE = `Your name can be at most ${MAX_USER_NAME_LENGTH} characters.`;

/**
 * Refuses a name over the limit with a 400 and a message for the form. Run by better-auth before a
 * user is created or updated (sign-up, update-user), whichever endpoint the name came through.
 * Counted in code points, so an emoji is one character, as the person typing it sees it.
 */
export function checkUserName(name: unknown): void {
  if (typeof name === 'string' && [...name].length > MAX_USER_NAME_LENGTH) {
    throw new APIError('BAD_REQUEST', { message: NAME_TOO_LONG_MESSAGE, code: 'NAME_TOO_LONG' });
  }
}
