/**
 * Compare two levels side by side, skill by skill: each skill added, removed, changed or the same
 * (the backend's `compareLevels`), with the behaviours that differ marked in place and a legend
 * (symbol and word, not colour alone).
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { compareLevels } from '../../shared/competency-api';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorWithRetry } from '../../shared/components/error-with-retry';
import { LoadingState } from '../../shared/components/loading-state';
import { findLevel, type Framework } from '../../shared/competency/model';
import type { Route } from './route';
import { Card, LevelSelect, StatusLegend, text, useAsync, Page } from '../../shared/competency/ui';
import { CompareTable, compareSummary } from '../../shared/competency/views';

export function ComparePage({ framework, from, to, go }: { framework: Framework; from?: string; to?: string; go: (r: Route) => void }) {
  const levels = framework.levels;
  const a = findLevel(framework, from)?.id ?? levels[0]?.id ?? '';
  const b = findLevel(framework, to)?.id ?? levels.find((l) => l.id !== a && l.rank > (findLevel(framework, a)?.rank ?? 0))?.id ?? levels[1]?.id ?? a;
  const [hideSame, setHideSame] = useState(false);
  const [state, reload] = useAsync(() => compareLevels({ from: a, to: b }), [a, b, framework]);

  return (
    <Page testId="compare" title="Compare two levels" sub="Skill by skill: what is new, what is dropped, what stays.">
      <Card label="Levels to compare">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200'), alignItems: 'end' }}>
          <LevelSelect id="compare-from" label="From level" fw={framework} value={a} onChange={(v) => go({ page: 'compare', from: v, to: b })} />
          <Button onClick={() => go({ page: 'compare', from: b, to: a })} testId="compare-swap">
            ⇄ Swap
          </Button>
          <LevelSelect id="compare-to" label="To level" fw={framework} value={b} onChange={(v) => go({ page: 'compare', from: a, to: v })} />
          <label style={{ display: 'inline-flex', gap: token('space.100'), alignItems: 'center', minHeight: 32 }} className="cf-no-print">
            <input type="checkbox" checked={hideSame} onChange={(e) => setHideSame(e.target.checked)} data-testid="hide-same" />
            Hide skills that stay the same
          </label>
        </div>
        <StatusLegend />
      </Card>

      {a === b ? (
        <EmptyState title="Choose two different levels">Pick another level in “From” or “To” to see what changes.</EmptyState>
      ) : state.kind === 'loading' ? (
        <LoadingState label={`Comparing ${a} with ${b}…`} />
      ) : state.kind === 'error' ? (
        <div style={{ display: 'grid', gap: token('space.100') }}>
          <ErrorWithRetry error={state.error} onRetry={reload} />
        </div>
      ) : (
        <>
          <Summary counts={compareSummary(state.data)} from={a} to={b} />
          <CompareTable framework={framework} comparison={state.data} hideSame={hideSame} />
          {hideSame && compareSummary(state.data).same > 0 && (
            <p style={{ margin: 0, ...text.subtlest }}>{compareSummary(state.data).same} unchanged skills hidden.</p>
          )}
        </>
      )}
    </Page>
  );
}

function Summary({ counts, from, to }: { counts: ReturnType<typeof compareSummary>; from: string; to: string }) {
  const parts = [
    counts.changed && `${counts.changed} changed`,
    counts.added && `${counts.added} new at ${to}`,
    counts.removed && `${counts.removed} only at ${from}`,
    counts.same && `${counts.same} the same`,
  ].filter(Boolean);
  return (
    <p data-testid="compare-summary" role="status" style={{ margin: 0, color: token('color.text.subtle') }}>
      From {from} to {to}: {parts.length ? parts.join(', ') : 'no skills'}.
    </p>
  );
}
