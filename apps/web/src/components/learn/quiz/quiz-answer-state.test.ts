import { describe, expect, it } from 'vitest';
import { moveItem, normaliseNumericInput, toAnswer, toggleOption } from './quiz-answer-state';

describe('quiz answer state', () => {
  it('refuses incomplete drafts with a reason', () => {
    expect(toAnswer({ kind: 'single', optionId: null }).ok).toBe(false);
    expect(toAnswer({ kind: 'multiple', optionIds: [] }).ok).toBe(false);
    expect(toAnswer({ kind: 'scenario', outcome: null }).ok).toBe(false);
    expect(toAnswer({ kind: 'numeric', value: '12abc' })).toEqual({
      ok: false,
      reason: 'Enter a plain number such as 54271.36.',
    });
  });

  it('builds the API answer, normalising typed numbers', () => {
    expect(normaliseNumericInput(' 54,271.36 ')).toBe('54271.36');
    expect(toAnswer({ kind: 'numeric', value: '6 000' })).toEqual({
      ok: true,
      answer: { kind: 'numeric', value: '6000' },
    });
    expect(toAnswer({ kind: 'true-false', value: false })).toEqual({
      ok: true,
      answer: { kind: 'true-false', value: false },
    });
  });

  it('moves ordering items one step and ignores moves past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('toggles multiple-choice options', () => {
    expect(toggleOption(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleOption(['a', 'b'], 'a')).toEqual(['b']);
  });
});
