/**
 * A moment as the review panels print it: "3 Dec 2026, 14:05", or the day alone ("3 Dec 2026");
 * a value that is not a date is shown as it was stored.
 */
export function when(time: string, withTime = true): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return time;
  return date.toLocaleString('en-GB', withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
}
