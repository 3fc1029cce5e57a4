import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));

async function freshModule() {
  delete (globalThis as { liqlabWarmUpPass?: unknown }).liqlabWarmUpPass;
  vi.resetModules();
  return import('./warm-up-pass');
}

function withPass(header: string, value: string | null): Headers {
  const headers = new Headers();
  if (value !== null) headers.set(header, value);
  return headers;
}

describe('the warm-up pass', () => {
  let pass: Awaited<ReturnType<typeof freshModule>>;
  beforeEach(async () => {
    pass = await freshModule();
  });

  it('is accepted only as issued, while the warm-up runs', () => {
    const issued = pass.warmUpPass();
    expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pass.carriesWarmUpPass(withPass(pass.WARM_UP_PASS_HEADER, issued))).toBe(true);
    expect(pass.carriesWarmUpPass(withPass(pass.WARM_UP_PASS_HEADER, null))).toBe(false);
    expect(pass.carriesWarmUpPass(withPass(pass.WARM_UP_PASS_HEADER, ''))).toBe(false);
    // Same length, one character changed; and a prefix.
    const forged = `${issued?.[0] === 'A' ? 'B' : 'A'}${issued?.slice(1)}`;
    expect(pass.carriesWarmUpPass(withPass(pass.WARM_UP_PASS_HEADER, forged))).toBe(false);
    expect(pass.carriesWarmUpPass(withPass(pass.WARM_UP_PASS_HEADER, issued?.slice(0, 20) ?? ''))).toBe(
      false,
    );
  });

  it('is void for good once the warm-up has ended', () => {
    const issued = pass.warmUpPass();
    pass.endWarmUpPass();
    expect(pass.warmUpPass()).toBeNull();
    expect(pass.carriesWarmUpPass(withPass(pass.WARM_UP_PASS_HEADER, issued))).toBe(false);
  });

  it('differs from one process start to the next', async () => {
    const first = pass.warmUpPass();
    const second = (await freshModule()).warmUpPass();
    expect(second).not.toBe(first);
  });
});
