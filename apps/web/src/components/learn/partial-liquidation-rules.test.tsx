import { ALL_RULES, partialLiquidationRule } from '@liqlab/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PartialLiquidationRules, venuePartialRules } from './partial-liquidation-rules';

describe('PartialLiquidationRules', () => {
  it('has one row per venue the engine knows, each with its own rule', () => {
    const venues = new Set(ALL_RULES.map((rules) => partialLiquidationRule(rules).venue));
    expect(venuePartialRules().map((r) => r.venue)).toEqual([...venues]);
  });

  it('prints each venue’s rule sentence and links every page the rule cites', () => {
    const html = renderToStaticMarkup(<PartialLiquidationRules />);
    for (const rule of venuePartialRules()) {
      expect(html).toContain(rule.summary.replaceAll('&', '&amp;'));
      for (const source of rule.sources) expect(html).toContain(`href="${source.url}"`);
    }
  });
});
