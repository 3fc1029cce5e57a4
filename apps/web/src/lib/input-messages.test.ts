import { LIQUIDATION_ERROR_CODES, LiquidationError, liquidationPrice } from '@liqlab/core';
import { DEFAULT_SCENARIO } from '@liqlab/scenario/default-scenario';
import { scenarioInputSchema } from '@liqlab/scenario/scenario-schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ENGINE_ERROR_MESSAGES,
  engineErrorMessage,
  SCHEMA_ISSUE_CODES,
  SCHEMA_ISSUE_MESSAGES,
  schemaIssueMessage,
} from './input-messages';

/** Text that only a validator writes: none of it may reach a learner. */
const RAW =
  /Too big|Too small|expected|received|<=|>=|Invalid input|must match pattern|\bNaN\b|\bundefined\b/;

describe('one message per code', () => {
  it('has a message for every engine error code, in plain words', () => {
    const listed = LIQUIDATION_ERROR_CODES.map((code) => [
      code,
      ENGINE_ERROR_MESSAGES[code]?.('the leverage', {}),
    ]);
    // The list a reviewer reads: every code and what the learner sees.
    expect(Object.fromEntries(listed)).toMatchInlineSnapshot(`
      {
        "INSUFFICIENT_MARGIN": "The leverage is too small to open this position.",
        "INVALID_ARGUMENT": "The leverage doesn’t fit the rest of this setup.",
        "INVALID_LEVERAGE": "The leverage is not allowed for this position.",
        "INVALID_NUMBER": "The leverage must be a number, such as 60000 or 0.005.",
        "INVALID_PRICE_PATH": "The price path can’t be used: it needs at least two ticks with rising times and positive prices.",
        "INVALID_RATE": "The leverage must be a rate from 0 up to (not including) 1, e.g. 0.005 for 0.5%.",
        "INVALID_TIERS": "The maintenance table is not usable: its brackets must rise in order without gaps.",
        "MISSING_FIELD": "The leverage is required here.",
        "NEGATIVE_VALUE": "The leverage can’t be negative.",
        "NOT_POSITIVE": "The leverage must be greater than zero.",
        "NOT_SUPPORTED": "This exchange’s published rules don’t cover this combination (for example cross margin).",
        "POSITION_TOO_LARGE_FOR_TIER": "This position is larger than the largest maintenance bracket the exchange publishes: make it smaller.",
      }
    `);
    for (const [code, message] of listed) {
      expect(message, code).toBeTruthy();
      expect(message, code).not.toMatch(RAW);
    }
    // No message for a code the engine does not have.
    expect(Object.keys(ENGINE_ERROR_MESSAGES).sort()).toEqual([...LIQUIDATION_ERROR_CODES].sort());
  });

  it('has a message for every zod issue code, and zod has no code we miss', () => {
    expect([...SCHEMA_ISSUE_CODES].sort()).toEqual(Object.values(z.ZodIssueCode).sort());
    for (const code of SCHEMA_ISSUE_CODES) {
      const message = SCHEMA_ISSUE_MESSAGES[code]('the entry price', { input: 'x', max: '10', min: '1' });
      expect(message, code).toBeTruthy();
      expect(message, code).not.toMatch(RAW);
    }
  });
});

describe('the messages the issue found on screen', () => {
  // The sandbox's opening scenario with `patch` over its position.
  const positionOf = (patch: Record<string, unknown>) => ({
    ...DEFAULT_SCENARIO,
    position: { ...DEFAULT_SCENARIO.position, ...patch },
  });
  const firstIssue = (input: unknown) => {
    const parsed = scenarioInputSchema.safeParse(input);
    if (parsed.success) throw new Error('expected a refusal');
    return parsed.error.issues[0]!;
  };

  it('"Too big: expected number to be <=99999" becomes the steps’ limit in words', () => {
    const input = { ...positionOf({}), path: { ...DEFAULT_SCENARIO.path, steps: 1_000_000 } };
    const issue = firstIssue(input);
    expect(issue.message).toMatch(/Too big/); // what zod says…
    expect(schemaIssueMessage(issue)).toBe('The number of steps can be at most 99,999.'); // …and what we show
  });

  it('a negative number is called negative, not "must be a decimal number"', () => {
    const issue = firstIssue(positionOf({ entryPrice: '-5' }));
    expect(schemaIssueMessage(issue, { input: '-5' })).toBe('The entry price can’t be negative.');
    expect(schemaIssueMessage(issue, { input: '1e3' })).toMatch(/without an exponent/);
    expect(schemaIssueMessage(issue, { input: 'abc' })).toBe(
      'The entry price must be a number, such as 60000 or 0.005.',
    );
  });

  it('an engine leverage refusal states the bracket’s real cap, from the error’s limits', () => {
    let caught: unknown;
    try {
      liquidationPrice({
        rules: 'binance-usdm',
        side: 'long',
        marginMode: 'isolated',
        entryPrice: '60000',
        quantity: '1',
        leverage: '150',
        maintenanceMarginRate: '0.005',
        maxLeverage: '100',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LiquidationError);
    expect(engineErrorMessage(caught as LiquidationError)).toBe(
      'The leverage can be at most 100× for this position (the exchange’s maximum at this size).',
    );
  });

  it('a schema bound above the real cap is stated with the cap the caller knows', () => {
    const issue = firstIssue(positionOf({ leverage: '250' }));
    expect(schemaIssueMessage(issue, { min: '1', max: '100', unit: '×' })).toBe(
      'The leverage must be from 1× to 100×.',
    );
  });

  it('keeps our own cross-field sentences, capitalised', () => {
    const issue = firstIssue(positionOf({ marginMode: 'cross' }));
    expect(schemaIssueMessage(issue)).toBe('A cross-margin position needs the wallet balance.');
  });
});
