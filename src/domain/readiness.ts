/**
 * Release readiness (SPEC §3): counts, blockers, pace and the verdict with its reasons (the
 * sign-offs it counts are judged in signoffs.ts). Pure: issues, version, settings and as-of in;
 * the SPEC §5 readiness JSON (plus extras) out.
 */
import { addDays, assertIsoDate, daysBetween } from './dates';
import { compareIssueKeys, sameName } from './matching';
import { oneDecimal, percent, wholeDaysUp } from './rounding';
import { dedupeByKey } from './roadmap';
import { evaluateSignoffs, signoffReason, type SignoffCheck, type SignoffEntry, type SignoffStatus } from './signoffs';
import type { Issue, IsoDate, IssueKey, Percent, VersionInfo } from './types';

/** SPEC §3: "blocker priorities (default `Highest`, `Blocker`, `Critical`)". */
export const DEFAULT_BLOCKER_PRIORITIES: readonly string[] = ['Highest', 'Blocker', 'Critical'];

/** SPEC §3 throughput window in days. */
export const READINESS_WINDOW_DAYS = 14;

export type Verdict = 'released' | 'not_ready' | 'ready' | 'at_risk' | 'on_track';

export interface ReadinessInput {
  asOf: IsoDate;
  version: VersionInfo;
  /** Issues with the version as a fix version (sub-tasks are excluded here). */
  issues: Issue[];
  blockerPriorities: readonly string[];
  requiredSignoffs: ReadonlyArray<SignoffCheck>;
  signoffs: ReadonlyArray<SignoffEntry>;
}

export interface ReadinessReport {
  asOf: IsoDate;
  version: { id: string; name: string; releaseDate: IsoDate | null; released: boolean; archived: boolean; projectKey?: string };
  issues: { total: number; done: number; inProgress: number; todo: number };
  percentDone: Percent;
  blockers: IssueKey[];
  openBugs: number;
  unassigned: number;
  daysToRelease: number | null;
  throughputPerDay: number;
  daysNeeded: number | null;
  signoffs: SignoffStatus[];
  verdict: Verdict;
  reasons: string[];
  // extras
  /** Done issues resolved in (asOf − 14, asOf]. */
  resolvedInWindow: number;
  openBugKeys: IssueKey[];
  unassignedKeys: IssueKey[];
  /** The version's issue keys (sorted): what a sign-off made now would remember as its scope. */
  issueKeys: IssueKey[];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * SPEC §3 release readiness → SPEC §5 readiness JSON. Sub-tasks excluded; counts by status
 * category; blockers, open bugs, unassigned; `daysToRelease`; `throughputPerDay` = done issues
 * resolved in (asOf − 14, asOf] ÷ 14; `daysNeeded` = (todo + inProgress) × 14 ÷ that number;
 * sign-offs; and the verdict, "first rule that applies": released, not_ready, ready, at_risk,
 * on_track, with one plain reason per rule or signal that pushed it.
 */
export function computeReadiness(input: ReadinessInput): ReadinessReport {
  const asOf = assertIsoDate(input.asOf, 'as-of date');
  const { version } = input;
  const releaseDate = version.releaseDate === null ? null : assertIsoDate(version.releaseDate, 'release date');
  const issues = dedupeByKey(input.issues).filter((i) => i.hierarchyLevel >= 0); // sub-tasks (−1) excluded
  const notDone = issues.filter((i) => i.statusCategory !== 'done');

  const counts = { total: issues.length, done: 0, inProgress: 0, todo: 0 };
  for (const i of issues) {
    if (i.statusCategory === 'done') counts.done += 1;
    else if (i.statusCategory === 'inprogress') counts.inProgress += 1;
    else counts.todo += 1;
  }
  const remaining = counts.todo + counts.inProgress;

  const blockers = notDone
    .filter((i) => input.blockerPriorities.some((p) => sameName(p, i.priority)))
    .map((i) => i.key)
    .sort(compareIssueKeys);
  const openBugKeys = notDone.filter((i) => sameName(i.issueType, 'Bug')).map((i) => i.key).sort(compareIssueKeys);
  const unassignedKeys = notDone
    .filter((i) => i.assigneeId === null || i.assigneeId.trim() === '')
    .map((i) => i.key)
    .sort(compareIssueKeys);

  const daysToRelease = releaseDate === null ? null : daysBetween(asOf, releaseDate);
  const windowStart = addDays(asOf, -READINESS_WINDOW_DAYS); // exclusive
  const resolvedInWindow = issues.filter(
    (i) => i.statusCategory === 'done' && i.resolutionDate !== null && i.resolutionDate > windowStart && i.resolutionDate <= asOf,
  ).length;
  const throughputPerDay = resolvedInWindow / READINESS_WINDOW_DAYS;
  // multiply first: 17 remaining at 17 resolved is exactly 14
  const daysNeeded = resolvedInWindow === 0 ? null : (remaining * READINESS_WINDOW_DAYS) / resolvedInWindow;

  const issueKeys = issues.map((i) => i.key).sort(compareIssueKeys);
  const signoffs = evaluateSignoffs(input.requiredSignoffs, input.signoffs, new Set(issueKeys));
  const unsigned = signoffs.filter((s) => !s.signed);

  // Verdict: first rule that applies (SPEC §3)
  let verdict: Verdict;
  const reasons: string[] = [];
  const rule2: string[] = [];
  if (issues.length === 0) rule2.push('Version has no issues');
  if (blockers.length > 0) rule2.push(`${plural(blockers.length, 'blocker', 'blockers')} open: ${blockers.join(', ')}`);
  if (releaseDate !== null && releaseDate < asOf && remaining > 0) {
    rule2.push(`Release date ${releaseDate} has passed with ${plural(remaining, 'issue', 'issues')} unfinished`);
  }

  if (version.released) {
    verdict = 'released';
    reasons.push(`Version ${version.name} is released${releaseDate ? ` (release date ${releaseDate})` : ''}`);
  } else if (rule2.length > 0) {
    verdict = 'not_ready';
    reasons.push(...rule2);
  } else if (remaining === 0 && unsigned.length === 0) {
    verdict = 'ready';
    reasons.push(
      `All ${plural(counts.total, 'issue is', 'issues are')} done` +
        (signoffs.length > 0 ? ' and every required sign-off is signed' : ' and no sign-off is required'),
    );
  } else if (remaining > 0 && resolvedInWindow === 0) {
    verdict = 'at_risk';
    reasons.push(`No issues resolved in the last ${READINESS_WINDOW_DAYS} days`);
  } else if (remaining > 0 && daysToRelease !== null && daysNeeded !== null && daysNeeded > daysToRelease) {
    verdict = 'at_risk';
    reasons.push(
      `At the current pace (${oneDecimal(throughputPerDay)} issues/day) the remaining ${plural(remaining, 'issue needs', 'issues need')} ` +
        `${plural(wholeDaysUp(daysNeeded), 'day', 'days')}; ${plural(daysToRelease, 'day is', 'days are')} left`,
    );
  } else if (remaining === 0) {
    verdict = 'at_risk';
    reasons.push(...unsigned.map(signoffReason));
  } else {
    verdict = 'on_track';
    const need = plural(wholeDaysUp(daysNeeded ?? 0), 'day', 'days');
    reasons.push(
      `At the current pace (${oneDecimal(throughputPerDay)} issues/day) the remaining ${plural(remaining, 'issue needs', 'issues need')} ${need}; ` +
        (daysToRelease === null ? 'the version has no release date' : `${plural(daysToRelease, 'day is', 'days are')} left`),
    );
  }

  return {
    asOf,
    version: {
      id: version.id,
      name: version.name,
      releaseDate,
      released: version.released,
      archived: version.archived,
      ...(version.projectKey !== undefined ? { projectKey: version.projectKey } : {}),
    },
    issues: counts,
    percentDone: percent(counts.done, counts.total),
    blockers,
    openBugs: openBugKeys.length,
    unassigned: unassignedKeys.length,
    daysToRelease,
    throughputPerDay,
    daysNeeded,
    signoffs,
    verdict,
    reasons,
    resolvedInWindow,
    openBugKeys,
    unassignedKeys,
    issueKeys,
  };
}
