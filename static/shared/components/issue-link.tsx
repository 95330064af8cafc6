import type { ReactNode } from 'react';
import { router } from '../bridge';
import { token } from '@atlaskit/tokens';

/**
 * A link to a Jira issue. Custom UI iframes are sandboxed without `allow-popups`, so a plain
 * `target="_blank"` link is dead: the click goes through `router.open`, and the host opens it.
 */
export function IssueLink({ issueKey, siteUrl, children }: { issueKey: string; siteUrl: string; children?: ReactNode }) {
  const href = `${siteUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(issueKey)}`;
  return (
    <a
      href={href}
      data-testid="issue-link"
      onClick={(e) => {
        e.preventDefault();
        void router.open(href).catch(() => undefined);
      }}
      style={{ color: token('color.link'), fontWeight: token('font.weight.medium'), whiteSpace: 'nowrap' }}
    >
      {children ?? issueKey}
    </a>
  );
}
