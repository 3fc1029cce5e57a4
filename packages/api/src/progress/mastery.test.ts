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
