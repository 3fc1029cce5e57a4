import { Decimal } from '@liqlab/core';
import type { PositionWarning } from '@liqlab/scenario/position-warnings';
import { describe, expect, it } from 'vitest';
import { fieldWarnings, positionWarningText } from './position-warning-text';

describe('positionWarningText', () => {
  it('states the stop, the liquidation price and what to do', () => {
    const text = positionWarningText({
      kind: 'stop-beyond-liquidation',
      field: 'stopLoss',
      stop: new Decimal(57000),
      liquidationPrice: new Decimal('59100.5'),
    });
    expect(text).toContain('57,000.00');
    expect(text).toContain('59,100.50');
    expect(text).toMatch(/liquidated before the stop can fire/);
  });

  it('keeps the first warning per field', () => {
    const warnings: PositionWarning[] = [
      { kind: 'liquidated-at-entry', field: 'margin', marginRatio: new Decimal('2.4') },
      {
        kind: 'stop-inside-noise',
        field: 'stopLoss',
        stopDistance: new Decimal(500),
        typicalMove: new Decimal(1884),
        horizonDays: 1,
      },
    ];
    const byField = fieldWarnings(warnings);
    expect(byField.margin).toMatch(/240%.*liquidated the moment it opens/);
    expect(byField.stopLoss).toMatch(/over a day/);
  });
});
