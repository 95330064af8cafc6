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
import type { JiraClient } from '../jira';
import { fetchDescendants, toIssue } from '../jira';
import { readDescendants } from './issue-tree';

/** Ancestors read at most: Jira's hierarchy is sub-task, work item, epic and a few levels above. */
export const MAX_PARENT_CHAIN = 5;

/** Jira as the viewing user, and the site's address for links. */
export interface IssueProgressDeps {
  jira: JiraClient;
  siteUrl: string;
}

export async function issueProgress(deps: IssueProgressDeps, args: { issueKey: string; weight: Weight; asOf: IsoDate }): Promise<IssueProgress> {
  const client = deps.jira;
  const issue = await client.getDomainIssue(args.issueKey);
  const descendants = issue.hierarchyLevel === 0 ? await readSubtasks(client, issue.key) : await readDescendants(client, [issue.key]);
  const progress = computeIssueProgress(issue, descendants, args.weight, args.asOf);
  const parentChain = progress.hasChildren ? [] : await parentChainOf(client, issue, args.weight, args.asOf);
  return { ...progress, parentChain, siteUrl: deps.siteUrl };
}

/**
 * A standard issue's direct sub-tasks (one batched `parent in (…)` search, the same one
 * `readDescendants` makes for it, keeping the sub-tasks). They change no number: a sub-task is
 * never a unit (SPEC §2), so the issue stays its own single unit.
 */
async function readSubtasks(client: JiraClient, issueKey: string): Promise<Issue[]> {
  const sp = await client.storyPointsField();
  const fields = await client.issueFields();
  const raw = await fetchDescendants(client, [issueKey], fields, { includeSubtasks: true, maxDepth: 1 });
  return raw.map((r) => toIssue(r, sp));
}

/**
 * The ancestors (one read per level up, nearest first; the chain is a few levels at most), then
 * everything beneath the topmost one, level by level with one batched search per level: every
 * lower ancestor's subtree is part of it, so no issue is read twice.
 */
async function parentChainOf(client: JiraClient, issue: Issue, weight: Weight, asOf: IsoDate): Promise<AncestorProgress[]> {
  const ancestors = await readAncestors(client, issue);
  if (ancestors.length === 0) return [];
  const top = ancestors[ancestors.length - 1]!;
  const beneathTop = await readDescendants(client, [top.key]);
  return computeParentChain(issue, ancestors, beneathTop, weight, asOf);
}

async function readAncestors(client: JiraClient, issue: Issue): Promise<Issue[]> {
  const out: Issue[] = [];
  const seen = new Set([issue.key.toUpperCase()]);
  let next = issue.parentKey;
  while (next !== null && out.length < MAX_PARENT_CHAIN && !seen.has(next.toUpperCase())) {
    let parent: Issue;
    try {
      parent = await client.getDomainIssue(next);
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
