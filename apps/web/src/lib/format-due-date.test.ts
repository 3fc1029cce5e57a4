import { describe, expect, it } from 'vitest';
import { formatDueDate } from './format-due-date';

const now = new Date('2026-12-05T10:00:00Z');

describe('formatDueDate', () => {
  it('says "due now" for a card whose time has come', () => {
    expect(formatDueDate('2026-12-05T09:59:59Z', now, 'UTC')).toBe('due now');
    expect(formatDueDate('2026-12-05T10:00:00Z', now, 'UTC')).toBe('due now');
  });

  it('names today, tomorrow, then the date, in the learner’s time zone', () => {
    expect(formatDueDate('2026-12-05T20:00:00Z', now, 'UTC')).toBe('due later today');
    expect(formatDueDate('2026-12-06T08:00:00Z', now, 'UTC')).toBe('due tomorrow');
    expect(formatDueDate('2026-12-07T08:00:00Z', now, 'UTC')).toBe('due Mon 7 Dec');
    // 20:00 UTC is already the next day in Tokyo.
    expect(formatDueDate('2026-12-05T20:00:00Z', now, 'Asia/Tokyo')).toBe('due tomorrow');
  });

  it('does not pretend to know an unreadable date', () => {
    expect(formatDueDate('not a date', now)).toBe('due date unknown');
  });
});
