/** The one place the demo site reads the clock: today's date in UTC, for the default dataset. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
