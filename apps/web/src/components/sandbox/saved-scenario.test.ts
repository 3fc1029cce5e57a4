import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { conflictLatest, type ScenarioDto } from './saved-scenario';

/** An error as the tRPC client raises it from the API's error response (trpc.ts errorFormatter). */
function clientError(data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { code: -32603, message: 'refused', data } });
}

describe('conflictLatest', () => {
  const latest = { id: 's1', slug: 'a-b', version: 4, title: 'Mine' } as unknown as ScenarioDto;

  it('is the server’s latest copy when the save lost a version race', () => {
    expect(conflictLatest(clientError({ appCode: 'VERSION_CONFLICT', details: { latest } }))).toBe(latest);
  });

  it('is nothing for any other refusal', () => {
    expect(conflictLatest(clientError({ appCode: 'FORBIDDEN', details: { latest } }))).toBeNull();
    expect(conflictLatest(new Error('VERSION_CONFLICT'))).toBeNull();
  });
});
