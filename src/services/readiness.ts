/**
 * Release readiness use case (SPEC §3), shared by the CLI and the app: find the project and the
 * version as the viewing user, read the version's issues (sub-tasks excluded), and compute the
 * report. Requests: 1 project + the version pages (50 a page) + the issues, each read once: one
 * page, and over 100 issues a count, the created ranges' counts and ⌈V/100⌉ pages, several at once
 * (src/jira/partition.ts); with the viewer's cache, a repeat read is a count and the changes.
 */
import { PROJECT_KEY_OR_ID } from '../domain/issue-key';
import type { ProjectVersions, VersionRef, VersionsPayload, VersionSummary } from '../contract';
import { computeReadiness, type ReadinessReport } from '../domain/readiness';
import type { SignoffCheck, SignoffEntry } from '../domain/signoffs';
import type { Issue, IsoDate, VersionInfo } from '../domain/types';
import { nextUnreleasedVersion, sortVersionsForPicker } from '../domain/versions';
import { AppError, BadInputError, NotFoundError } from '../errors';
import type { IssueField, JiraPorts, ProjectRef } from '../jira';
import { quote } from '../domain/input';
import { searchCached, type CachedSearchPorts } from './issues-cached';
import type { ViewerCache } from './tree-cache';

/** What readiness reads from Jira. */
export type ReadinessPorts = Pick<JiraPorts, 'getProject' | 'projectVersions' | 'getVersion'> & CachedSearchPorts;

/** The fields readiness reads (no story points, estimates or dates it does not use: smaller pages). */
export const READINESS_FIELDS: readonly IssueField[] = [
  'summary',
  'statusName',
  'statusCategory',
  'issueType',
  'hierarchyLevel',
  'priority',
  'assigneeId',
  'assigneeName',
  'resolutionDate',
];

export interface VersionContext {
  project: ProjectRef;
  version: VersionInfo;
  /** Every version of the project, in Jira's order. */
  versions: VersionInfo[];
  followsNextUnreleased: boolean;
}

/** 404, or a 403 on one project/version: "not found for you". A 401 (bad sign-in) is not, and stays exit 1. */
function isNotFound(err: unknown): boolean {
  if (!(err instanceof AppError)) return false;
  if (err.code === 'NOT_FOUND') return true;
  return err.code === 'FORBIDDEN' && (err.details as { status?: number } | undefined)?.status === 403;
}

export function summarizeVersion(v: VersionInfo): VersionSummary {
  return { id: v.id, name: v.name, releaseDate: v.releaseDate, released: v.released, archived: v.archived };
}

/** The project as this user sees it, or a clear NOT_FOUND. */
export async function findProject(deps: { jira: Pick<JiraPorts, 'getProject'> }, req: { projectKey: string }): Promise<ProjectRef> {
  const { jira } = deps;
  const { projectKey } = req;
  const key = projectKey.trim();
  if (key.length > 255 || !PROJECT_KEY_OR_ID.test(key)) throw new BadInputError(`${quote(projectKey)} is not a Jira project key.`);
  try {
    return await jira.getProject(key);
  } catch (err) {
    if (isNotFound(err)) throw new NotFoundError(`Project ${key} was not found, or you do not have permission to see it.`);
    throw err;
  }
}

/**
 * The version a reference names, within the project: exact name first, else id (SPEC §3); or the
 * next unreleased one. Anything else is NOT_FOUND with a message saying why (unknown, another
 * project's version, no unreleased version).
 */
export async function findVersion(deps: { jira: Pick<JiraPorts, 'getProject' | 'projectVersions' | 'getVersion'> }, ref: VersionRef): Promise<VersionContext> {
  const { jira } = deps;
  const chosen = [ref.version, ref.versionId, ref.nextUnreleased ? true : undefined].filter((x) => x !== undefined && x !== '');
  if (chosen.length !== 1) throw new BadInputError('Name exactly one version: by name or id, or "the next unreleased version".');
  const project = await findProject(deps, { projectKey: ref.projectKey });
  const versions = await jira.projectVersions(project.key);
  const ctx = (version: VersionInfo, followsNextUnreleased = false): VersionContext => ({ project, version, versions, followsNextUnreleased });

  if (ref.nextUnreleased) {
    const next = nextUnreleasedVersion(versions);
    if (!next) throw new NotFoundError(`Project ${project.key} has no unreleased version (every version is released or archived).`);
    return ctx(next, true);
  }
  if (ref.version !== undefined) {
    const wanted = ref.version.trim();
    const byName = versions.find((v) => v.name === wanted) ?? versions.find((v) => v.name.trim() === wanted);
    if (byName) return ctx(byName);
    const byId = versions.find((v) => v.id === wanted);
    if (byId) return ctx(byId);
    await explainMissingId(jira, project.key, wanted, true);
  }
  const id = (ref.versionId ?? '').trim();
  const byId = versions.find((v) => v.id === id);
  if (byId) return ctx(byId);
  return explainMissingId(jira, project.key, id, false);
}

async function explainMissingId(jira: Pick<JiraPorts, 'getVersion'>, projectKey: string, wanted: string, nameOrId: boolean): Promise<never> {
  if (/^\d{1,18}$/.test(wanted)) {
    // Only on this failure path: is it another project's version?
    let other: VersionInfo | null = null;
    try {
      other = await jira.getVersion(wanted);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
    if (other) throw new NotFoundError(`Version ${other.name || wanted} (id ${wanted}) belongs to another project, not ${projectKey}.`);
    throw new NotFoundError(
      nameOrId
        ? `Project ${projectKey} has no version named or with id "${wanted}".`
        : `Version ${wanted} no longer exists in project ${projectKey} (it may have been deleted), or you cannot see it.`,
    );
  }
  throw new NotFoundError(`Project ${projectKey} has no version named ${quote(wanted)} (names must match exactly; an id works too).`);
}

/** SPEC §3: "all issues with `fixVersion` = the version, sub-tasks excluded". */
export function versionJql(versionId: string): string {
  if (!/^\d{1,18}$/.test(versionId)) throw new BadInputError(`${quote(versionId)} is not a version id.`);
  return `fixVersion = ${versionId} AND issuetype not in subTaskIssueTypes()`;
}

/** Parallel `key in (…)` page reads for a big version (Forge stops a resolver after 25 s). */
export const READINESS_CONCURRENCY = 6;

/**
 * The version's issues, each read once: one page first; when there are more, the version is split
 * into created ranges (approximate counts, 1 point each) read several at once, so a 5,000-issue
 * version takes ~12 round trips instead of 50 in a row (src/jira/partition.ts). With the viewer's
 * cache, a repeat read costs the changes since (src/services/issues-cached.ts).
 */
export async function versionIssues(
  deps: { jira: Pick<JiraPorts, 'searchIssues'> & Partial<CachedSearchPorts> },
  opts: { versionId: string; cache?: ViewerCache; fresh?: boolean; concurrency?: number; fields?: readonly IssueField[] },
): Promise<Issue[]> {
  const { jira } = deps;
  const { versionId } = opts;
  const fields = opts.fields ?? READINESS_FIELDS;
  const concurrency = opts.concurrency ?? READINESS_CONCURRENCY;
  const { countIssues, listAllKeys, issuesByKeys } = jira;
  if (opts.cache && countIssues && listAllKeys && issuesByKeys) {
    return (await searchCached({ searchIssues: jira.searchIssues, countIssues, listAllKeys, issuesByKeys }, versionJql(versionId), fields, concurrency, opts.cache, opts.fresh)).issues;
  }
  return (await jira.searchIssues(versionJql(versionId), { fields, concurrency })).issues;
}

export interface ReadinessInputs {
  asOf: IsoDate;
  blockerPriorities: readonly string[];
  requiredSignoffs: ReadonlyArray<SignoffCheck>;
  signoffs: ReadonlyArray<SignoffEntry>;
}

/** Everything in one go (the CLI's path): version, issues, report. */
export async function readinessReport(
  deps: { jira: ReadinessPorts },
  req: { ref: VersionRef; inputs: ReadinessInputs; cache?: ViewerCache; fresh?: boolean },
): Promise<{ context: VersionContext; issues: Issue[]; report: ReadinessReport }> {
  const { ref, inputs, ...caching } = req;
  const context = await findVersion(deps, ref);
  const issues = await versionIssues(deps, { versionId: context.version.id, ...caching });
  const report = computeReadiness({ ...inputs, version: context.version, issues });
  return { context, issues, report };
}

/** The SPEC §5 readiness JSON, names and order exact; plus `version.archived` (SPEC §3: the report says archived). */
export function toSpecJson(report: ReadinessReport): Record<string, unknown> {
  return {
    asOf: report.asOf,
    version: { id: report.version.id, name: report.version.name, releaseDate: report.version.releaseDate, released: report.version.released, archived: report.version.archived },
    issues: { total: report.issues.total, done: report.issues.done, inProgress: report.issues.inProgress, todo: report.issues.todo },
    percentDone: report.percentDone,
    blockers: report.blockers,
    openBugs: report.openBugs,
    unassigned: report.unassigned,
    daysToRelease: report.daysToRelease,
    throughputPerDay: report.throughputPerDay,
    daysNeeded: report.daysNeeded,
    signoffs: report.signoffs.map((s) => ({ label: s.label, signedBy: s.signed ? s.signedBy : null, signedAt: s.signed ? s.signedAt : null })),
    verdict: report.verdict,
    reasons: report.reasons,
  };
}

/** The gadget edit view's version list. */
export async function projectVersions(deps: { jira: Pick<JiraPorts, 'getProject' | 'projectVersions'> }, payload: VersionsPayload): Promise<ProjectVersions> {
  const project = await findProject(deps, { projectKey: payload.projectKey });
  const versions = await deps.jira.projectVersions(project.key);
  return {
    project: { key: project.key, name: project.name },
    versions: sortVersionsForPicker(versions).map(summarizeVersion),
    nextUnreleasedId: nextUnreleasedVersion(versions)?.id ?? null,
  };
}
