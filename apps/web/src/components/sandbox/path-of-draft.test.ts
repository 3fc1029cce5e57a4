import { DEFAULT_SCENARIO } from '@liqlab/scenario/default-scenario';
import { describe, expect, it } from 'vitest';
import { pathOfDraft, ticksPathOfCsv } from './path-of-draft';
import { scenarioSchemaValidator } from './scenario-schema-validator';

describe('pathOfDraft', () => {
  it('generates the same seeded path every time (a shared link replays the same prices)', () => {
    const a = pathOfDraft({ ...DEFAULT_SCENARIO.path }, scenarioSchemaValidator);
    const b = pathOfDraft({ ...DEFAULT_SCENARIO.path }, scenarioSchemaValidator);
    if (!a.ok || !b.ok) throw new Error('path failed');
    expect(a.path.mark.length).toBe(1441);
    expect(Array.from(a.path.mark)).toEqual(Array.from(b.path.mark));
  });

  it('names a bad path parameter', () => {
    const result = pathOfDraft(
      { ...DEFAULT_SCENARIO.path, kind: 'gbm', annualVolatility: 'x' } as never,
      scenarioSchemaValidator,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)[0]).toBe('path.annualVolatility');
  });
});

describe('ticksPathOfCsv', () => {
  it('reads mark and last prices', () => {
    const result = ticksPathOfCsv('timestamp,mark,last\n1000,100,99.5\n2000,101,101\n');
    expect(result).toEqual({
      ok: true,
      path: {
        kind: 'ticks',
        ticks: [
          [1000, '100', '99.5'],
          [2000, '101', '101'],
        ],
      },
    });
  });

  it('reports the line of a bad row', () => {
    const result = ticksPathOfCsv('timestamp,price\n1000,100\n900,101\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Line 3:/);
  });
});
