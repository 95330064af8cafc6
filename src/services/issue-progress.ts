/**
 * "Progress of everything beneath this issue" for the Jira issue panel: read the issue and its
 * descendants as the viewer, then let the domain roll them up (SPEC §2 units, all levels down).
 * An issue with no work beneath it also gets its parent chain (epic, initiative …), each ancestor
 * rolled up as its own panel would show it.
 *
 * A standard issue (level 0) has only sub-tasks beneath it. They are never units (SPEC §2), but the
 * panel lists them as its children, marked as not counted: the one `parent in (…)` search that reads
 * the issue's children keeps them (includeSubtasks) instead of dropping them. No extra request.
 */
import type { IssueProgress } from '../contract';
import { computeIssueProgress, computeParentChain, type AncestorProgress } from '../domain/progress';
import type { Issue, IsoDate, Weight } from '../domain/types';
import { ForbiddenError, NotFoundError } from '../errors';
import { ALL_ISSUE_FIELDS, type JiraPorts } from '../jira';

/** What the panel reads from Jira. */
export type IssueProgressPorts = Pick<JiraPorts, 'getIssue' | 'readTree'>;

/** Ancestors read at most: Jira's hierarchy is sub-task, work item, epic and a few levels above. */
export const MAX_PARENT_CHAIN = 5;

/** Jira as the viewing user, and the site's address for links. */
export interface IssueProgressDeps {
  jira: IssueProgressPorts;
  siteUrl: string;
}

export async function issueProgress(deps: IssueProgressDeps, args: { issueKey: string; weight: Weight; asOf: IsoDate }): Promise<IssueProgress> {
  const { jira } = deps;
  const issue = await jira.getIssue(args.issueKey, ALL_ISSUE_FIELDS);
  const descendants = issue.hierarchyLevel === 0 ? await readSubtasks(jira, issue.key) : await readDescendants(jira, issue.key);
  const progress = computeIssueProgress(issue, descendants, args.weight, args.asOf);
  const parentChain = progress.hasChildren ? [] : await parentChainOf(jira, issue, args.weight, args.asOf);
  return { ...progress, parentChain, siteUrl: deps.siteUrl };
}

/** Everything beneath the issue, level by level (sub-tasks left out: never units). */
async function readDescendants(jira: IssueProgressPorts, issueKey: string): Promise<Issue[]> {
  return (await jira.readTree([issueKey], { fields: ALL_ISSUE_FIELDS })).issues;
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
async function parentChainOf(jira: IssueProgressPorts, issue: Issue, weight: Weight, asOf: IsoDate): Promise<AncestorProgress[]> {
  const ancestors = await readAncestors(jira, issue);
  if (ancestors.length === 0) return [];
  const top = ancestors[ancestors.length - 1]!;
  const beneathTop = await readDescendants(jira, top.key);
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
