/** SPEC §2 "not done on time": items not done whose due date is before the as-of date, oldest first. */
import { token } from '@atlaskit/tokens';
import type { RoadmapView } from '../../../../src/contract';
import { formatPercent } from '../../../shared/format';
import { StatusLozenge } from '../../../shared/components/status-lozenge';
import { IssueLink } from '../../../shared/components/issue-link';
import { muted } from './styles';

export function NotDone({ data }: { data: RoadmapView }) {
  const items = new Map(data.report.items.map((i) => [i.key, i]));
  const list = data.report.notDoneOnTime.map((k) => items.get(k)!).filter(Boolean);
  return (
    <section aria-labelledby="notdone-heading" data-testid="not-done" style={{ display: 'grid', gap: token('space.100') }}>
      <h3 id="notdone-heading" style={{ margin: 0, font: token('font.heading.small') }}>
        Not done on time ({list.length})
      </h3>
      {list.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>Every item whose due date has passed is done.</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: token('space.250'), display: 'grid', gap: token('space.050') }}>
          {list.map((i) => (
            <li key={i.key} data-testid="not-done-item" data-key={i.key}>
              <IssueLink issueKey={i.key} siteUrl={data.siteUrl} /> {i.summary} <StatusLozenge name={i.statusName} category={i.statusCategory} /> — due{' '}
              {i.dueDate} · {formatPercent(i.percentDone)} done
            </li>
          ))}
        </ul>
      )}
      <p style={muted}>Items that are not done and whose due date is before {data.report.asOf}, oldest due date first.</p>
    </section>
  );
}

