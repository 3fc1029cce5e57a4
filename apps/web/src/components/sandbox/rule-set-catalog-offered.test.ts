import { ALL_RULES, RULE_SET_CATALOG } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { RULE_FORMULAS } from '../learn/rule-formulas';
import { RULE_SET_OPTIONS } from './position-form';

describe('every rule set of core’s catalog appears in the web app', () => {
  it('the sandbox form offers each one, by its catalog name', () => {
    expect(RULE_SET_OPTIONS).toEqual(RULE_SET_CATALOG.map((info) => ({ value: info.id, label: info.name })));
  });

  it('the exchange comparison writes out each one’s formula', () => {
    expect(Object.keys(RULE_FORMULAS).sort()).toEqual([...ALL_RULES].sort());
  });

  it('names are names, not formulas: unique and short', () => {
    const names = RULE_SET_CATALOG.map((info) => info.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name.length, name).toBeLessThan(40);
  });
});
