/**
 * "Progress of everything beneath this issue" for the Jira issue panel: read the issue and its
 * descendants as the viewer, then let the domain roll them up (SPEC §2 units, all levels down).
 */
import type { IssueProgress } from '../contract';
import { computeIssueProgress } from '../domain/progress';
import type { IsoDate, Weight } from '../domain/types';
import type { JiraClient } from '../jira';
import { readDescendants } from './issue-tree';

export async function issueProgress(
  client: JiraClient,
  args: { issueKey: string; weight: Weight; asOf: IsoDate; siteUrl: string },
): Promise<IssueProgress> {
  const issue = await client.getDomainIssue(args.issueKey);
  const descendants = await readDescendants(client, [issue.key]);
  return { ...computeIssueProgress(issue, descendants, args.weight, args.asOf), siteUrl: args.siteUrl };
}
