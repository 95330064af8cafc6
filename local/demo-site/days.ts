/** Calendar days and Jira timestamps, as the demo data and its changes write them (UTC throughout). */
import type { DateString } from './entities';

export function addDays(date: DateString, days: number): DateString {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function minDate(a: DateString, b: DateString): DateString {
  return a < b ? a : b;
}

export function maxDate(a: DateString, b: DateString): DateString {
  return a > b ? a : b;
}

/** A `YYYY-MM-DD` that is a real calendar day. */
export function assertDate(date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`today must be YYYY-MM-DD, got '${date}'`);
  }
}

/** Jira's timestamp format: `2026-11-20T10:15:00.000+0000`. */
export function jiraTimestamp(at: Date | number): string {
  return new Date(at).toISOString().replace('Z', '+0000');
}
