/**
 * The panel's progress section: the roll-up of everything beneath the issue (or its own status),
 * the weighting switch, the 28-day forecast and how it is made, and the children or parent chain.
 */
import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import type { Forecast, IssueProgress } from '../../../../src/contract';
import type { Weight } from '../../../../src/domain/types';
import type { ApiError } from '../../../shared/api';
import { formatPercent, formatWork, plural } from '../../../shared/format';
import { scaledWork, unitOf } from '../../../shared/weighting';
import { NoWeight, WorkBar, WorkLegend } from '../../../shared/components/work-bar';
import { LoadingState } from '../../../shared/components/loading-state';
import { ErrorState } from '../../../shared/components/error-state';
import { StatusLozenge } from '../../../shared/components/status-lozenge';
import { ForecastLozenge } from '../../../shared/components/forecast-lozenge';
import { ForecastMethod } from '../../../shared/components/forecast-method';
import { SegmentedControl, type Segment } from '../../../shared/components/segmented-control';
import type { ProgressState } from '../use-progress';
import { Children, isSubtask, ParentChain } from './children';
import { small, subheading } from './styles';

const WEIGHTS: ReadonlyArray<Segment<Weight>> = [
  { value: 'count', label: 'Count', description: 'Every work item counts 1.' },
  { value: 'points', label: 'Story points', description: 'Work items weigh their story points; those without count as the average of the estimated ones.' },
  { value: 'time', label: 'Time', description: 'Work items weigh their original estimate; those without count as the average of the estimated ones.' },
];

/** The issue itself cannot be read by this viewer. */
export const isNoAccess = (error: ApiError | null): boolean => error !== null && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN');

export function ProgressSection({ issueKey, state, weight, onWeight }: { issueKey: string; state: ProgressState; weight: Weight; onWeight: (w: Weight) => void }) {
  const { data } = state;
  const noAccess = isNoAccess(state.error);
  const heading = !data ? `Progress of ${issueKey}` : data.hasChildren ? `Progress of everything under ${issueKey}` : `Status of ${issueKey}`;
  return (
    <div data-testid="progress-section" aria-busy={state.loading} style={{ display: 'grid', gap: token('space.200') }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: token('space.100'), flexWrap: 'wrap' }}>
        <h2 id="progress-heading" style={{ margin: 0, font: token('font.heading.small'), color: token('color.text') }}>
          {heading}
        </h2>
        {!noAccess && <SegmentedControl label="Weight by" segments={WEIGHTS} value={weight} onChange={onWeight} testId="weight" busy={state.loading} />}
      </div>
      {state.error && <ErrorState code={state.error.code} message={state.error.message} />}
      {!state.error && !data && <LoadingState label="Loading progress…" />}
      {!state.error && data && (
        <div style={{ display: 'grid', gap: token('space.250'), opacity: state.loading ? 0.6 : 1, transition: 'opacity 120ms' }}>
          <Rollup data={data} />
          {data.hasChildren && <ForecastSection forecast={data.forecast} issueKey={data.issue.key} />}
          {data.children.length > 0 && <Children data={data} />}
          {!data.hasChildren && <ParentChain data={data} />}
        </div>
      )}
    </div>
  );
}

function Rollup({ data }: { data: IssueProgress }) {
  const { issue } = data;
  const unit = unitOf(data.weight);
  const work = scaledWork(data.work, unit.scale);
  const shownUnit = data.weight === 'count' ? undefined : unit.word;
  const subtasks = data.children.filter(isSubtask).length;
  const weightless = work.total === 0;
  return (
    <section aria-labelledby="progress-heading" data-testid="rollup" data-weight={data.weight} style={{ display: 'grid', gap: token('space.100') }}>
      {weightless ? (
        // SPEC §2: 0.0 when the total is 0. Kept, but not as a headline beside an empty bar: say why.
        <span style={{ display: 'flex', alignItems: 'baseline', gap: token('space.100'), flexWrap: 'wrap' }}>
          <NoWeight unit={unit.word} />
          <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
            <span data-testid="percent-done">{formatPercent(data.percentDone)}</span> done: with nothing to weigh there is no share done to show.
            {data.weight !== 'count' && ' Weight by count to see how many work items are done.'}
          </span>
        </span>
      ) : (
        <>
          <span style={{ font: token('font.heading.medium'), color: token('color.text') }}>
            <span data-testid="percent-done">{formatPercent(data.percentDone)}</span>{' '}
            <span style={{ font: token('font.body'), color: token('color.text.subtle') }}>done</span>
          </span>
          <WorkBar work={work} unit={shownUnit} />
        </>
      )}
      {!weightless && <WorkLegend work={work} unit={shownUnit} />}
      <UnestimatedNote data={data} />
      {data.hasChildren ? (
        <p style={small}>
          Counts every work item beneath {issue.key}, all levels down (sub-tasks are part of their work item, not counted on their own). As of {data.asOf}.
        </p>
      ) : (
        <p data-testid="own-status" style={{ margin: 0, color: token('color.text.subtle') }}>
          {subtasks > 0
            ? `${issue.key} has ${plural(subtasks, 'sub-task')} (listed below) but no child work items. Sub-tasks are part of their work item, not counted as work of their own (SPEC §2), so ${issue.key} counts as a single work item: `
            : issue.hierarchyLevel < 0
              ? `${issue.key} is a sub-task: it is part of its parent’s work item. On its own it counts as a single work item: `
              : `${issue.key} has no child work items or sub-tasks, so it counts as a single work item: `}
          <StatusLozenge name={issue.statusName} category={issue.statusCategory} />.
        </p>
      )}
    </section>
  );
}


/** SPEC §2: the report counts `unestimated` units so nobody is misled. */
function UnestimatedNote({ data }: { data: { weight: Weight; unestimated: number; units: number; imputedWeight: number | null } }) {
  if (data.weight === 'count' || data.unestimated === 0) return null;
  const has = data.weight === 'points' ? 'has story points' : 'has an original estimate';
  const hasNo = data.weight === 'points' ? 'no story points' : 'no original estimate';
  const unit = unitOf(data.weight);
  const text =
    data.unestimated === data.units
      ? data.units === 1
        ? `This work item has ${hasNo}, so it counts 1 and the numbers are a plain count.`
        : `None of the ${plural(data.units, 'work item')} ${has}, so each counts 1 and the numbers are a plain count.`
      : `${formatWork(data.unestimated)} of ${plural(data.units, 'work item')} ${data.unestimated === 1 ? 'has' : 'have'} ${hasNo} and ${data.unestimated === 1 ? 'counts' : 'count'} as the average of the estimated ones (${formatWork((data.imputedWeight ?? 1) * unit.scale)} ${unit.word}).`;
  return (
    <p data-testid="unestimated-note" style={{ margin: 0, font: token('font.body.small'), color: token('color.text.warning') }}>
      {text}
    </p>
  );
}

/** One line saying what the forecast means, for the state it is in. */
function forecastSentence(f: Forecast, issueKey: string): string {
  const days = (n: number) => plural(Math.abs(n), 'day');
  const slip = f.daysNeeded !== null && f.daysToDue !== null ? f.daysNeeded - f.daysToDue : 0;
  switch (f.state) {
    case 'done':
      return `Everything beneath ${issueKey} is done.`;
    case 'onTrack':
      return `At the current pace the work finishes ${f.projectedFinish}, ${slip === 0 ? 'on' : `${days(slip)} before`} the due date ${f.dueDate}.`;
    case 'atRisk':
      return `At the current pace the work finishes ${f.projectedFinish}, ${days(slip)} after the due date ${f.dueDate}.`;
    case 'offTrack':
      return f.daysToDue !== null && f.daysToDue < 0
        ? `The due date ${f.dueDate} has passed with ${plural(f.remainingUnits, 'work item')} left.`
        : `At the current pace the work finishes ${f.projectedFinish}, ${days(slip)} after the due date ${f.dueDate}.`;
    case 'noThroughput':
      return `No work item was finished in the last ${f.windowDays} days, so there is no pace to project a finish date from.`;
    case 'noDueDate':
      return `At the current pace the work finishes ${f.projectedFinish}; ${issueKey} has no due date to compare with.`;
  }
}

function ForecastSection({ forecast: f, issueKey }: { forecast: Forecast; issueKey: string }) {
  const perWeek = f.throughputPerDay * 7;
  const dt: CSSProperties = { margin: 0, font: token('font.body.small'), color: token('color.text.subtle') };
  const dd: CSSProperties = { margin: 0, fontWeight: token('font.weight.semibold') };
  return (
    <section aria-labelledby="forecast-heading" data-testid="forecast-section" data-state={f.state} style={{ display: 'grid', gap: token('space.100') }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100') }}>
        <h3 id="forecast-heading" style={subheading}>
          Forecast
        </h3>
        <ForecastLozenge state={f.state} />
      </div>
      <p data-testid="forecast-sentence" style={{ margin: 0 }}>
        {forecastSentence(f, issueKey)}
      </p>
      <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(9rem, 1fr))', gap: token('space.100'), margin: 0, padding: 0 }}>
        <div>
          <dt style={dt}>Projected finish</dt>
          <dd style={dd} data-testid="projected-finish">
            {f.projectedFinish ?? (f.state === 'done' ? 'Done' : '—')}
          </dd>
        </div>
        <div>
          <dt style={dt}>Due date</dt>
          <dd style={dd} data-testid="forecast-due">
            {f.dueDate ?? 'None'}
          </dd>
        </div>
        <div>
          <dt style={dt}>Throughput</dt>
          <dd style={dd} data-testid="throughput" data-resolved={f.resolvedInWindow}>
            {plural(f.resolvedInWindow, 'work item')} in {f.windowDays} days
            <span style={{ display: 'block', font: token('font.body.small'), fontWeight: token('font.weight.regular'), color: token('color.text.subtle') }}>
              {formatWork(perWeek)} a week
            </span>
          </dd>
        </div>
        <div>
          <dt style={dt}>Left to do</dt>
          <dd style={dd} data-testid="remaining">
            {plural(f.remainingUnits, 'work item')}
          </dd>
        </div>
      </dl>
      <details data-testid="forecast-method" style={small}>
        <summary style={{ cursor: 'pointer', color: token('color.link') }}>
          How it’s computed: the pace of the last {f.windowDays} days (work items finished, whatever their estimate), applied to what is left.
        </summary>
        <div style={{ margin: `${token('space.050')} 0 0` }}>
          <ForecastMethod />
        </div>
      </details>
    </section>
  );
}

