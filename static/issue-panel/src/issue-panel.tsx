/**
 * The Jira issue panel: the progress of everything beneath the issue in view (SPEC §2 units by
 * count, all levels down), as a bar split done / in progress / to do with the numbers, and the
 * direct children with their own status and progress.
 */
import { useEffect, useState } from 'react';
import { view } from '../../shared/bridge';
import { token } from '@atlaskit/tokens';
import type { ChildProgress, IssueProgress } from '../../../src/contract';
import { ApiError, getIssueProgress, toApiError } from '../../shared/api';
import { formatPercent, plural } from '../../shared/format';
import { WorkBar, WorkLegend } from '../../shared/components/work-bar';
import { LoadingState } from '../../shared/components/loading-state';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorState } from '../../shared/components/error-state';
import { StatusLozenge } from '../../shared/components/status-lozenge';
import { IssueLink } from '../../shared/components/issue-link';

type State = { kind: 'loading' } | { kind: 'ready'; data: IssueProgress } | { kind: 'error'; error: ApiError };

interface IssuePanelContext {
  extension?: { issue?: { key?: string } };
}

async function load(): Promise<IssueProgress> {
  const context = (await view.getContext()) as IssuePanelContext;
  const issueKey = context.extension?.issue?.key;
  if (!issueKey) throw new ApiError('BAD_INPUT', 'This panel only works on a Jira issue, and no issue was given.');
  return getIssueProgress({ issueKey });
}

export function IssuePanel() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ kind: 'ready', data }),
      (err: unknown) => live && setState({ kind: 'error', error: toApiError(err) }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <main style={{ padding: token('space.050'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface') }}>
      {state.kind === 'loading' && <LoadingState label="Loading progress…" />}
      {state.kind === 'error' && <ErrorState code={state.error.code} message={state.error.message} />}
      {state.kind === 'ready' && <Progress data={state.data} />}
    </main>
  );
}

function Progress({ data }: { data: IssueProgress }) {
  const { issue, work } = data;
  const headingId = 'progress-heading';
  return (
    <div style={{ display: 'grid', gap: token('space.200') }}>
      <section aria-labelledby={headingId} data-testid="rollup" style={{ display: 'grid', gap: token('space.100') }}>
        <div style={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: token('space.100'), flexWrap: 'wrap' }}>
          <h2 id={headingId} style={{ margin: 0, font: token('font.heading.small'), color: token('color.text') }}>
            {data.hasChildren ? `Progress of everything under ${issue.key}` : `Status of ${issue.key}`}
          </h2>
          <span style={{ font: token('font.heading.medium'), color: token('color.text') }}>
            <span data-testid="percent-done">{formatPercent(data.percentDone)}</span>{' '}
            <span style={{ font: token('font.body'), color: token('color.text.subtle') }}>done</span>
          </span>
        </div>
        <WorkBar work={work} />
        <WorkLegend work={work} />
        {data.hasChildren ? (
          <p style={{ margin: 0, font: token('font.body.small'), color: token('color.text.subtlest') }}>
            Counts every work item beneath {issue.key}, all levels down (sub-tasks are part of their work item, not
            counted on their own). As of {data.asOf}.
          </p>
        ) : (
          <EmptyState title={`${issue.key} has no child work items, so the panel shows its own status`}>
            <p style={{ margin: 0 }}>
              {issue.key} counts as a single work item: <StatusLozenge name={issue.statusName} category={issue.statusCategory} />.
              {data.children.length > 0
                ? ` Its ${plural(data.children.length, 'sub-task')} are listed below for reference; sub-tasks are part of their work item and are not counted on their own.`
                : ` When work items are added beneath it, their progress appears here.`}
            </p>
          </EmptyState>
        )}
      </section>
      {data.children.length > 0 && <Children data={data} />}
    </div>
  );
}

function Children({ data }: { data: IssueProgress }) {
  const cell = { padding: `${token('space.075')} ${token('space.100')}`, borderBottom: `${token('border.width')} solid ${token('color.border')}`, textAlign: 'start' as const, verticalAlign: 'middle' as const };
  const head = { ...cell, font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') };
  return (
    <section aria-labelledby="children-heading">
      <h3 id="children-heading" style={{ margin: `0 0 ${token('space.050')}`, font: token('font.heading.xsmall'), color: token('color.text') }}>
        Direct children ({data.children.length})
      </h3>
      <table data-testid="children" style={{ width: '100%', borderCollapse: 'collapse', font: token('font.body') }}>
        <thead>
          <tr>
            <th scope="col" style={head}>Work item</th>
            <th scope="col" style={head}>Status</th>
            <th scope="col" style={{ ...head, width: '30%' }}>Progress</th>
          </tr>
        </thead>
        <tbody>
          {data.children.map((child) => (
            <ChildRow key={child.key} child={child} siteUrl={data.siteUrl} cell={cell} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ChildRow({ child, siteUrl, cell }: { child: ChildProgress; siteUrl: string; cell: React.CSSProperties }) {
  return (
    <tr data-testid="child" data-key={child.key}>
      <td style={cell}>
        <span style={{ display: 'flex', gap: token('space.100'), alignItems: 'baseline', minWidth: 0 }}>
          <IssueLink issueKey={child.key} siteUrl={siteUrl} />
          <span style={{ color: token('color.text'), overflow: 'hidden', textOverflow: 'ellipsis' }}>{child.summary}</span>
        </span>
      </td>
      <td style={{ ...cell, whiteSpace: 'nowrap' }}>
        <StatusLozenge name={child.statusName} category={child.statusCategory} />
      </td>
      <td style={cell}>
        <span style={{ display: 'flex', alignItems: 'center', gap: token('space.100') }}>
          <span style={{ flex: 1, minWidth: 48 }}>
            <WorkBar work={child.work} size="small" />
          </span>
          <span data-testid="child-percent" style={{ minWidth: '3.5em', textAlign: 'end', font: token('font.body.small'), color: token('color.text.subtle') }}>
            {formatPercent(child.percentDone)}
          </span>
        </span>
      </td>
    </tr>
  );
}
