/**
 * Streaks count consecutive UTC calendar days with learning activity (a lesson read, a quiz answer
 * or a review answer). UTC, not the learner's zone, so every server and every device agrees on the
 * day; a learner in UTC−8 sees the day roll over at 16:00 local time.
 *
 * The current streak ends today, or yesterday when nothing has happened yet today (it is still
 * alive until the UTC day ends). A missed whole day resets it to zero. Days after `now` (clock skew
 * between app servers) are ignored.
 */

const MS_PER_DAY = 86_400_000;

/** The UTC calendar day of an instant, as midnight UTC. */
export function utcDay(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / MS_PER_DAY) * MS_PER_DAY);
}

/** ISO date (YYYY-MM-DD) of the UTC day containing `instant`. */
export function utcDayKey(instant: Date): string {
  return utcDay(instant).toISOString().slice(0, 10);
}

export interface Streak {
  /** Consecutive active days ending today or yesterday; 0 when the chain is broken. */
  current: number;
  /** Whether today already counts (false: act today to keep the streak). */
  activeToday: boolean;
  /** The most recent active UTC day (YYYY-MM-DD), or null. */
  lastActiveDay: string | null;
}

export function currentStreak(activeDays: readonly Date[], now: Date): Streak {
  const today = utcDay(now).getTime();
  const days = new Set(activeDays.map((day) => utcDay(day).getTime()).filter((day) => day <= today));
  const latest = days.size > 0 ? Math.max(...days) : null;
  const activeToday = days.has(today);
  let cursor = activeToday ? today : today - MS_PER_DAY;
  let current = 0;
  while (days.has(cursor)) {
    current += 1;
    cursor -= MS_PER_DAY;
  }
  return {
    current,
    activeToday,
    lastActiveDay: latest === null ? null : new Date(latest).toISOString().slice(0, 10),
  };
}
