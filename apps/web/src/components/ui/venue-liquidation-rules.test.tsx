import { ALL_RULES, liquidationFeeRule, partialLiquidationRule } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { VenueLiquidationRules } from './venue-liquidation-rules';

const escaped = (text: string) => renderToStaticMarkup(<>{text}</>);

describe('VenueLiquidationRules', () => {
  it.each(ALL_RULES)('%s: shows core’s partial-liquidation and fee rules with every source', (rules) => {
    const html = renderToStaticMarkup(<VenueLiquidationRules rules={rules} />);
    for (const rule of [partialLiquidationRule(rules), liquidationFeeRule(rules)]) {
      expect(html).toContain(escaped(rule.summary));
      for (const source of rule.sources) expect(html).toContain(escaped(source.url));
    }
  });
});
