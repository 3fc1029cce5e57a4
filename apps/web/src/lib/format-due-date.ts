/**
 * When a review comes back, as the learner reads it: "due now" once the time has come, else the day in
 * the learner's own calendar ("due tomorrow", "due Mon 7 Dec"). Review cards are due at an instant;
 * the day is what matters to a person.
 */
export function formatDueDate(dueIso: string, now: Date, timeZone?: string): string {
  const due = new Date(dueIso);
  if (Number.isNaN(due.getTime())) return 'due date unknown';
  if (due.getTime() <= now.getTime()) return 'due now';
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(d);
  const tomorrow = new Date(now.getTime() + 86_400_000);
  if (day(due) === day(now)) return 'due later today';
  if (day(due) === day(tomorrow)) return 'due tomorrow';
  const label = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(due);
  return `due ${label}`;
}
