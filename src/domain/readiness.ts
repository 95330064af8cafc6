/**
 * Release readiness (SPEC §3): counts, blockers, pace, sign-offs and the verdict with its reasons.
 * Pure: issues, version, settings and as-of in; the SPEC §5 readiness JSON (plus extras) out.
 */
import { addDays, assertIsoDate, daysBetween } from './dates';
import { oneDecimal, percent, wholeDaysUp } from './rounding';
import { dedupeByKey } from './roadmap';
import type { Issue, IsoDate, IssueKey, Percent, VersionInfo } from './types';

/** SPEC §3: "blocker priorities (default `Highest`, `Blocker`, `Critical`)". */
export const DEFAULT_BLOCKER_PRIORITIES: readonly string[] = ['Highest', 'Blocker', 'Critical'];

/** A required sign-off check. The id is stable: "renaming a check keeps its signatures" (SPEC §3). */
export interface SignoffCheck {
  id: string;
  label: string;
  /** Who may sign it (account ids), when the settings name them; absent or `anyone`: any signer counts. */
  signers?: 'anyone' | readonly string[];
}

/**
 * SPEC §3: "a list of required checks (default: "Release notes and communication ready", "Release
 * deck reviewed", "QA sign-off", "Product lead sign-off")", with stable ids.
 */
export const DEFAULT_SIGNOFFS: readonly SignoffCheck[] = [
  { id: 'release-notes', label: 'Release notes and communication ready' },
  { id: 'release-deck', label: 'Release deck reviewed' },
  { id: 'qa', label: 'QA sign-off' },
  { id: 'product-lead', label: 'Product lead sign-off' },
];

/** SPEC §3 throughput window in days. */
export const READINESS_WINDOW_DAYS = 14;

/** A recorded sign-off: from the app's store (with `checkId` and `scopeKeys`) or a CLI file (label only). */
export interface SignoffEntry {
  checkId?: string;
  label: string;
  signedBy: string | null;
  signedAt: string | null;
  /** The version's issue keys when signed; absent for CLI file entries ("count as given"). */
  scopeKeys?: string[];
}

export interface SignoffStatus {
  // SPEC §5 fields
  label: string;
  signedBy: string | null;
  signedAt: string | null;
  // extras
  checkId: string;
  /** Signed, and not stale: what the verdict counts. */
  signed: boolean;
  /** Signed for a different set of issues than the version has now: counts as missing. */
  stale: boolean;
  /** When stale: keys added to and removed from the version since signing (sorted like blockers). */
  scopeChange: { added: IssueKey[]; removed: IssueKey[] } | null;
  /** Stale because the signer is no longer among the check's allowed signers. */
  signerNotAllowed: boolean;
}

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

const KEY_PATTERN = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/;

/**
 * SPEC §3: "keys sorted by project key, then issue number (PO-6 before PO-40)". Keys that are not
 * `PROJECT-123` sort after the rest, by plain text.
 */
export function compareIssueKeys(a: IssueKey, b: IssueKey): number {
  const ma = KEY_PATTERN.exec(a);
  const mb = KEY_PATTERN.exec(b);
  if (ma && mb) {
    const pa = ma[1]!.toUpperCase();
    const pb = mb[1]!.toUpperCase();
    if (pa !== pb) return pa < pb ? -1 : 1;
    const na = Number(ma[2]);
    const nb = Number(mb[2]);
    if (na !== nb) return na - nb;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (ma) return -1;
  if (mb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SPEC §1: "Names Jira lets admins edit (priorities, issue types, sign-off labels) match case-insensitively, trimmed." */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function isSigned(entry: SignoffEntry): boolean {
  return typeof entry.signedBy === 'string' && entry.signedBy.trim() !== '';
}

function scopeDiff(scopeKeys: readonly string[] | undefined, current: ReadonlySet<IssueKey>): { added: IssueKey[]; removed: IssueKey[] } | null {
  if (scopeKeys === undefined) return null;
  const then = new Set(scopeKeys);
  const added = [...current].filter((k) => !then.has(k)).sort(compareIssueKeys);
  const removed = [...then].filter((k) => !current.has(k)).sort(compareIssueKeys);
  return added.length === 0 && removed.length === 0 ? null : { added, removed };
}

/**
 * SPEC §3 sign-offs: each required check is matched to recorded entries by `checkId` when the entry
 * has one, else by label (case-insensitive, trimmed); "a required label counts as signed when an
 * entry with that label has a non-empty `signedBy`"; "if they [the issue keys] differ now, it is
 * stale and counts as missing". A signature by someone who is no longer an allowed signer of the
 * check is stale too (the settings changed who may approve it). Among several matching entries a
 * fresh signature wins.
 */
export function evaluateSignoffs(
  required: ReadonlyArray<SignoffCheck>,
  entries: ReadonlyArray<SignoffEntry>,
  currentKeys: ReadonlySet<IssueKey>,
): SignoffStatus[] {
  return required.map((check) => {
    const matches = entries.filter((e) =>
      e.checkId !== undefined && e.checkId !== null && e.checkId !== '' ? e.checkId === check.id : sameName(e.label, check.label),
    );
    const allowed = (signer: string): boolean => check.signers === undefined || check.signers === 'anyone' || check.signers.includes(signer);
    const judged = matches.map((e) => {
      const signed = isSigned(e);
      const change = signed ? scopeDiff(e.scopeKeys, currentKeys) : null;
      const notAllowed = signed && !allowed(e.signedBy!.trim());
      return { e, signed, change, notAllowed };
    });
    const best =
      judged.find((j) => j.signed && j.change === null && !j.notAllowed) ?? judged.find((j) => j.signed) ?? judged[0];
    if (!best) {
      return { label: check.label, signedBy: null, signedAt: null, checkId: check.id, signed: false, stale: false, scopeChange: null, signerNotAllowed: false };
    }
    const stale = best.signed && (best.change !== null || best.notAllowed);
    return {
      label: check.label,
      signedBy: best.signed ? best.e.signedBy!.trim() : null,
      signedAt: best.signed ? best.e.signedAt : null,
      checkId: check.id,
      signed: best.signed && !stale,
      stale,
      scopeChange: stale ? best.change : null,
      signerNotAllowed: stale && best.notAllowed,
    };
  });
}

function signoffReason(s: SignoffStatus): string {
  if (!s.stale) return `Sign-off missing: ${s.label}`;
  if (s.signerNotAllowed) return `Sign-off stale: ${s.label} (signed by someone who is no longer allowed to sign it)`;
  const parts = [...(s.scopeChange?.added ?? []).map((k) => `+${k}`), ...(s.scopeChange?.removed ?? []).map((k) => `−${k}`)];
  return `Sign-off stale: ${s.label} (scope changed since signed: ${parts.join(', ')})`;
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
