/**
 * The Jira issue panel: the progress of everything beneath the issue in view (SPEC §2 units, all
 * levels down) weighted by count, story points or time, as a bar split done / in progress / to do
 * with the numbers; the 28-day forecast and how it is made; the direct children with their own
 * progress — or, for an issue with no work beneath it, the progress of its parent chain (epic,
 * initiative …); and the readiness of each of its fix versions (SPEC §3). Each section loads, fails
 * and is empty on its own.
 */
import { useEffect, useState, type CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import { router, view } from '../../shared/bridge';
import type { AncestorProgress, ChildProgress, Forecast, IssueProgress, IssueRelease, IssueReleases } from '../../../src/contract';
import type { Weight } from '../../../src/domain/types';
import { ApiError, getIssueProgress, toApiError } from '../../shared/api';
import { getIssueReleases } from '../../shared/readiness-api';
import { formatPercent, formatWork, plural } from '../../shared/format';
import { scaledWork, unitOf } from '../../shared/weighting';
import { NoWeight, WorkBar, WorkLegend } from '../../shared/components/work-bar';
import { LoadingState } from '../../shared/components/loading-state';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorState } from '../../shared/components/error-state';
import { StatusLozenge } from '../../shared/components/status-lozenge';
import { IssueLink } from '../../shared/components/issue-link';
import { ForecastLozenge } from '../../shared/components/forecast-lozenge';
import { ForecastMethod } from '../../shared/components/forecast-method';
import { VerdictLozenge } from '../../shared/components/verdict-lozenge';
import { SegmentedControl, type Segment } from '../../shared/components/segmented-control';

type Load<T> = { kind: 'loading' } | { kind: 'ready'; data: T } | { kind: 'error'; error: ApiError };
/** The progress section keeps its last numbers on screen (marked busy) while another weighting loads. */
type ProgressState = { data: IssueProgress | null; error: ApiError | null; loading: boolean };

interface IssuePanelContext {
  extension?: { issue?: { key?: string } };
}

const WEIGHTS: ReadonlyArray<Segment<Weight>> = [
  { value: 'count', label: 'Count', description: 'Every work item counts 1.' },
  { value: 'points', label: 'Story points', description: 'Work items weigh their story points; those without count as the average of the estimated ones.' },
  { value: 'time', label: 'Time', description: 'Work items weigh their original estimate; those without count as the average of the estimated ones.' },
];

const small: CSSProperties = { margin: 0, font: token('font.body.small'), color: token('color.text.subtlest') };
const subheading: CSSProperties = { margin: 0, font: token('font.heading.xsmall'), color: token('color.text') };

export function IssuePanel() {
  const [issueKey, setIssueKey] = useState<Load<string>>({ kind: 'loading' });
  const [weight, setWeight] = useState<Weight>('count');
  const [progress, setProgress] = useState<ProgressState>({ data: null, error: null, loading: true });
  const [releases, setReleases] = useState<Load<IssueReleases>>({ kind: 'loading' });

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

  const key = issueKey.kind === 'ready' ? issueKey.data : null;

  useEffect(() => {
    if (!key) return;
    let live = true;
    setProgress((p) => ({ ...p, loading: true }));
    getIssueProgress({ issueKey: key, weight }).then(
      (data) => live && setProgress({ data, error: null, loading: false }),
      (err: unknown) => live && setProgress({ data: null, error: toApiError(err), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, weight]);

  useEffect(() => {
    if (!key) return;
    let live = true;
    getIssueReleases({ issueKey: key }).then(
      (data) => live && setReleases({ kind: 'ready', data }),
      (err: unknown) => live && setReleases({ kind: 'error', error: toApiError(err) }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  const main: CSSProperties = { display: 'grid', gap: token('space.250'), padding: token('space.050'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface') };
  if (issueKey.kind !== 'ready') {
    return (
      <main style={main}>
        {issueKey.kind === 'loading' ? <LoadingState label="Loading progress…" /> : <ErrorState code={issueKey.error.code} message={issueKey.error.message} reason={issueKey.error.reason} />}
      </main>
    );
  }
  // When the issue itself cannot be read, every section would say so: say it once.
  const noAccess = isNoAccess(progress.error);
  return (
    <main style={main}>
      <ProgressSection issueKey={issueKey.data} state={progress} weight={weight} onWeight={setWeight} />
      {!noAccess && <ReleaseSection issueKey={issueKey.data} state={releases} />}
    </main>
  );
}

/** The issue itself cannot be read by this viewer. */
const isNoAccess = (error: ApiError | null): boolean => error !== null && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN');

// ---------------------------------------------------------------------------------------------
// Progress: roll-up, forecast, children or parent chain

function ProgressSection({ issueKey, state, weight, onWeight }: { issueKey: string; state: ProgressState; weight: Weight; onWeight: (w: Weight) => void }) {
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
      {state.error && <ErrorState code={state.error.code} message={state.error.message} reason={state.error.reason} />}
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

/** A child that is a sub-task: listed, never counted (SPEC §2). */
const isSubtask = (c: { hierarchyLevel: number }) => c.hierarchyLevel < 0;

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

const cellStyle: CSSProperties = { padding: `${token('space.075')} ${token('space.100')}`, borderBottom: `${token('border.width')} solid ${token('color.border')}`, textAlign: 'start', verticalAlign: 'middle' };

function Children({ data }: { data: IssueProgress }) {
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
          <RowProgress work={work} percentDone={child.percentDone} unit={unitShown} testId="child-percent" />
        )}
      </td>
    </tr>
  );
}

/**
 * A row's bar and share done: "0% done · in progress" under a striped bar, so a row whose work is
 * all in progress does not read as complete (or as idle); a row that weighs nothing says so.
 */
function RowProgress({ work, percentDone, unit, testId, strong = false }: { work: IssueProgress['work']; percentDone: number; unit?: string; testId: string; strong?: boolean }) {
  const text: CSSProperties = { font: token('font.body.small'), color: token('color.text.subtle') };
  if (work.total === 0) {
    return (
      <span style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap' }}>
        <NoWeight unit={unit ?? 'work items'} size="small" />
        <span data-testid={testId} style={{ ...text, color: token('color.text.subtlest') }}>
          {formatPercent(percentDone)} done
        </span>
      </span>
    );
  }
  return (
    <span style={{ display: 'grid', gap: token('space.050') }}>
      <WorkBar work={work} size="small" unit={unit} />
      <span style={text}>
        <span data-testid={testId} style={strong ? { color: token('color.text'), fontWeight: token('font.weight.semibold') } : undefined}>
          {formatPercent(percentDone)} done
        </span>
        {work.inProgress > 0 && <span data-testid="in-progress-note"> · in progress</span>}
      </span>
    </span>
  );
}

/** An issue with no work beneath it: the progress of what it belongs to, nearest first. */
function ParentChain({ data }: { data: IssueProgress }) {
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
      <RowProgress work={work} percentDone={a.percentDone} unit={data.weight === 'count' ? undefined : unit.word} testId="ancestor-percent" strong />
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

// ---------------------------------------------------------------------------------------------
// Releases: readiness of each fix version

function ReleaseSection({ issueKey, state }: { issueKey: string; state: Load<IssueReleases> }) {
  return (
    <section aria-labelledby="releases-heading" data-testid="releases" style={{ display: 'grid', gap: token('space.100') }}>
      <h3 id="releases-heading" style={subheading}>
        Releases
      </h3>
      {state.kind === 'loading' && <LoadingState label="Loading release readiness…" />}
      {state.kind === 'error' && <ErrorState code={state.error.code} message={state.error.message} reason={state.error.reason} />}
      {state.kind === 'ready' && state.data.releases.length === 0 && (
        <EmptyState title={`${issueKey} is not in a release`}>
          <p style={{ margin: 0 }}>Give it a fix version and that release’s readiness shows here.</p>
        </EmptyState>
      )}
      {state.kind === 'ready' && state.data.releases.length > 0 && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
          {state.data.releases.map((r) => (
            <ReleaseRow key={r.version.id} release={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReleaseRow({ release: r }: { release: IssueRelease }) {
  const when = r.version.released
    ? `released${r.version.releaseDate ? ` ${r.version.releaseDate}` : ''}`
    : r.version.releaseDate
      ? `release date ${r.version.releaseDate}`
      : 'no release date';
  return (
    <li
      data-testid="release"
      data-version-id={r.version.id}
      style={{ display: 'grid', gap: token('space.050'), padding: token('space.100'), border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('radius.medium') }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap' }}>
        <a
          href={r.url}
          data-testid="release-link"
          onClick={(e) => {
            e.preventDefault();
            void router.open(r.url).catch(() => undefined);
          }}
          style={{ color: token('color.link'), fontWeight: token('font.weight.semibold') }}
        >
          {r.version.name}
        </a>
        <VerdictLozenge verdict={r.verdict} />
        <span style={{ marginInlineStart: 'auto', color: token('color.text.subtle') }}>
          <strong data-testid="release-percent" style={{ color: token('color.text') }}>
            {formatPercent(r.percentDone)}
          </strong>{' '}
          done
        </span>
      </div>
      <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
        {r.projectKey} · {when}
        {r.version.archived ? ' · archived' : ''}
      </span>
      {r.topReason && (
        <p data-testid="release-reason" style={{ margin: 0 }}>
          {r.topReason}
        </p>
      )}
    </li>
  );
}
