/**
 * Calendar-date arithmetic (SPEC §1, §4). Everything works on `YYYY-MM-DD` strings and UTC day
 * numbers, so there is no time zone or DST anywhere. No clock: "today" is always a parameter.
 */
import { DateInputError } from './errors';
import type { IsoDate } from './types';
import { quote } from './input';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function partsOrNull(value: string): DateParts | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** SPEC §1: "Dates are calendar dates (`YYYY-MM-DD`)": true only for a real date (not 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && partsOrNull(value) !== null;
}

/**
 * SPEC §1: "Dates are calendar dates (`YYYY-MM-DD`)". Splits a date into parts; throws
 * `DateInputError` naming the value (and `what`, e.g. "as-of date") when it is not a real date.
 */
export function parseIsoDate(value: unknown, what = 'date'): DateParts {
  const parts = typeof value === 'string' ? partsOrNull(value) : null;
  if (!parts) {
    throw new DateInputError(`The ${what} must be a real calendar date as YYYY-MM-DD (got ${quote(value)}).`);
  }
  return parts;
}

/** SPEC §1 date validation: returns the date unchanged, or throws `DateInputError`. */
export function assertIsoDate(value: unknown, what = 'date'): IsoDate {
  parseIsoDate(value, what);
  return value as IsoDate;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats parts as `YYYY-MM-DD`. */
export function formatIsoDate(parts: DateParts): IsoDate {
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

// Day numbers without the global Date (the domain never touches the clock, and lint bans `Date`):
// H. Hinnant's days_from_civil / civil_from_days, exact for the proleptic Gregorian calendar.

/** Days since 1970-01-01 of a calendar date. */
function dayNumber(date: IsoDate, what?: string): number {
  const { year, month, day } = parseIsoDate(date, what);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatIsoDate({ year: month <= 2 ? era * 400 + yoe + 1 : era * 400 + yoe, month, day });
}

/** SPEC §1: "'As of' defaults to today (UTC)": the UTC calendar date of a JS Date (the caller owns the clock). */
export function isoDateFromDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new DateInputError('Invalid Date given where a date was expected.');
  return date.toISOString().slice(0, 10);
}

// 2026-11-20T23:30:00.000-0500, 2026-11-20T23:30:00Z, 2026-11-20T23:30:00+05:30, 2026-11-20 23:30
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * SPEC §1: "a timestamp (`resolutiondate`, `created`) counts by its UTC date".
 * `2026-11-20T23:30:00.000-0500` → `2026-11-21`. A timestamp without an offset is taken as UTC;
 * a bare date is returned as is. Throws `DateInputError` when unreadable.
 */
export function utcDateOf(timestamp: string): IsoDate {
  const m = TIMESTAMP.exec(timestamp.trim());
  if (!m) throw new DateInputError(`Not a timestamp: ${quote(timestamp)}.`);
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isIsoDate(date)) throw new DateInputError(`Not a timestamp: ${quote(timestamp)}.`);
  if (m[4] === undefined) return date;
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  const seconds = m[6] === undefined ? 0 : Number(m[6]);
  if (hours > 23 || minutes > 59 || seconds > 60) {
    throw new DateInputError(`Not a timestamp: ${quote(timestamp)}.`);
  }
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
  }
  // local wall time − offset = UTC; work in whole minutes from the date's midnight
  const minutesUtc = hours * 60 + minutes - offsetMinutes;
  return addDays(date, Math.floor(minutesUtc / 1440));
}

/** SPEC §1 (`utcDateOf`) for optional fields: null/undefined/empty/unreadable → null. */
export function utcDateOfOrNull(timestamp: string | null | undefined): IsoDate | null {
  if (timestamp === null || timestamp === undefined || timestamp.trim() === '') return null;
  try {
    return utcDateOf(timestamp);
  } catch {
    return null;
  }
}

/** Calendar arithmetic: `date` plus `days` (negative to go back), in UTC so no DST effects. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new DateInputError(`addDays needs a whole number of days (got ${days}).`);
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * SPEC §3: "`daysToRelease`: release date − as-of date in days (negative when past)".
 * Calendar days from `from` to `to` (`to − from`): daysBetween('2026-11-10', '2026-11-20') = 10.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO dates compare as strings; `compareDates(a, b)` < 0 when a is earlier. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SPEC §4: "… and a is not the last day of its month". */
export function isLastDayOfMonth(date: IsoDate): boolean {
  const p = parseIsoDate(date);
  return p.day === daysInMonth(p.year, p.month);
}

/**
 * SPEC §4: "Whole months from start date s to as-of a: (a.year − s.year) × 12 + (a.month − s.month),
 * less one when a.day < s.day and a is not the last day of its month" (started 2024-05-31: 18 on
 * 2025-11-30, 17 on 2025-11-29). Throws `DateInputError` when as-of is before the start.
 */
export function wholeMonthsBetween(start: IsoDate, asOf: IsoDate): number {
  const s = parseIsoDate(start, 'start date');
  const a = parseIsoDate(asOf, 'as-of date');
  if (asOf < start) throw new DateInputError(`The as-of date ${asOf} is before the start date ${start}.`);
  let months = (a.year - s.year) * 12 + (a.month - s.month);
  if (a.day < s.day && a.day !== daysInMonth(a.year, a.month)) months -= 1;
  return months;
}

/**
 * The first date on which `wholeMonthsBetween(start, ·)` reaches `months` (SPEC §4 rule): the same
 * day `months` later, or the last day of that month when it is shorter (2024-05-31 + 18 → 2025-11-30).
 */
export function addMonthsClamped(start: IsoDate, months: number): IsoDate {
  const s = parseIsoDate(start, 'start date');
  const index = s.year * 12 + (s.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate({ year, month, day: Math.min(s.day, daysInMonth(year, month)) });
}

/** Calendar quarter of a date, e.g. `2026-11-20` → `2026-Q4` (used to group roadmap items by due quarter). */
export function quarterOf(date: IsoDate): string {
  const p = parseIsoDate(date);
  return `${pad(p.year, 4)}-Q${Math.floor((p.month - 1) / 3) + 1}`;
}

const MS_PER_DAY = 86_400_000;

/**
 * SPEC §7: "Timestamps may carry any offset; a number is epoch time." The instant of a changelog
 * timestamp in epoch milliseconds (Jira's epoch numbers are milliseconds: the OpenAPI example's
 * 1492070429 is the same instant as its `1970-01-18T06:27:50.429+0000`), for ordering histories.
 * A timestamp without an offset is UTC. Throws `DateInputError` when unreadable.
 */
export function timestampMillis(timestamp: string | number): number {
  if (typeof timestamp === 'number') {
    if (!Number.isFinite(timestamp)) throw new DateInputError(`Not a timestamp: ${timestamp}.`);
    return timestamp;
  }
  const m = TIMESTAMP.exec(timestamp.trim());
  if (!m) throw new DateInputError(`Not a timestamp: ${JSON.stringify(timestamp)}.`);
  utcDateOf(timestamp); // validates the fields' ranges (hour ≤ 23, real date …)
  const [hours, minutes, seconds] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const fraction = m[7] ? Number(`0.${m[7]}`) : 0;
  const zone = m[8];
  let offsetMinutes = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
  }
  const localMs = ((hours * 60 + minutes - offsetMinutes) * 60 + seconds + fraction) * 1000;
  const startOfLocalDay = dayNumber(`${m[1]}-${m[2]}-${m[3]}`) * MS_PER_DAY;
  return startOfLocalDay + localMs;
}

/** SPEC §1/§7: the UTC calendar date of an epoch-milliseconds instant. */
export function utcDateOfMillis(ms: number): IsoDate {
  return fromDayNumber(Math.floor(ms / MS_PER_DAY));
}

/** SPEC §7: a changelog timestamp (string with any offset, or epoch ms) → its UTC date. */
export function utcDateOfTimestamp(timestamp: string | number): IsoDate {
  return typeof timestamp === 'number' ? utcDateOfMillis(timestampMillis(timestamp)) : utcDateOf(timestamp);
}

/** SPEC §7 roadmap baseline: "the first day of the as-of date's calendar quarter". */
export function quarterStart(date: IsoDate): IsoDate {
  const p = parseIsoDate(date);
  return formatIsoDate({ year: p.year, month: Math.floor((p.month - 1) / 3) * 3 + 1, day: 1 });
}
