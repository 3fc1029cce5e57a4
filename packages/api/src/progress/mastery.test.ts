import { describe, expect, it } from 'vitest';
import { applyAnswers, MASTERY_THRESHOLDS, masteryLevel, NOT_STARTED, nextMasteryScore } from './mastery';

const level = (results: boolean[], from = NOT_STARTED) => masteryLevel(applyAnswers(from, results));

describe('mastery', () => {
  it('is NOT_STARTED before any answer and at least ATTEMPTED after one', () => {
    expect(masteryLevel(NOT_STARTED)).toBe('NOT_STARTED');
    expect(level([false])).toBe('ATTEMPTED');
    expect(level([true])).toBe('ATTEMPTED');
  });

  it('weights recent answers exponentially (w = 0.3), in exact decimals', () => {
    expect(nextMasteryScore('0', true)).toBe('0.3');
    expect(nextMasteryScore('0.3', true)).toBe('0.51');
    expect(nextMasteryScore('0.51', false)).toBe('0.357');
    expect(nextMasteryScore('1', false)).toBe('0.7');
  });

  it('keeps five decimals, as the column does', () => {
    const score = applyAnswers(NOT_STARTED, Array(9).fill(true)).score;
    // 1 − 0.7⁹ = 0.959646…; rounding after every step (as stored) gives 0.95964.
    expect(score).toBe('0.95964');
  });

  it('climbs through every level with correct answers', () => {
    const seen = [1, 2, 4, 7].map((n) => level(Array(n).fill(true)));
    expect(seen).toEqual(['ATTEMPTED', 'FAMILIAR', 'PROFICIENT', 'MASTERED']);
  });

  it('goes down again after misses', () => {
    const mastered = applyAnswers(NOT_STARTED, Array(7).fill(true));
    expect(masteryLevel(mastered)).toBe('MASTERED');
    expect(level([false], mastered)).toBe('FAMILIAR');
    expect(level([false, false], mastered)).toBe('ATTEMPTED');
    // Never back to NOT_STARTED: the learner has tried.
    expect(level(Array(20).fill(false), mastered)).toBe('ATTEMPTED');
  });

  it('on a first quiz of five, 4 of 5 reads Proficient only when the miss came first, else Familiar', () => {
    // By hand with w = 0.3: a miss first gives 0 → 0.3 → 0.51 → 0.657 → 0.7599 (≥ 0.75); a miss second
    // 0.3 → 0.21 → 0.447 → 0.6129 → 0.72903 (< 0.75); a miss last 0.3 → … → 0.7599 → 0.53193.
    const fourOfFive = [0, 1, 2, 3, 4].map((miss) => level([0, 1, 2, 3, 4].map((i) => i !== miss)));
    expect(fourOfFive).toEqual(['PROFICIENT', 'FAMILIAR', 'FAMILIAR', 'FAMILIAR', 'FAMILIAR']);
    // Five of five is 1 − 0.7⁵ = 0.83193: Proficient; Mastered needs more right answers (inline checks count).
    expect(level(Array(5).fill(true))).toBe('PROFICIENT');
    const afterChecks = applyAnswers(NOT_STARTED, Array(6).fill(true));
    expect(level([false, true, true, true, true], afterChecks)).toBe('MASTERED');
  });

  it('uses inclusive thresholds', () => {
    for (const [name, score] of Object.entries(MASTERY_THRESHOLDS)) {
      expect(masteryLevel({ score, answered: true })).toBe(name);
    }
    expect(masteryLevel({ score: '0.89999', answered: true })).toBe('PROFICIENT');
  });

  it('ignores an empty batch', () => {
    expect(applyAnswers(NOT_STARTED, [])).toEqual(NOT_STARTED);
  });
});
