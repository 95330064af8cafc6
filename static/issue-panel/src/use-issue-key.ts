/** The issue in view, from the panel's Forge context. */
import { useEffect, useState } from 'react';
import { view } from '../../shared/bridge';
import { ApiError, toApiError } from '../../shared/api';
import type { Load } from '../../shared/use-load';

interface IssuePanelContext {
  extension?: { issue?: { key?: string } };
}

export function useIssueKey(): Load<string> {
  const [issueKey, setIssueKey] = useState<Load<string>>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    view.getContext().then(
      (ctx) => {
        const key = (ctx as IssuePanelContext).extension?.issue?.key;
        if (!live) return;
        if (key) setIssueKey({ kind: 'ready', data: key });
        else setIssueKey({ kind: 'error', error: new ApiError('BAD_INPUT', 'This panel only works on a Jira issue, and no issue was given.') });
      },
      (err: unknown) => live && setIssueKey({ kind: 'error', error: toApiError(err) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return issueKey;
}
