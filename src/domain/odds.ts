/**
 * SPEC §7 odds: how many days until the work left is delivered, as probabilities, from the daily
 * throughput samples of a recent window. Computed exactly (a convolution capped at R), not
 * simulated, so the same input always gives the same odds and a test can pin them by hand.
 */
import { addDays } from './dates';
import { roundHalfUp } from './rounding';
import type { IsoDate, Percent } from './types';

/** SPEC §7: "null when … n would exceed 3650". */
export const ODDS_MAX_DAYS = 3650;

/** The SPEC §5/§7 `forecast` (readiness) and `totals.odds` (roadmap) fields. */
export interface Odds {
  p50: number | null;
  p85: number | null;
  p95: number | null;
  p50Date: IsoDate | null;
  p85Date: IsoDate | null;
  p95Date: IsoDate | null;
  /** 100 × P(delivered within daysToRelease days), one decimal; null without a future-or-today release date. */
  chanceByRelease: Percent | null;
}

export interface OddsInput {
  asOf: IsoDate;
  /** R: the work left (issues or units not done). */
  remaining: number;
  /** Items delivered on each day of the window (14 for a release, 28 for a roadmap). */
  samples: readonly number[];
  /** Release date − as-of in days; null without a release date. */
  daysToRelease: number | null;
}

/** How the odds are computed, for the "how is this computed" disclosure and the CLI. */
export function oddsMethod(windowDays: number, what: 'issues' | 'units'): string {
  return (
    `Each of the last ${windowDays} days counts how many ${what} (now done) were resolved that day. ` +
    `Each future day is modelled as delivering one of those ${windowDays} daily counts, picked at random with equal chance and ` +
    `independently of other days. The chance of finishing the ${what} left within n days is computed exactly ` +
    '(no simulation); the 50%, 85% and 95% dates are the first days whose chance reaches those levels. ' +
    `These are odds from recent pace, not promises; with no ${what} resolved in the window there are no odds, ` +
    `and beyond ${ODDS_MAX_DAYS} days none are given.`
  );
}

const LEVELS = [50, 85, 95] as const;
// Probabilities are sums of products of exact fractions; a tiny guard keeps 0.85 reached when the
// exact value is 0.85 but floating point lands a hair under.
const EPSILON = 1e-12;

/**
 * SPEC §7 forecast: "Samples: for each of the … days of the window, how many … Model: each future
 * day delivers a uniform, independent draw from the samples. `p50`, `p85`, `p95` = the fewest days
 * n ≥ 0 after the as-of date with P(sum of n draws ≥ R) ≥ 50 / 85 / 95 %; 0 when R = 0; null when
 * every sample is 0 or n would exceed 3650. `p50Date`… = as-of + n. `chanceByRelease` = 100 ×
 * P(sum of `daysToRelease` draws ≥ R), one decimal, half-up; null without a release date or when
 * it has passed." Exact: the distribution of the delivered total, capped at R, is convolved one
 * day at a time (cost ≤ days × R × distinct sample values).
 */
export function computeOdds(input: OddsInput): Odds {
  const R = Math.max(0, Math.ceil(input.remaining));
  const days: Record<(typeof LEVELS)[number], number | null> = { 50: null, 85: null, 95: null };
  const release = input.daysToRelease !== null && input.daysToRelease >= 0 ? input.daysToRelease : null;
  let chance: number | null = null;

  const samples = input.samples.filter((s) => Number.isFinite(s) && s >= 0);
  if (R === 0) {
    for (const l of LEVELS) days[l] = 0;
    chance = release === null ? null : 1;
  } else if (samples.length === 0 || samples.every((s) => s === 0) || Math.max(ODDS_MAX_DAYS, release ?? 0) * Math.max(...samples) < R) {
    // no pace, or even the best day every day would not deliver R within the horizon: no odds, and
    // no chance by the release (exactly what the day-by-day convolution would find, without it)
    chance = release === null ? null : 0;
  } else {
    // distinct values → probability (a uniform draw from the samples)
    const weights = new Map<number, number>();
    for (const s of samples) weights.set(s, (weights.get(s) ?? 0) + 1 / samples.length);
    const values = [...weights.entries()];
    const maxValue = Math.max(...samples);
    // dist[j] = P(delivered = j) for j < R; dist[R] = P(delivered ≥ R)
    let dist = new Float64Array(R + 1);
    let next = new Float64Array(R + 1);
    dist[0] = 1;
    const horizon = Math.max(release ?? 0, 0);
    let reachedAll = false;
    for (let n = 0; ; n++) {
      const done = dist[R]!;
      for (const l of LEVELS) if (days[l] === null && done + EPSILON >= l / 100) days[l] = n;
      if (release === n) chance = done;
      reachedAll = days[95] !== null;
      if ((reachedAll && n >= horizon) || n >= Math.max(ODDS_MAX_DAYS, horizon)) break;
      if (done >= 1 - EPSILON) {
        // everything from here on is certain
        for (const l of LEVELS) if (days[l] === null) days[l] = n;
        if (release !== null && release > n) chance = 1;
        break;
      }
      // one more day: next[min(j + v, R)] += dist[j] × p(v); only j < min(R, n × max) can be non-zero
      next.fill(0);
      next[R] = dist[R]!;
      const top = Math.min(R - 1, n * maxValue);
      for (let j = 0; j <= top; j++) {
        const pj = dist[j]!;
        if (pj === 0) continue;
        for (const [v, p] of values) {
          const k = j + v >= R ? R : j + v;
          next[k]! += pj * p;
        }
      }
      [dist, next] = [next, dist];
    }
    for (const l of LEVELS) if (days[l] !== null && days[l]! > ODDS_MAX_DAYS) days[l] = null;
  }

  const date = (n: number | null): IsoDate | null => (n === null ? null : addDays(input.asOf, n));
  return {
    p50: days[50],
    p85: days[85],
    p95: days[95],
    p50Date: date(days[50]),
    p85Date: date(days[85]),
    p95Date: date(days[95]),
    chanceByRelease: chance === null ? null : roundHalfUp(Math.min(1, chance) * 100, 1),
  };
}

/**
 * SPEC §7 samples: "for each of the [window] days …, how many issues … now done have that
 * resolution date (UTC)". `resolutionDates` are the UTC resolution dates of the done ones; the
 * window is the `windowDays` days ending on (and including) the as-of date, oldest first.
 */
export function dailySamples(resolutionDates: ReadonlyArray<IsoDate | null>, asOf: IsoDate, windowDays: number): number[] {
  const first = addDays(asOf, -(windowDays - 1));
  const counts = new Map<IsoDate, number>();
  for (const d of resolutionDates) if (d !== null && d >= first && d <= asOf) counts.set(d, (counts.get(d) ?? 0) + 1);
  return Array.from({ length: windowDays }, (_, i) => counts.get(addDays(first, i)) ?? 0);
}
