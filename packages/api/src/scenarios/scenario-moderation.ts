import { ApiError } from '../errors/api-error';

/** Where a scenario stands with moderation (the database's ModerationState enum). */
export type ModerationState = 'VISIBLE' | 'PENDING_REVIEW' | 'HIDDEN';

/**
 * Open reports from distinct learners that take a public scenario out of the gallery until an
 * administrator reviews it. Three: one learner alone cannot take down someone else's work, and a
 * scenario several people independently object to stops spreading while it waits.
 */
export const DEFAULT_REPORT_THRESHOLD = 3;

export const UNDER_REVIEW_MESSAGE =
  'Several learners reported this scenario. It is hidden until a moderator has reviewed it.';
export const HIDDEN_BY_MODERATION_MESSAGE = 'A moderator hid this scenario.';

/**
 * The refusal for a viewer who is neither the owner nor an administrator: a scenario waiting for
 * review is withheld like a hidden one (several learners flagged it; its link should not keep
 * spreading it meanwhile), and each says which it is, so the shared page can tell the visitor.
 */
export function withheldByModeration(state: Exclude<ModerationState, 'VISIBLE'>): ApiError {
  return state === 'HIDDEN'
    ? new ApiError('HIDDEN_BY_MODERATION', HIDDEN_BY_MODERATION_MESSAGE)
    : new ApiError('UNDER_REVIEW', UNDER_REVIEW_MESSAGE);
}

/** Whether an error is a moderation refusal (the viewer may see the scenario once it is restored). */
export function isWithheldByModeration(error: unknown): error is ApiError {
  return (
    error instanceof ApiError && (error.code === 'UNDER_REVIEW' || error.code === 'HIDDEN_BY_MODERATION')
  );
}
