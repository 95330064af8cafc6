/**
 * Rounding rules (SPEC §2): one decimal, half-up, on the exact value.
 */
import type { Percent } from './types';

/**
 * SPEC §2 "rounded half-up … Round the exact value: a value exactly on a half (18.75) rounds up, so
 * compute in a way floating-point error cannot push it below (e.g. integers, or a 1e-9 guard)".
 * Half-up rounding to `decimals` places with a 1e-9 guard (relative for very large values).
 */
export function roundHalfUp(value: number, decimals = 1): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const guard = Math.max(1e-9, scaled * 1e-12);
  const rounded = Math.floor(scaled + 0.5 + guard) / factor;
  const signed = value < 0 ? -rounded : rounded;
  return signed === 0 ? 0 : signed; // never -0
}

/**
 * SPEC §2: "`percentDone = 100 × done / total`, rounded half-up to one decimal (0.0 when total is
 * 0). Round the exact value: a value exactly on a half (18.75) rounds up". Works for non-integer
 * weights (points, seconds).
 */
export function percent(done: number, total: number): Percent {
  if (!(total > 0) || !Number.isFinite(total) || !Number.isFinite(done)) return 0;
  return roundHalfUp((100 * done) / total, 1);
}

/**
 * Whole days, rounded up, for sentences and cards: SPEC §3 `daysNeeded` is a plain number (17
 * remaining at 17 resolved is "exactly 14"), so a value a hair above a whole number from
 * floating-point error (14.000000000000002) must still read 14 days, not 15: 1e-9 guard.
 */
export function wholeDaysUp(days: number): number {
  return Math.ceil(days - 1e-9);
}

/** A number for a sentence: at most one decimal, no trailing `.0` (0.21428… → "0.2"). */
export function oneDecimal(n: number): string {
  return String(Math.round(n * 10) / 10);
}
