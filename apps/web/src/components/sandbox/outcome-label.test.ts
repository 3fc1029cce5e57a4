import { SCENARIO_OUTCOMES } from '@liqlab/scenario/scenario-outcome';
import { describe, expect, it } from 'vitest';
import { outcomeLabel } from './outcome-label';

describe('outcomeLabel', () => {
  it('names every outcome core can end with, each differently', () => {
    const texts = SCENARIO_OUTCOMES.map((outcome) => outcomeLabel(outcome).text);
    expect(new Set(texts).size).toBe(SCENARIO_OUTCOMES.length);
    expect(outcomeLabel('liquidated')).toEqual({ text: 'Liquidated', tone: 'danger' });
    expect(outcomeLabel('stopped-out').text).toBe('Stopped out');
    expect(outcomeLabel('open').text).toBe('Survived');
  });

  it('says so when a scenario has not been replayed, rather than guessing', () => {
    expect(outcomeLabel(null)).toEqual({ text: 'Not replayed yet', tone: 'unknown' });
  });
});
