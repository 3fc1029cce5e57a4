import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message';

const UNREACHABLE = 'Could not reach the server. Check your connection and try again.';

/** Turbopack's error for a split-off script that could not be loaded. */
function chunkLoadError() {
  const error = new Error('Failed to load chunk /_next/static/chunks/0abc.js from module 123: timeout');
  error.name = 'ChunkLoadError';
  return error;
}

describe('errorMessage', () => {
  it('keeps the message of an error the app or the API wrote for the reader', () => {
    expect(errorMessage(new Error('The title is too long.'))).toBe('The title is too long.');
    expect(
      errorMessage(TRPCClientError.from({ error: { code: -32600, message: 'Not yours.', data: {} } })),
    ).toBe('Not yours.');
  });

  it('says the server could not be reached, in each browser’s wording of a failed request', () => {
    for (const message of [
      'Failed to fetch',
      'NetworkError when attempting to fetch resource.',
      'Load failed',
    ])
      expect(errorMessage(new TypeError(message))).toBe(UNREACHABLE);
  });

  it('says so for a failed request the tRPC client wrapped, and for a script that could not be loaded', () => {
    expect(errorMessage(TRPCClientError.from(new TypeError('Failed to fetch')))).toBe(UNREACHABLE);
    expect(errorMessage(chunkLoadError())).toBe(UNREACHABLE);
  });

  it('leaves other type errors and non-errors alone', () => {
    expect(errorMessage(new TypeError('x is not a function'))).toBe('x is not a function');
    expect(errorMessage('boom')).toBe('Something went wrong.');
  });
});
