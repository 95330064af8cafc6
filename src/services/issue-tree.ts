/**
 * Reads issues and everything beneath them as domain issues: the one place that turns the Jira
 * client's level-by-level walk into the domain's input (SPEC §1). Shared by the panel and reports.
 */
import type { Issue } from '../domain/types';
import { fetchDescendants, toIssue, type JiraClient } from '../jira';

export async function readDescendants(client: JiraClient, rootKeys: readonly string[]): Promise<Issue[]> {
  if (rootKeys.length === 0) return [];
  const sp = await client.storyPointsField();
  const fields = await client.issueFields();
  const raw = await fetchDescendants(client, rootKeys, fields);
  return raw.map((r) => toIssue(r, sp));
}
