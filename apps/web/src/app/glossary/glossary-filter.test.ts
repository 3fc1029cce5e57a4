import { describe, expect, it } from 'vitest';
import { filterTerms } from './glossary-filter';

const terms = [
  { id: 'leverage', term: 'Leverage', short: 'A ratio.', long: 'Notional value divided by margin price.' },
  { id: 'mark-price', term: 'Mark price', short: 'The fair price.', long: 'Used for liquidation.' },
  {
    id: 'last-price',
    term: 'Last price',
    short: 'The last trade.',
    long: 'Differs from the mark price in a wick.',
  },
];

describe('filterTerms', () => {
  it('returns everything for an empty query', () => {
    expect(filterTerms(terms, '  ')).toHaveLength(3);
  });
  it('matches every word, case-insensitively, headword hits first', () => {
    expect(filterTerms(terms, 'MARK').map((t) => t.id)).toEqual(['mark-price', 'last-price']);
    expect(filterTerms(terms, 'price wick').map((t) => t.id)).toEqual(['last-price']);
  });
  it('finds nothing for an unknown word', () => {
    expect(filterTerms(terms, 'zzz')).toEqual([]);
  });
});
