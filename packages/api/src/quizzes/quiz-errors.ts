import { ApiError } from '../errors/api-error';

/** Missing and someone else's attempt look the same, so attempt ids cannot be probed. */
export function attemptNotFound(): ApiError {
  return new ApiError('NOT_FOUND', 'This quiz attempt does not exist or is not yours.');
}

export function questionNotInAttempt(questionId: string): ApiError {
  return new ApiError('INVALID_INPUT', 'This question is not part of this quiz attempt.', {
    reason: 'UNKNOWN_QUESTION',
    questionId: questionId.slice(0, 100),
  });
}

export function reviewCardNotDue(questionId: string, due: Date): ApiError {
  return new ApiError('INVALID_INPUT', 'This question is not due for review yet.', {
    reason: 'NOT_DUE',
    questionId: questionId.slice(0, 100),
    nextReviewAt: due.toISOString(),
  });
}

export function attemptAlreadyFinished(): ApiError {
  return new ApiError(
    'INVALID_INPUT',
    'This quiz is already finished; start a new attempt to answer again.',
    {
      reason: 'ATTEMPT_FINISHED',
    },
  );
}

export function wrongAttemptType(expected: 'quiz' | 'review'): ApiError {
  return new ApiError(
    'INVALID_INPUT',
    expected === 'quiz'
      ? 'This is a review session; answer it with review.answer.'
      : 'This is not a review session.',
    { reason: 'WRONG_ATTEMPT_TYPE' },
  );
}
