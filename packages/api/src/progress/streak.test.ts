import { describe, expect, it } from 'vitest';
import { currentStreak, utcDay, utcDayKey } from './streak';

const at = (iso: string) => new Date(iso);
const days = (...isoDays: string[]) => isoDays.map((d) => at(`${d}T00:00:00Z`));

describe('utcDay', () => {
  it('cuts at UTC midnight, whatever the local zone', () => {
    expect(utcDayKey(at('2026-03-01T23:59:59.999Z'))).toBe('2026-03-01');
    expect(utcDayKey(at('2026-03-02T00:00:00.000Z'))).toBe('2026-03-02');
    // 23:30 in New York on 1 March is already 2 March in UTC.
    expect(utcDayKey(at('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
    expect(utcDay(at('2024-02-29T12:00:00Z')).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
});

describe('currentStreak', () => {
  it('is zero without activity', () => {
    expect(currentStreak([], at('2026-03-10T12:00:00Z'))).toEqual({
      current: 0,
      activeToday: false,
      lastActiveDay: null,
    });
  });

  it('counts consecutive days ending today', () => {
    const streak = currentStreak(days('2026-03-08', '2026-03-09', '2026-03-10'), at('2026-03-10T00:00:01Z'));
    expect(streak).toEqual({ current: 3, activeToday: true, lastActiveDay: '2026-03-10' });
  });

  it('stays alive through today when the last activity was yesterday', () => {
    const active = days('2026-03-08', '2026-03-09');
    expect(currentStreak(active, at('2026-03-10T23:59:59.999Z'))).toMatchObject({
      current: 2,
      activeToday: false,
    });
    // One millisecond later a whole day (the 10th) was missed.
    expect(currentStreak(active, at('2026-03-11T00:00:00.000Z')).current).toBe(0);
  });

  it('stops at the first gap', () => {
    const active = days('2026-03-01', '2026-03-02', '2026-03-04', '2026-03-05');
    expect(currentStreak(active, at('2026-03-05T10:00:00Z')).current).toBe(2);
  });

  it('crosses month, leap-day and year boundaries', () => {
    expect(
      currentStreak(days('2024-02-28', '2024-02-29', '2024-03-01'), at('2024-03-01T08:00:00Z')).current,
    ).toBe(3);
    expect(currentStreak(days('2025-12-31', '2026-01-01'), at('2026-01-01T08:00:00Z')).current).toBe(2);
  });

  it('treats several events on one day, in any order and time, as one day', () => {
    const active = [at('2026-03-09T23:59:00Z'), at('2026-03-10T00:01:00Z'), at('2026-03-10T18:00:00Z')];
    expect(currentStreak(active, at('2026-03-10T20:00:00Z')).current).toBe(2);
  });

  it('ignores days in the future (clock skew between servers)', () => {
    expect(currentStreak(days('2026-03-10', '2026-03-11'), at('2026-03-10T12:00:00Z'))).toEqual({
      current: 1,
      activeToday: true,
      lastActiveDay: '2026-03-10',
    });
  });
});
