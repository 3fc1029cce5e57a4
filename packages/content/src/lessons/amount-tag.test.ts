import { describe, expect, it } from 'vitest';
import { splitAmountTags } from './amount-tag';

describe('splitAmountTags', () => {
  it('splits a worked example into its text and its amounts, in order', () => {
    expect(
      splitAmountTags('P = <Amount value="54000" /> ÷ 0.995 = <Amount value="54271.356784" />\n'),
    ).toEqual([
      { text: 'P = ' },
      { amount: '54000' },
      { text: ' ÷ 0.995 = ' },
      { amount: '54271.356784' },
      { text: '\n' },
    ]);
  });

  it('keeps a negative amount’s sign and leaves text without a tag whole', () => {
    expect(splitAmountTags('<Amount value="-3000" />')).toEqual([{ amount: '-3000' }]);
    expect(splitAmountTags('notional value = price × quantity')).toEqual([
      { text: 'notional value = price × quantity' },
    ]);
  });

  it('refuses a tag the reader would see as raw markup', () => {
    for (const bad of [
      '<Amount value="6,000" />',
      '<Amount value="abc" />',
      '<Amount value="6000"/>',
      '<Amount />',
    ]) {
      expect(() => splitAmountTags(`margin = ${bad}`), bad).toThrow(/malformed amount in a code block/);
    }
  });
});
