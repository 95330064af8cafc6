/**
 * "Progress of everything beneath this issue" for the Jira issue panel: read the issue and its
 * descendants as the viewer, then let the domain roll them up (SPEC §2 units, all levels down).
 * An issue with no work beneath it also gets its parent chain (epic, initiative …), each ancestor
 * rolled up as its own panel would show it.
 *
 * A standard issue (level 0) has only sub-tasks beneath it. They are never units (SPEC §2), but the
 * panel lists them as its children, marked as not counted: the one `parent in (…)` search that reads
 * the issue's children keeps them (includeSubtasks) instead of dropping them. No extra request.
 *
 * The tree beneath an issue above level 0 is read as the one-item roadmap `key in ("KEY")` through
 * the viewer's cache (roadmap-cached.ts): the panel opens on every view of an epic, and a repeat
 * view then costs the changes since, not the whole tree. Without a cache it is read afresh.
 */
import type { IssueProgress } from '../contract';
import { computeIssueProgress, computeParentChain, type AncestorProgress } from '../domain/progress';
import type { Issue, IsoDate, Weight } from '../domain/types';
import { ForbiddenError, NotFoundError } from '../errors';
import { ALL_ISSUE_FIELDS, type JiraPorts } from '../jira';
import { readRoadmapCached, type CachedRoadmapPorts } from './roadmap-cached';
import type { ViewerCache } from './tree-cache';

/** What the panel reads from Jira. */
export type IssueProgressPorts = Pick<JiraPorts, 'getIssue' | 'readTree'> & CachedRoadmapPorts;

/** Ancestors read at most: Jira's hierarchy is sub-task, work item, epic and a few levels above. */
export const MAX_PARENT_CHAIN = 5;

/** Jira as the viewing user, and the site's address for links. */
export interface IssueProgressDeps {
  jira: IssueProgressPorts;
  siteUrl: string;
  /** The viewer's read cache (never shared with another viewer); none: every view reads afresh. */
  cache?: ViewerCache;
}

export async function issueProgress(deps: IssueProgressDeps, args: { issueKey: string; weight: Weight; asOf: IsoDate }): Promise<IssueProgress> {
  const { jira } = deps;
  const issue = await jira.getIssue(args.issueKey, ALL_ISSUE_FIELDS);
  const descendants = issue.hierarchyLevel === 0 ? await readSubtasks(jira, issue.key) : await readDescendants(deps, issue.key, args.weight);
  const progress = computeIssueProgress(issue, descendants, args.weight, args.asOf);
  const parentChain = progress.hasChildren ? [] : await parentChainOf(deps, issue, args.weight, args.asOf);
  return { ...progress, parentChain, siteUrl: deps.siteUrl };
}

/** Everything beneath the issue, level by level (sub-tasks left out: never units), with the due dates the child rows show. */
async function readDescendants(deps: IssueProgressDeps, issueKey: string, weight: Weight): Promise<Issue[]> {
  const read = await readRoadmapCached(deps.jira, { jql: `key in ("${issueKey}")`, weight, descendantFields: ['dueDate'] }, deps.cache);
  return read.descendants;
}

/**
 * A standard issue's direct sub-tasks (one batched `parent in (…)` search, the same one
 * `readDescendants` makes for it, keeping the sub-tasks). They change no number: a sub-task is
 * never a unit (SPEC §2), so the issue stays its own single unit.
 */
async function readSubtasks(jira: IssueProgressPorts, issueKey: string): Promise<Issue[]> {
  return (await jira.readTree([issueKey], { fields: ALL_ISSUE_FIELDS, includeSubtasks: true, maxDepth: 1 })).issues;
}

/**
 * The ancestors (one read per level up, nearest first; the chain is a few levels at most), then
 * everything beneath the topmost one, level by level with one batched search per level: every
 * lower ancestor's subtree is part of it, so no issue is read twice.
 */
async function parentChainOf(deps: IssueProgressDeps, issue: Issue, weight: Weight, asOf: IsoDate): Promise<AncestorProgress[]> {
  const ancestors = await readAncestors(deps.jira, issue);
  if (ancestors.length === 0) return [];
  const top = ancestors[ancestors.length - 1]!;
  const beneathTop = await readDescendants(deps, top.key, weight);
  return computeParentChain(issue, ancestors, beneathTop, weight, asOf);
}

async function readAncestors(jira: IssueProgressPorts, issue: Issue): Promise<Issue[]> {
  const out: Issue[] = [];
  const seen = new Set([issue.key.toUpperCase()]);
  let next = issue.parentKey;
  while (next !== null && out.length < MAX_PARENT_CHAIN && !seen.has(next.toUpperCase())) {
    let parent: Issue;
    try {
      parent = await jira.getIssue(next, ALL_ISSUE_FIELDS);
    } catch (err) {
      // A parent the viewer cannot see (another project) ends the chain: show what they may see.
      if (err instanceof NotFoundError || err instanceof ForbiddenError) break;
      throw err;
    }
    seen.add(parent.key.toUpperCase());
    out.push(parent);
    next = parent.parentKey;
  }
  return out;
}
