/** The direct children of the issue with their own progress, or, with nothing beneath it, its parent chain. */
import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import type { AncestorProgress, ChildProgress, IssueProgress } from '../../../../src/contract';
import { formatWork, plural } from '../../../shared/format';
import { scaledWork, unitOf } from '../../../shared/weighting';
import { ProgressCell } from '../../../shared/components/progress-cell';
import { StatusLozenge } from '../../../shared/components/status-lozenge';
import { IssueLink } from '../../../shared/components/issue-link';
import { EmptyState } from '../../../shared/components/empty-state';
import { ForecastLozenge } from '../../../shared/components/forecast-lozenge';
import { small, subheading } from './styles';

/** A child that is a sub-task: listed, never counted (SPEC §2). */
export const isSubtask = (c: { hierarchyLevel: number }) => c.hierarchyLevel < 0;

const cellStyle: CSSProperties = { padding: `${token('space.075')} ${token('space.100')}`, borderBottom: `${token('border.width')} solid ${token('color.border')}`, textAlign: 'start', verticalAlign: 'middle' };

export function Children({ data }: { data: IssueProgress }) {
  const head = { ...cellStyle, font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') };
  return (
    <section aria-labelledby="children-heading">
      <h3 id="children-heading" style={{ ...subheading, marginBottom: token('space.050') }}>
        {data.hasChildren ? 'Direct children' : 'Sub-tasks'} ({data.children.length})
      </h3>
      {!data.hasChildren && (
        <p style={{ ...small, marginBottom: token('space.050') }}>Listed for reference: sub-tasks are part of {data.issue.key} and are not counted as work of their own (SPEC §2).</p>
      )}
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
            <ChildRow key={child.key} child={child} data={data} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ChildRow({ child, data }: { child: ChildProgress; data: IssueProgress }) {
  const unit = unitOf(data.weight);
  const work = scaledWork(child.work, unit.scale);
  const unitShown = data.weight === 'count' ? undefined : unit.word;
  return (
    <tr data-testid="child" data-key={child.key} data-subtask={isSubtask(child) || undefined}>
      <td style={cellStyle}>
        <span style={{ display: 'flex', gap: token('space.100'), alignItems: 'baseline', minWidth: 0 }}>
          <IssueLink issueKey={child.key} siteUrl={data.siteUrl} />
          <span style={{ color: token('color.text'), overflow: 'hidden', textOverflow: 'ellipsis' }}>{child.summary}</span>
        </span>
      </td>
      <td style={{ ...cellStyle, whiteSpace: 'nowrap' }}>
        <StatusLozenge name={child.statusName} category={child.statusCategory} />
      </td>
      <td style={cellStyle}>
        {isSubtask(child) ? (
          <span data-testid="child-not-counted" style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
            sub-task — not counted as work (SPEC §2)
          </span>
        ) : (
          <ProgressCell work={work} percentDone={child.percentDone} unit={unitShown} testId="child-percent" />
        )}
      </td>
    </tr>
  );
}

/** An issue with no work beneath it: the progress of what it belongs to, nearest first. */
export function ParentChain({ data }: { data: IssueProgress }) {
  const { issue } = data;
  if (data.parentChain.length === 0) {
    return (
      <EmptyState title={`${issue.key} has no parent to show progress for`}>
        <p style={{ margin: 0 }}>
          It is not under an epic or another parent you can see. When it is, or when work items are added beneath it, their progress appears here.
        </p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="chain-heading" data-testid="parent-chain" style={{ display: 'grid', gap: token('space.100') }}>
      <div>
        <h3 id="chain-heading" style={subheading}>
          Part of
        </h3>
        <p style={small}>Progress of each parent of {issue.key}, as its own panel shows it. As of {data.asOf}.</p>
      </div>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
        {data.parentChain.map((a) => (
          <AncestorRow key={a.key} ancestor={a} data={data} />
        ))}
      </ol>
    </section>
  );
}

function AncestorRow({ ancestor: a, data }: { ancestor: AncestorProgress; data: IssueProgress }) {
  const unit = unitOf(data.weight);
  const work = scaledWork(a.work, unit.scale);
  const what = data.weight === 'count' ? plural(a.units, 'work item') : `${formatWork(work.total)} ${unit.word} (${plural(a.units, 'work item')})`;
  return (
    <li
      data-testid="ancestor"
      data-key={a.key}
      style={{ display: 'grid', gap: token('space.075'), padding: token('space.100'), border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('radius.medium') }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', gap: token('space.100'), flexWrap: 'wrap' }}>
        <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>{a.issueType}</span>
        <IssueLink issueKey={a.key} siteUrl={data.siteUrl} />
        <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{a.summary}</span>
        <StatusLozenge name={a.statusName} category={a.statusCategory} />
      </div>
      <ProgressCell work={work} percentDone={a.percentDone} unit={data.weight === 'count' ? undefined : unit.word} testId="ancestor-percent" strong />
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap', font: token('font.body.small'), color: token('color.text.subtle') }}>
        <span data-testid="ancestor-work">
          {formatWork(work.done)} done, {formatWork(work.inProgress)} in progress of {what}
        </span>
        <span aria-hidden="true">·</span>
        <span>Forecast</span>
        <ForecastLozenge state={a.forecast.state} />
        {a.forecast.projectedFinish && <span>projected finish {a.forecast.projectedFinish}</span>}
        {a.dueDate && <span>due {a.dueDate}</span>}
      </div>
      {!a.includesIssue && <p style={small}>{data.issue.key} is not counted in these numbers: only work items (and what is beneath them) are.</p>}
    </li>
  );
}


