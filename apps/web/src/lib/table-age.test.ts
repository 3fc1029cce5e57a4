import { describe, expect, it } from 'vitest';
import { tableAge } from './table-age';

const at = (iso: string) => new Date(`${iso}T15:30:00Z`);

describe('tableAge', () => {
  it.each([
    ['2026-12-05', '2026-12-05', 'from today'],
    ['2026-12-04', '2026-12-05', '1 day old'],
    ['2026-11-06', '2026-12-05', '29 days old'],
    ['2026-11-05', '2026-12-05', '1 month old'],
    ['2025-12-06', '2026-12-05', '11 months old'],
    ['2025-12-05', '2026-12-05', '1 year old'],
    ['2021-03-18', '2026-12-05', '5 years old'],
    ['2026-12-06', '2026-12-05', 'dated in the future'],
    ['not a date', '2026-12-05', ''],
  ])('%s seen on %s is %j', (date, now, expected) => {
    expect(tableAge(date, at(now))).toBe(expected);
  });
});
