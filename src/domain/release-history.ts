/**
 * SPEC §7 release history: what a version held at its baseline, what was added and removed
 * since, a daily scope/done series, and the odds of delivering what is left.
 */
import { addDays, assertIsoDate, compareDates, daysBetween } from './dates';
import { DomainInputError } from './errors';
import { issueByDay, type HistoricIssue, type StatusCategories } from './history';
import { computeOdds, dailySamples, type Odds } from './odds';
import { compareIssueKeys } from './matching';
import { READINESS_WINDOW_DAYS } from './readiness';
import type { IsoDate, IssueKey } from './types';

/** SPEC §7 release baseline when neither `--baseline` nor a start date is given: as-of − 28 days. */
export const RELEASE_BASELINE_FALLBACK_DAYS = 28;

export type ReleaseBaselineSource = 'given' | 'startDate' | 'fallback';

export interface ReleaseScope {
  baselineDate: IsoDate;
  atBaseline: number;
  now: number;
  added: IssueKey[];
  removed: IssueKey[];
  deliveredOfBaseline: number;
}

export interface DailyPoint {
  date: IsoDate;
  scope: number;
  done: number;
}

export interface ReleaseHistory {
  scope: ReleaseScope;
  daily: DailyPoint[];
  forecast: Odds;
  // extras
  baselineSource: ReleaseBaselineSource;
  /** Keys in scope at the baseline (sorted as blockers), for "X of the Y planned". */
  baselineKeys: IssueKey[];
  /** Keys in the baseline scope whose category now is done. */
  deliveredKeys: IssueKey[];
  /** R: issues in scope now that are not done. */
  remaining: number;
  samples: number[];
}

export interface ReleaseHistoryInput {
  asOf: IsoDate;
  versionId: string;
  versionStartDate: IsoDate | null;
  releaseDate: IsoDate | null;
  /** `--baseline D`; beats the start date. */
  baseline?: IsoDate | null;
  /** Every issue that has or had the version (sub-tasks excluded), with its changelog. */
  candidates: readonly HistoricIssue[];
  categories: StatusCategories;
}

/**
 * SPEC §7: "Baseline date b: `--baseline D`, else V's `startDate`, else as-of − 28 days; b after
 * the as-of date is bad input."
 */
export function releaseBaseline(
  asOf: IsoDate,
  given: IsoDate | null | undefined,
  startDate: IsoDate | null,
): { date: IsoDate; source: ReleaseBaselineSource } {
  assertIsoDate(asOf, 'as-of date');
  const pick: { date: IsoDate; source: ReleaseBaselineSource } = given
    ? { date: assertIsoDate(given, 'baseline date'), source: 'given' }
    : startDate
      ? { date: startDate, source: 'startDate' }
      : { date: addDays(asOf, -RELEASE_BASELINE_FALLBACK_DAYS), source: 'fallback' };
  if (compareDates(pick.date, asOf) > 0) {
    const what = pick.source === 'startDate' ? `The version starts on ${pick.date}, which is` : `The baseline date ${pick.date} is`;
    throw new DomainInputError(`${what} after the as-of date ${asOf}; choose a baseline on or before ${asOf}.`);
  }
  return pick;
}

/**
 * SPEC §7 release history of version V: "scope(d) = the issues that exist at d and hold V at d";
 * `scope` (atBaseline, now, added, removed — keys sorted as §3's blockers — deliveredOfBaseline =
 * issues in both whose category now is done); `daily` "one entry per day from b to the as-of date
 * inclusive: { date, scope, done } (done = in scope(d) with category done at d)"; `forecast` = the
 * odds for R = todo + inProgress now, with §3's 14 daily samples of the version's done issues.
 * "Now" is the issues' current fields (as §3's counts are, whatever the as-of date); the issues
 * are those in scope at the as-of date.
 */
export function computeReleaseHistory(input: ReleaseHistoryInput): ReleaseHistory {
  const { asOf, versionId, categories } = input;
  const baseline = releaseBaseline(asOf, input.baseline, input.versionStartDate);
  const b = baseline.date;
  const days = daysBetween(b, asOf);

  // One walk back through each issue's changelog gives its state on every day of the series.
  const scopeCount = new Array<number>(days + 1).fill(0);
  const doneCount = new Array<number>(days + 1).fill(0);
  const atBaseline: IssueKey[] = [];
  const nowKeys = new Set<IssueKey>();
  const nowIssues: HistoricIssue[] = [];
  const nowCategory = new Map<IssueKey, string>();
  for (const issue of input.candidates) {
    const states = issueByDay(issue, b, asOf, categories);
    for (let i = 0; i <= days; i++) {
      const at = states[i];
      if (!at || !at.fixVersionIds.includes(versionId)) continue;
      scopeCount[i]! += 1;
      if (at.statusCategory === 'done') doneCount[i]! += 1;
      if (i === 0) atBaseline.push(issue.key);
      if (i === days) {
        nowKeys.add(issue.key);
        nowIssues.push(issue);
        nowCategory.set(issue.key, issue.statusCategory);
      }
    }
  }
  const baseSet = new Set(atBaseline);
  const sort = (keys: Iterable<IssueKey>): IssueKey[] => [...keys].sort(compareIssueKeys);
  const delivered = sort([...baseSet].filter((k) => nowKeys.has(k) && nowCategory.get(k) === 'done'));
  const remaining = nowIssues.filter((i) => nowCategory.get(i.key) !== 'done').length;
  const samples = dailySamples(
    nowIssues.filter((i) => nowCategory.get(i.key) === 'done').map((i) => i.resolutionDate),
    asOf,
    READINESS_WINDOW_DAYS,
  );
  const daysToRelease = input.releaseDate ? daysBetween(asOf, input.releaseDate) : null;

  return {
    scope: {
      baselineDate: b,
      atBaseline: baseSet.size,
      now: nowKeys.size,
      added: sort([...nowKeys].filter((k) => !baseSet.has(k))),
      removed: sort([...baseSet].filter((k) => !nowKeys.has(k))),
      deliveredOfBaseline: delivered.length,
    },
    daily: scopeCount.map((scope, i) => ({ date: addDays(b, i), scope, done: doneCount[i]! })),
    forecast: computeOdds({ asOf, remaining, samples, daysToRelease }),
    baselineSource: baseline.source,
    baselineKeys: sort(baseSet),
    deliveredKeys: delivered,
    remaining,
    samples,
  };
}
