/**
 * Roadmap forecast (SPEC §2: "throughput of the last 28 days (units resolved into done), projected
 * finish date, and `onTrack | atRisk | offTrack` against the due date. Say how it is computed where
 * it is shown."). Not part of the exact contract; `FORECAST_METHOD` is the sentence to show.
 */
import { addDays, daysBetween } from './dates';
import type { Issue, IsoDate } from './types';

/** Days of history behind the forecast's throughput. */
export const FORECAST_WINDOW_DAYS = 28;

/**
 * A projected finish up to this fraction beyond the days left to the due date is `atRisk`; further
 * out is `offTrack` (5 × daysNeeded ≤ 6 × daysToDue, integer maths).
 */
export const AT_RISK_SLACK = 0.2;

export type ForecastState = 'done' | 'onTrack' | 'atRisk' | 'offTrack' | 'noThroughput' | 'noDueDate';

/** How the forecast is computed, in one paragraph for tooltips and the CLI. */
export const FORECAST_METHOD =
  'Throughput = units (counted, not weighted) that reached done with a resolution date in the last ' +
  `${FORECAST_WINDOW_DAYS} days up to the as-of date, ÷ ${FORECAST_WINDOW_DAYS} per day. ` +
  'Days needed = ceil(remaining units ÷ throughput); projected finish = as-of + days needed. ' +
  'State: done when nothing remains; offTrack when the due date has passed with units remaining; ' +
  'noThroughput when nothing was resolved in the window; noDueDate without a due date; otherwise ' +
  'onTrack when the projected finish is on or before the due date, atRisk when the days needed are ' +
  `at most ${Math.round(AT_RISK_SLACK * 100)}% more than the days left to the due date, offTrack beyond that.`;

export interface Forecast {
  state: ForecastState;
  /** Units resolved into done in (asOf − 28, asOf]. */
  resolvedInWindow: number;
  windowDays: number;
  /** resolvedInWindow ÷ 28 (not rounded). */
  throughputPerDay: number;
  /** Units not done. */
  remainingUnits: number;
  /** ceil(remaining × 28 ÷ resolvedInWindow); null when nothing remains or throughput is 0. */
  daysNeeded: number | null;
  /** asOf + daysNeeded; null when daysNeeded is null. */
  projectedFinish: IsoDate | null;
  dueDate: IsoDate | null;
  /** dueDate − asOf in days (negative when past); null without a due date. */
  daysToDue: number | null;
  method: string;
}

/**
 * SPEC §2 forecast: throughput = units resolved into done with resolution date in
 * (asOf − 28, asOf] ÷ 28; projected finish = asOf + ceil(remaining ÷ throughput); state against the
 * due date as `FORECAST_METHOD` says. `units` are distinct units (count, not weight).
 */
export function forecastUnits(units: readonly Issue[], dueDate: IsoDate | null, asOf: IsoDate): Forecast {
  const windowStart = addDays(asOf, -FORECAST_WINDOW_DAYS); // exclusive
  let resolved = 0;
  let remaining = 0;
  for (const u of units) {
    if (u.statusCategory !== 'done') remaining += 1;
    else if (u.resolutionDate !== null && u.resolutionDate > windowStart && u.resolutionDate <= asOf) resolved += 1;
  }
  const daysToDue = dueDate === null ? null : daysBetween(asOf, dueDate);
  // ceil(remaining / (resolved / 28)) in integers: no floating-point drift at exact multiples
  const daysNeeded = remaining > 0 && resolved > 0 ? Math.ceil((remaining * FORECAST_WINDOW_DAYS) / resolved) : null;
  const projectedFinish = daysNeeded === null ? null : addDays(asOf, daysNeeded);

  let state: ForecastState;
  if (remaining === 0) state = 'done';
  else if (daysToDue !== null && daysToDue < 0) state = 'offTrack';
  else if (daysNeeded === null) state = 'noThroughput';
  else if (daysToDue === null) state = 'noDueDate';
  else if (daysNeeded <= daysToDue) state = 'onTrack';
  else if (5 * daysNeeded <= 6 * daysToDue) state = 'atRisk';
  else state = 'offTrack';

  return {
    state,
    resolvedInWindow: resolved,
    windowDays: FORECAST_WINDOW_DAYS,
    throughputPerDay: resolved / FORECAST_WINDOW_DAYS,
    remainingUnits: remaining,
    daysNeeded,
    projectedFinish,
    dueDate,
    daysToDue,
    method: FORECAST_METHOD,
  };
}
