import { describe, expect, it } from 'vitest';
import { expectLiquidationError } from './expect-liquidation-error';
import { parseVenueTiers } from './parse-venue-tiers';
import { readTierTableText } from './tier-table-text';

describe('reading a pasted tier table', () => {
  it('tells JSON from CSV and reads quoted CSV cells', () => {
    expect(readTierTableText(' [1] ')).toEqual({ kind: 'json', value: [1] });
    const csv = readTierTableText('\uFEFFa,b\r\n"1,5","say ""hi"""\r\n\r\n2,3\n');
    expect(csv.kind === 'csv' && csv.rows.map((r) => [r.values, r.label, r.path])).toEqual([
      [{ a: '1,5', b: 'say "hi"' }, 'row 1 (line 2)', 'rows[0]'],
      [{ a: '2', b: '3' }, 'row 2 (line 4)', 'rows[1]'],
    ]);
  });

  it('refuses what it cannot read, saying why', () => {
    expectLiquidationError(() => readTierTableText('  '), 'INVALID_TIERS', 'table', 'empty');
    expectLiquidationError(() => readTierTableText(42), 'INVALID_TIERS', 'table', 'empty');
    expectLiquidationError(() => readTierTableText('{"code": '), 'INVALID_TIERS', 'table', 'does not parse');
    expectLiquidationError(
      () => readTierTableText('a,b\n"1,2\n'),
      'INVALID_TIERS',
      'table',
      'Line 2: a quoted cell is not closed',
    );
    expectLiquidationError(() => readTierTableText('a,a\n1,2'), 'INVALID_TIERS', 'table', 'names "a" twice');
    expectLiquidationError(() => readTierTableText('a,b\n'), 'INVALID_TIERS', 'table', 'no rows');
    expectLiquidationError(
      () => readTierTableText('x'.repeat(1_000_001)),
      'INVALID_TIERS',
      'table',
      'at most',
    );
  });

  it('refuses an unknown venue', () => {
    expectLiquidationError(
      () => parseVenueTiers('[]', { venue: 'ftx' } as never),
      'NOT_SUPPORTED',
      'venue',
      'binance, okx, bybit, gate',
    );
  });
});
