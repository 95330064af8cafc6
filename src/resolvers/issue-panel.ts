/** Resolvers of the Jira issue panel. */
import { ISSUE_PANEL_KEYS } from '../contract';
import { issueProgress } from '../services/issue-progress';
import { jiraPorts } from '../jira';
import { viewerCache } from './context';
import { defineResolver, type ResolverHandler } from './define';
import type { AppDeps } from './deps';
import { asObject, ISSUE_KEY_OR_ID, optionalAsOf, optionalWeight, requiredString } from './validate';

export function issuePanelResolvers(deps: AppDeps): Record<string, ResolverHandler> {
  return {
    [ISSUE_PANEL_KEYS.issueProgress]: defineResolver(ISSUE_PANEL_KEYS.issueProgress, async ({ payload, context }) => {
      const p = asObject(payload);
      // The panel sends its context's issue; fall back to the context so a bare call still works.
      const issueKey =
        p.issueKey === undefined && context.extension?.issue?.key
          ? String(context.extension.issue.key)
          : requiredString(p, 'issueKey', { max: 64, pattern: ISSUE_KEY_OR_ID, hint: 'use an issue key such as PO-12' });
      return issueProgress(
        {
          jira: jiraPorts(deps.jiraFor(context)),
          siteUrl: deps.siteUrl(context),
          cache: viewerCache(deps.store, context),
        },
        { issueKey, weight: optionalWeight(p) ?? 'count', asOf: optionalAsOf(p) ?? deps.today() },
      );
    }),
  };
}
