import {
  addDays,
  addMonthsClamped,
  assertIsoDate,
  daysBetween,
  isIsoDate,
  isLastDayOfMonth,
  isoDateFromDate,
  parseIsoDate,
  quarterOf,
  utcDateOf,
  utcDateOfOrNull,
  wholeMonthsBetween,
} from '../../src/domain/dates';
import { DateInputError, DomainInputError } from '../../src/domain/errors';

describe('isIsoDate / parseIsoDate', () => {
  test.each(['2026-02-28', '2024-02-29', '2026-12-31', '2026-01-01'])('%s is a date', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });
  test.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '20260101', '2026-01-01T00:00:00Z', '', ' 2026-01-01'])(
    '%p is not a date',
    (d) => {
      expect(isIsoDate(d)).toBe(false);
      expect(() => parseIsoDate(d)).toThrow(DateInputError);
    },
  );
  test('non-strings are not dates', () => {
    expect(isIsoDate(20260101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
  test('parse splits the parts; the error names what and the value', () => {
    expect(parseIsoDate('2026-11-20')).toEqual({ year: 2026, month: 11, day: 20 });
    expect(() => assertIsoDate('2026-02-30', 'as-of date')).toThrow('The as-of date must be a real calendar date as YYYY-MM-DD (got "2026-02-30").');
    expect(() => assertIsoDate('x')).toThrow(DomainInputError);
  });
});

describe('utcDateOf', () => {
  test.each([
    ['2026-11-20T23:30:00.000-0500', '2026-11-21'],
    ['2026-11-20T18:59:59.000-0500', '2026-11-20'],
    ['2026-11-20T19:00:00.000-0500', '2026-11-21'],
    ['2026-11-21T01:00:00.000+0200', '2026-11-20'],
    ['2026-01-01T00:30:00+05:30', '2025-12-31'],
    ['2026-12-31T23:00:00.000-0200', '2027-01-01'],
    ['2026-11-20T23:30:00Z', '2026-11-20'],
    ['2026-11-20T23:30:00', '2026-11-20'],
    ['2024-02-28T22:00:00.000-0300', '2024-02-29'],
    ['2026-11-20', '2026-11-20'],
  ])('%s → %s', (ts, date) => {
    expect(utcDateOf(ts)).toBe(date);
  });
  test('garbage throws; the OrNull variant gives null', () => {
    expect(() => utcDateOf('yesterday')).toThrow(DateInputError);
    expect(() => utcDateOf('2026-02-30T10:00:00Z')).toThrow(DateInputError);
    expect(utcDateOfOrNull('yesterday')).toBeNull();
    expect(utcDateOfOrNull(null)).toBeNull();
    expect(utcDateOfOrNull(undefined)).toBeNull();
    expect(utcDateOfOrNull('')).toBeNull();
    expect(utcDateOfOrNull('2026-11-20T23:30:00.000-0500')).toBe('2026-11-21');
  });
  test('isoDateFromDate uses the UTC date', () => {
    expect(isoDateFromDate(new Date('2026-11-20T23:30:00.000-05:00'))).toBe('2026-11-21');
    expect(() => isoDateFromDate(new Date('nope'))).toThrow(DateInputError);
  });
});

describe('addDays / daysBetween', () => {
  test('crosses months, years, leap days and DST dates without drift', () => {
    expect(addDays('2026-11-20', -14)).toBe('2026-11-06');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // EU DST change
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09'); // US DST change
    expect(() => addDays('2026-01-01', 1.5)).toThrow(DateInputError);
  });
  test('daysBetween is to − from, negative when to is earlier', () => {
    expect(daysBetween('2026-11-10', '2026-11-20')).toBe(10);
    expect(daysBetween('2026-11-20', '2026-11-10')).toBe(-10);
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-11-20', '2026-11-20')).toBe(0);
  });
});

describe('isLastDayOfMonth', () => {
  test.each([
    ['2025-11-30', true],
    ['2025-11-29', false],
    ['2024-02-29', true],
    ['2025-02-28', true],
    ['2024-02-28', false],
    ['2026-12-31', true],
  ])('%s → %p', (d, last) => expect(isLastDayOfMonth(d)).toBe(last));
});

describe('wholeMonthsBetween (SPEC §4)', () => {
  test.each([
    ['2024-05-31', '2025-11-30', 18],
    ['2024-05-31', '2025-11-29', 17],
    ['2024-01-15', '2025-07-15', 18],
    ['2024-01-15', '2025-07-14', 17],
    ['2024-05-31', '2024-05-31', 0],
    ['2024-01-31', '2024-02-29', 1], // leap-year month end
    ['2024-01-31', '2024-02-28', 0],
    ['2024-02-29', '2025-02-28', 12], // leap-day start: a month end counts
    ['2024-02-29', '2025-08-28', 17],
    ['2024-02-29', '2025-08-29', 18],
    ['2024-02-29', '2025-08-31', 18],
    ['2023-12-31', '2025-06-30', 18],
  ])('started %s, as of %s → %i', (s, a, m) => expect(wholeMonthsBetween(s, a)).toBe(m));
  test('as-of before start and malformed dates throw', () => {
    expect(() => wholeMonthsBetween('2025-01-02', '2025-01-01')).toThrow(DateInputError);
    expect(() => wholeMonthsBetween('2025-02-30', '2025-06-01')).toThrow(/start date/);
  });
  test('addMonthsClamped gives the first date reaching the months', () => {
    expect(addMonthsClamped('2024-05-31', 18)).toBe('2025-11-30');
    expect(addMonthsClamped('2024-01-15', 18)).toBe('2025-07-15');
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-08-31', 18)).toBe('2026-02-28');
    for (const s of ['2024-05-31', '2024-01-15', '2024-02-29', '2024-08-31', '2023-10-30']) {
      const d = addMonthsClamped(s, 18);
      expect(wholeMonthsBetween(s, d)).toBe(18);
      expect(wholeMonthsBetween(s, addDays(d, -1))).toBe(17);
    }
  });
});

test.each([
  ['2026-01-01', '2026-Q1'],
  ['2026-03-31', '2026-Q1'],
  ['2026-04-01', '2026-Q2'],
  ['2026-09-30', '2026-Q3'],
  ['2026-11-20', '2026-Q4'],
])('quarterOf %s → %s', (d, q) => expect(quarterOf(d)).toBe(q));

test('day arithmetic agrees with the platform calendar across 1899–2101', () => {
  let d = '1899-12-25';
  for (let i = 0; i < 73_500; i += 1) {
    const expected = new Date(Date.UTC(1899, 11, 25 + i)).toISOString().slice(0, 10);
    expect(d).toBe(expected);
    expect(daysBetween('1899-12-25', d)).toBe(i);
    d = addDays(d, 1);
  }
  expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
  expect(addDays('2026-11-20', -365 * 400 - 97)).toBe('1626-11-20');
});
