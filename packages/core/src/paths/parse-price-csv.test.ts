import { describe, expect, it } from 'vitest';
import { LiquidationError } from '../errors';
import { parsePriceCsv } from './parse-price-csv';

describe('parsePriceCsv', () => {
  it('reads timestamp,price with epoch-ms timestamps', () => {
    const path = parsePriceCsv('timestamp,price\n1700000000000,100.5\n1700000060000,99.25\n');
    expect(Array.from(path.t)).toEqual([1700000000000, 1700000060000]);
    expect(Array.from(path.mark)).toEqual([100.5, 99.25]);
    expect(path.last).toBeUndefined();
  });

  it('reads timestamp,mark,last with ISO timestamps, CRLF, BOM, blank lines and spaces', () => {
    const csv =
      '\uFEFFTimestamp, Mark, Last\r\n2024-01-01T00:00:00Z,100,100.1\r\n\r\n2024-01-01T00:01:00.500+00:00 , 99 , 80\r\n';
    const path = parsePriceCsv(csv);
    expect(Array.from(path.t)).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1, 0, 1, 0, 500)]);
    expect(Array.from(path.mark)).toEqual([100, 99]);
    expect(Array.from(path.last!)).toEqual([100.1, 80]);
  });

  it('reads an ISO date-time without zone as UTC', () => {
    const path = parsePriceCsv('time,price\n2024-03-01 12:00,1\n2024-03-01T12:00:01,2');
    expect(path.t[0]).toBe(Date.UTC(2024, 2, 1, 12));
    expect(path.t[1]).toBe(Date.UTC(2024, 2, 1, 12, 0, 1));
  });

  it.each([
    ['', 1, /empty/],
    ['date,price\n1,2\n2,3', 1, /header/],
    ['timestamp,mark,last\n1,2\n2,3,4', 2, /3 columns/],
    ['timestamp,price\n1,2\nyesterday,3', 3, /not a timestamp/],
    ['timestamp,price\n1,2\n2024-13-45T00:00:00Z,3', 3, /not a timestamp/],
    ['timestamp,price\n5,2\n5,3', 3, /increase strictly/],
    ['timestamp,price\n5,2\n4,3', 3, /increase strictly/],
    ['timestamp,price\n1,2\n2,0', 3, /positive/],
    ['timestamp,price\n1,-2\n2,1', 2, /positive/],
    ['timestamp,price\n1,1e999\n2,1', 2, /positive/],
    ['timestamp,mark,last\n1,2,abc\n2,3,4', 2, /last must be a positive/],
    ['timestamp,price\n1,2', 2, /at least two rows/],
    ['timestamp,price\n1,2\n2,3\n3,4\n4,5', 5, /at most 3 ticks/],
  ])('rejects %j at line %i', (csv, line, message) => {
    try {
      parsePriceCsv(csv, { maxTicks: 3 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LiquidationError);
      expect((error as LiquidationError).code).toBe('INVALID_PRICE_PATH');
      expect((error as LiquidationError).message).toMatch(new RegExp(`^Line ${line}: `));
      expect((error as LiquidationError).message).toMatch(message);
    }
  });
});
