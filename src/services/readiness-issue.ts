/**
 * The issue panel's release section: for each fix version of the issue, its verdict, % done and
 * top reason (the same report the gadget shows, sign-offs included), with a link to the version.
 */
import type { IssueRelease, IssueReleases } from '../contract';
import type { IsoDate } from '../domain/types';
import { projectKeyOf, type JiraPorts } from '../jira';
import type { ReadinessApp } from './readiness-signoffs';

export async function issueReleases(
  jira: Pick<JiraPorts, 'getIssue'>,
  app: ReadinessApp,
  issueKey: string,
  today: IsoDate,
  siteUrl: string,
  asOf?: IsoDate,
): Promise<IssueReleases> {
  const issue = await jira.getIssue(issueKey, ['fixVersionIds']);
  const projectKey = projectKeyOf(issue.key);
  const releases: IssueRelease[] = [];
  // One after another: each is a few requests, and an issue rarely has more than one or two.
  for (const versionId of issue.fixVersionIds) {
    const view = await app.view({ projectKey, versionId, ...(asOf ? { asOf } : {}) });
    releases.push({
      version: view.version,
      projectKey: view.project.key,
      verdict: view.verdict,
      percentDone: view.percentDone,
      topReason: view.reasons[0] ?? null,
      url: `${siteUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(view.project.key)}/versions/${encodeURIComponent(view.version.id)}/tab/release-report-all-issues`,
    });
  }
  return { issueKey: issue.key, asOf: asOf ?? today, releases };
}
