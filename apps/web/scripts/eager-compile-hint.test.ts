import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, startupChunksOf, withEagerCompileHint } from './eager-compile-hint';

describe('startupChunksOf', () => {
  it('takes the JavaScript chunks every page loads at start-up', () => {
    const manifest = {
      rootMainFiles: ['static/chunks/a.js', 'static/chunks/b.css', 'static/chunks/turbopack-c.js'],
    };
    expect(startupChunksOf(manifest)).toEqual(['static/chunks/a.js', 'static/chunks/turbopack-c.js']);
  });

  it('fails loudly when the manifest no longer names them', () => {
    expect(() => startupChunksOf({ rootMainFiles: [] })).toThrow(/no rootMainFiles/);
    expect(() => startupChunksOf({} as never)).toThrow(/no rootMainFiles/);
  });
});

describe('withEagerCompileHint', () => {
  const chunk = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([]);';

  it('puts the hint on the first line and keeps the source as it was', () => {
    const hinted = withEagerCompileHint(chunk);
    expect(hinted.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(hinted.slice(hinted.indexOf('\n') + 1)).toBe(chunk);
  });

  it('adds it once, however often the build step runs', () => {
    const once = withEagerCompileHint(chunk);
    expect(withEagerCompileHint(once)).toBe(once);
    expect(once.split(EAGER_COMPILE_HINT)).toHaveLength(2);
  });
});
