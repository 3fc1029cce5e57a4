import { Decimal, formatDecimal } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { diagramUses, figureLabels } from './diagram-test-helpers';
import { MarginLoanLadder, type MarginLoanLadderProps } from './margin-loan-ladder';

const uses = diagramUses('MarginLoanLadder');
const money = (d: Decimal) => formatDecimal(d, { digits: 2 });

describe('MarginLoanLadder', () => {
  it('is used by lesson 3', () => {
    expect(uses.map((u) => u.lesson)).toContain('borrowed-fund-margin');
  });

  it.each(uses.map((u) => [u.lesson, u.props] as const))(
    'in %s prints the prices where the long’s margin level reaches each threshold, and the stake left there',
    (_lesson, props) => {
      const p = props as unknown as MarginLoanLadderProps;
      // A long bought with a stablecoin loan: level = quantity × P ÷ (debt + interest); solve for P.
      expect(p.baseLiability).toBe('0');
      const quantity = new Decimal(p.baseAsset);
      const cash = new Decimal(p.quoteAsset);
      const debt = new Decimal(p.quoteLiability).plus(p.interest);
      const now = new Decimal(p.price);
      const stake = (price: Decimal) => quantity.times(price).plus(cash).minus(debt);
      const levelNow = quantity.times(now).plus(cash).div(debt);
      const expected = [money(now), `level ${levelNow.toFixed(2)} · stake ${money(stake(now))}`];
      for (const level of [p.marginCallLevel, p.liquidationLevel, '1']) {
        const price = debt.times(level).minus(cash).div(quantity);
        expected.push(
          money(price),
          formatDecimal(price.minus(now).div(now).times(100), { digits: 2, signed: true, unit: '%' }),
          `level ${new Decimal(level).toFixed(2)} · stake ${money(stake(price))}`,
        );
      }
      const html = renderToStaticMarkup(<MarginLoanLadder {...p} />);
      expect(figureLabels(html).sort()).toEqual(expected.sort());
    },
  );

  it('prints lesson 3’s prices: margin call 52,000, liquidation 44,000 with 1,200 of stake left', () => {
    const [use] = uses;
    const labels = figureLabels(
      renderToStaticMarkup(<MarginLoanLadder {...(use!.props as unknown as MarginLoanLadderProps)} />),
    );
    expect(labels).toEqual(
      expect.arrayContaining(['52,000.00', '44,000.00', 'level 1.10 · stake 1,200.00', '40,000.00']),
    );
  });
});
