/**
 * The issue panel's release section: for each fix version of the issue, its verdict, % done and
 * top reason (the same report the gadget shows, sign-offs included), with a link to the version.
 */
import type { IssueRelease, IssueReleases, IssueReleasesPayload } from '../contract';
import { projectKeyOf, type JiraPorts } from '../jira';
import { readinessView, type ReadinessDeps } from './readiness-view';

export async function issueReleases(deps: ReadinessDeps & { jira: Pick<JiraPorts, 'getIssue'> }, payload: IssueReleasesPayload): Promise<IssueReleases> {
  const { issueKey, asOf } = payload;
  const issue = await deps.jira.getIssue(issueKey, ['fixVersionIds']);
  const projectKey = projectKeyOf(issue.key);
  const releases: IssueRelease[] = [];
  // One after another: each is a few requests, and an issue rarely has more than one or two.
  for (const versionId of issue.fixVersionIds) {
    const view = await readinessView(deps, { projectKey, versionId, ...(asOf ? { asOf } : {}) });
    releases.push({
      version: view.version,
      projectKey: view.project.key,
      verdict: view.verdict,
      percentDone: view.percentDone,
      topReason: view.reasons[0] ?? null,
      url: `${deps.siteUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(view.project.key)}/versions/${encodeURIComponent(view.version.id)}/tab/release-report-all-issues`,
    });
  }
  return { issueKey: issue.key, asOf: asOf ?? deps.today, releases };
}
