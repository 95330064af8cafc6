/**
 * History and odds use cases (SPEC §7): read the changelogs of a version's issues or a roadmap's
 * items and units as the viewer, in bulk (⌈issues ÷ 1000⌉ requests plus pages for long
 * histories), and rebuild the past with the pure domain.
 */
import type { IssueHistoryView, ReleaseBaselineMode, ReleaseHistoryView, RoadmapHistoryView } from '../contract';
import { addDays } from '../domain/dates';
import { HISTORY_FIELD_IDS, type ChangeHistory, type HistoricIssue, type StatusCategories } from '../domain/history';
import { oddsMethod } from '../domain/odds';
import { computeReadiness, READINESS_WINDOW_DAYS, type ReadinessReport } from '../domain/readiness';
import { computeReleaseHistory, RELEASE_BASELINE_FALLBACK_DAYS, type ReleaseHistory } from '../domain/release-history';
import { computeRoadmapHistory, type RoadmapHistory } from '../domain/roadmap-history';
import { resolveReport } from '../domain/roadmap';
import { FORECAST_WINDOW_DAYS } from '../domain/forecast';
import type { Issue, IsoDate, IssueKey, Weight } from '../domain/types';
import { BadInputError } from '../errors';
import type { IssueField, JiraPorts } from '../jira';
import { withIssueStatuses } from '../jira/changelog';
import { findVersion, READINESS_FIELDS, versionIssues, versionJql, type ReadinessInputs, type ReadinessPorts, type VersionContext } from './readiness';
import { readOptionsOf } from './roadmap';
import { readRoadmapCached, type CachedRoadmapPorts } from './roadmap-cached';
import type { ViewerCache } from './tree-cache';
import type { ReadBudget, RoadmapRead } from './roadmap-reader';
import type { VersionRef } from '../contract';

/** What history reads from Jira besides what the report reads. */
export type HistoryPorts = Pick<JiraPorts, 'changelogs' | 'statusCategories'>;

/** Readiness fields plus what §7 needs to place an issue in time. */
export const RELEASE_HISTORY_FIELDS: readonly IssueField[] = [...READINESS_FIELDS, 'statusId', 'created', 'fixVersionIds'];

export const RELEASE_ODDS_METHOD = oddsMethod(READINESS_WINDOW_DAYS, 'issues');
export const ROADMAP_ODDS_METHOD = oddsMethod(FORECAST_WINDOW_DAYS, 'units');

/** A mapped issue plus its changelog → the domain's `HistoricIssue`. */
export function toHistoric(issue: Issue, logs: ReadonlyMap<string, ChangeHistory[]>): HistoricIssue {
  return {
    key: issue.key,
    created: issue.created,
    statusId: issue.statusId ?? null,
    statusCategory: issue.statusCategory,
    fixVersionIds: issue.fixVersionIds,
    dueDate: issue.dueDate,
    resolutionDate: issue.resolutionDate,
    histories: logs.get(issue.id) ?? [],
  };
}

/** Changelogs and the status list for these issues, both at once. */
async function historiesOf(jira: HistoryPorts, issues: readonly Issue[]): Promise<{ historic: HistoricIssue[]; categories: StatusCategories }> {
  const [logs, statuses] = await Promise.all([jira.changelogs(issues.map((i) => i.id), HISTORY_FIELD_IDS), jira.statusCategories()]);
  return { historic: issues.map((i) => toHistoric(i, logs)), categories: withIssueStatuses(statuses, issues) };
}

/** SPEC §7 candidates that left the version: "every issue that has or had V — JQL `fixVersion WAS` finds them". */
export function leftVersionJql(versionId: string): string {
  return `fixVersion WAS ${versionId} AND NOT fixVersion = ${versionId} AND issuetype not in subTaskIssueTypes()`;
}

/** The gadget's baseline choice → SPEC §7's `--baseline D` (undefined = the version's start date, else as-of − 28). */
export function releaseBaselineDate(mode: ReleaseBaselineMode | undefined, date: IsoDate | undefined, asOf: IsoDate): IsoDate | undefined {
  if (mode === 'date') {
    if (!date) throw new BadInputError('Choose the baseline date (YYYY-MM-DD).');
    return date;
  }
  if (mode === 'daysAgo') return addDays(asOf, -RELEASE_BASELINE_FALLBACK_DAYS);
  return undefined;
}

export interface ReleaseHistoryRead {
  /** The version's issues now (sub-tasks excluded), with the fields readiness reads. */
  issues: Issue[];
  history: ReleaseHistory;
}

/**
 * A version's issues now and those that left it, their changelogs and the status list. Requests:
 * the version read (as readiness) ∥ one `fixVersion WAS` search ∥ the status list, then
 * ⌈(now + left) ÷ 1000⌉ bulk changelog requests.
 */
export async function readReleaseHistory(
  deps: { jira: Pick<JiraPorts, 'searchIssues'> & HistoryPorts },
  req: { context: VersionContext; asOf: IsoDate; baseline?: IsoDate | null; cache?: ViewerCache },
): Promise<ReleaseHistoryRead> {
  const { jira } = deps;
  const { context } = req;
  const id = context.version.id;
  versionJql(id); // validates the id before any request
  const [issues, left] = await Promise.all([
    versionIssues(deps, { versionId: id, fields: RELEASE_HISTORY_FIELDS, ...(req.cache ? { cache: req.cache } : {}) }),
    jira.searchIssues(leftVersionJql(id), { fields: RELEASE_HISTORY_FIELDS }).then((r) => r.issues),
  ]);
  const { historic, categories } = await historiesOf(jira, [...issues, ...left]);
  const history = computeReleaseHistory({
    asOf: req.asOf,
    versionId: id,
    versionStartDate: context.version.startDate ?? null,
    releaseDate: context.version.releaseDate,
    baseline: req.baseline ?? null,
    candidates: historic,
    categories,
  });
  return { issues, history };
}

/** The CLI's `readiness --history`: the §3 report and the §7 history from one read. */
export async function readinessWithHistory(
  deps: { jira: ReadinessPorts & HistoryPorts },
  req: { ref: VersionRef; inputs: ReadinessInputs; baseline: IsoDate | null },
): Promise<{ context: VersionContext; report: ReadinessReport; history: ReleaseHistory }> {
  const { inputs } = req;
  const context = await findVersion(deps, req.ref);
  const { issues, history } = await readReleaseHistory(deps, { context, asOf: inputs.asOf, baseline: req.baseline });
  return { context, report: computeReadiness({ ...inputs, version: context.version, issues }), history };
}

/** SPEC §5 readiness `--history` fields: `scope`, `daily`, `forecast`. */
export function releaseHistoryJson(h: ReleaseHistory): Record<string, unknown> {
  return { scope: h.scope, daily: h.daily, forecast: h.forecast };
}

/** The gadget's history view. */
export async function releaseHistoryView(
  deps: { jira: ReadinessPorts & HistoryPorts },
  req: { projectKey: string; versionId: string; asOf: IsoDate; baselineMode?: ReleaseBaselineMode; baselineDate?: IsoDate; cache?: ViewerCache },
): Promise<ReleaseHistoryView> {
  const baseline = releaseBaselineDate(req.baselineMode, req.baselineDate, req.asOf) ?? null; // bad input before any request
  const context = await findVersion(deps, { projectKey: req.projectKey, versionId: req.versionId });
  const { history } = await readReleaseHistory(deps, { context, asOf: req.asOf, baseline, ...(req.cache ? { cache: req.cache } : {}) });
  const v = context.version;
  return {
    asOf: req.asOf,
    version: { id: v.id, name: v.name, releaseDate: v.releaseDate, startDate: v.startDate ?? null },
    scope: history.scope,
    daily: history.daily,
    forecast: history.forecast,
    // "28 days ago" is the same date as the domain's fallback, and is worded the same way.
    baselineSource: req.baselineMode === 'daysAgo' ? 'fallback' : history.baselineSource,
    deliveredKeys: history.deliveredKeys,
    remaining: history.remaining,
    method: RELEASE_ODDS_METHOD,
  };
}

/**
 * SPEC §7 roadmap history from a roadmap already read: the changelogs of its items and distinct
 * units (⌈(items + units) ÷ 1000⌉ bulk requests, several at once) and the status list.
 */
export async function roadmapHistoryFromRead(
  deps: { jira: HistoryPorts },
  req: { read: Pick<RoadmapRead, 'items' | 'descendants'>; asOf: IsoDate; weight: Weight; baseline?: IsoDate | null },
): Promise<RoadmapHistory> {
  const { read } = req;
  const resolved = resolveReport(read.items, read.descendants, req.weight);
  const byKey = new Map<IssueKey, Issue>();
  for (const i of [...resolved.items, ...resolved.allUnits]) byKey.set(i.key, i);
  const { historic, categories } = await historiesOf(deps.jira, [...byKey.values()]);
  const historicByKey = new Map(historic.map((h) => [h.key, h]));
  return computeRoadmapHistory({
    asOf: req.asOf,
    baseline: req.baseline ?? null,
    items: resolved.items.map((i) => historicByKey.get(i.key)!),
    units: resolved.allUnits.map((u) => historicByKey.get(u.key)!),
    categories,
  });
}

/** SPEC §5 roadmap `--history` fields, merged into the report JSON by the caller. */
export function roadmapHistoryJson(h: RoadmapHistory): { baseline: RoadmapHistory['baseline']; slipped: IssueKey[]; odds: RoadmapHistory['odds']; items: Map<IssueKey, Record<string, unknown>> } {
  return {
    baseline: h.baseline,
    slipped: h.slipped,
    odds: h.odds,
    items: new Map(h.items.map((i) => [i.key, { dueDateAtBaseline: i.dueDateAtBaseline, dueDateChanges: i.dueDateChanges, slipDays: i.slipDays }])),
  };
}

export interface RoadmapHistoryRequest {
  jql: string;
  weight: Weight;
  asOf: IsoDate;
  baseline?: IsoDate | null;
  budget?: ReadBudget;
  concurrency?: number;
  maxItems?: number;
}

/**
 * The macro's history view: the roadmap read as the report reads it (through the viewer's cache,
 * so a repeat view costs the changes since, not a second full read), then its history.
 */
export async function roadmapHistoryView(
  deps: { jira: CachedRoadmapPorts & HistoryPorts },
  req: RoadmapHistoryRequest & { cache?: ViewerCache },
): Promise<RoadmapHistoryView> {
  const read = await readRoadmapCached(deps.jira, readOptionsOf(req), req.cache);
  const h = await roadmapHistoryFromRead(deps, { ...req, read });
  return {
    asOf: req.asOf,
    baseline: h.baseline,
    slipped: h.slipped,
    items: h.items,
    odds: h.odds,
    remaining: h.remaining,
    doneSince: h.doneSince,
    method: ROADMAP_ODDS_METHOD,
    partial: read.partial !== null,
  };
}

/** The issue panel's history: the issue's own slip and the odds for its units. */
export async function issueHistoryView(
  deps: { jira: CachedRoadmapPorts & HistoryPorts },
  req: { issueKey: string; asOf: IsoDate; baseline?: IsoDate | null; budget?: ReadBudget; cache?: ViewerCache },
): Promise<IssueHistoryView> {
  // The panel's own read of this issue's tree (issue-progress.ts): with the viewer's cache, a repeat costs the changes since.
  const read = await readRoadmapCached(
    deps.jira,
    { jql: `key in ("${req.issueKey}")`, weight: 'count', descendantFields: ['dueDate'], ...(req.budget ? { budget: req.budget } : {}) },
    req.cache,
  );
  const item = read.items[0];
  if (!item) throw new BadInputError(`${req.issueKey} was not found, or you do not have permission to see it in Jira.`);
  const h = await roadmapHistoryFromRead(deps, { read, asOf: req.asOf, weight: 'count', baseline: req.baseline ?? null });
  const own = h.items[0]!;
  return {
    asOf: req.asOf,
    key: item.key,
    baselineDate: h.baseline.date,
    dueDateAtBaseline: own.dueDateAtBaseline,
    dueDate: item.dueDate,
    slipDays: own.slipDays,
    dueDateHistory: own.dueDateHistory,
    odds: h.odds,
    remaining: h.remaining,
    method: ROADMAP_ODDS_METHOD,
  };
}
