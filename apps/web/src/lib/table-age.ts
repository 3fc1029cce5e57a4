const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How old a dated table is, in words ("published 3 days ago" style, without the verb): "from today",
 * "1 day old", "5 months old", "4 years old". Whole calendar days in UTC; months and years are counted
 * in whole units, so a table is never shown younger than it is.
 */
export function tableAge(date: string, now: Date): string {
  const then = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(then)) return '';
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.floor((today - then) / DAY_MS);
  if (days < 0) return 'dated in the future';
  if (days === 0) return 'from today';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  if (now.getUTCDate() < d) months -= 1;
  if (months >= 12) return plural(Math.floor(months / 12), 'year');
  if (months >= 1) return plural(months, 'month');
  return plural(days, 'day');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'} old`;
}
