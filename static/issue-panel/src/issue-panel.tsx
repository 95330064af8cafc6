/**
 * The Jira issue panel: a thin shell. Hooks own the fetching (`use-issue-key`, `use-progress`,
 * `useLoad` for releases and history); `sections/` draw the progress of everything beneath the
 * issue (SPEC §2) with its forecast, children or parent chain, its slip since the baseline and
 * the odds for the work beneath it (SPEC §7), and the readiness of its fix versions (SPEC §3).
 * Each section loads, fails and is empty on its own.
 */
import { useState, type CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import type { Weight } from '../../../src/domain/types';
import { getIssueReleases } from '../../shared/readiness-api';
import { getIssueHistory } from '../../shared/history-api';
import { useLoad } from '../../shared/use-load';
import { LoadingState } from '../../shared/components/loading-state';
import { ErrorState } from '../../shared/components/error-state';
import { HistorySection } from './sections/history';
import { isNoAccess, ProgressSection } from './sections/progress';
import { ReleaseSection } from './sections/releases';
import { useIssueKey } from './use-issue-key';
import { useProgress } from './use-progress';

export function IssuePanel() {
  const issueKey = useIssueKey();
  const [weight, setWeight] = useState<Weight>('count');
  const key = issueKey.kind === 'ready' ? issueKey.data : null;
  const progress = useProgress(key, weight);
  const releases = useLoad(`releases/${key ?? ''}`, key ? () => getIssueReleases({ issueKey: key }) : null);
  const history = useLoad(`history/${key ?? ''}`, key ? () => getIssueHistory({ issueKey: key }) : null);

  const main: CSSProperties = { display: 'grid', gap: token('space.250'), padding: token('space.050'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface') };
  if (issueKey.kind !== 'ready') {
    return (
      <main style={main}>
        {issueKey.kind === 'error' ? <ErrorState code={issueKey.error.code} message={issueKey.error.message} /> : <LoadingState label="Loading progress…" />}
      </main>
    );
  }
  // When the issue itself cannot be read, every section would say so: say it once.
  const noAccess = isNoAccess(progress.error);
  return (
    <main style={main}>
      <ProgressSection issueKey={issueKey.data} state={progress} weight={weight} onWeight={setWeight} />
      {!noAccess && <HistorySection issueKey={issueKey.data} state={history} />}
      {!noAccess && <ReleaseSection issueKey={issueKey.data} state={releases} />}
    </main>
  );
}
