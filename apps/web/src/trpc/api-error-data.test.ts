import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { apiErrorData } from './api-error-data';

/** An error as the tRPC client raises it from the API's error response (trpc.ts errorFormatter). */
function clientError(data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { code: -32603, message: 'refused', data } });
}

describe('apiErrorData', () => {
  it('reads the data of an error the tRPC client raised', () => {
    const data = { appCode: 'TOO_MANY_SCENARIOS', details: null, fieldErrors: null };
    expect(apiErrorData(clientError(data))).toEqual(data);
  });

  it('has nothing to read in other errors', () => {
    expect(apiErrorData(new Error('network down'))).toBeNull();
    expect(apiErrorData({ name: 'TRPCClientError', data: { appCode: 'X' } })).toBeNull();
    expect(apiErrorData('TRPCClientError')).toBeNull();
  });
});
