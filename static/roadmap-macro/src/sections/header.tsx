/**
 * The macro's header: % done, the work bar, items done X of Y, estimate and sub-task notes, the
 * forecast with its method, and (SPEC §7) the baseline line and the odds.
 */
import Button from '@atlaskit/button/new';
import { SectionMessage } from '../../../shared/components/section-message';
import { token } from '@atlaskit/tokens';
import type { RoadmapView } from '../../../../src/contract';
import { mostlyUnestimated } from '../../../../src/domain/roadmap';
import { formatPercent, formatWork, plural } from '../../../shared/format';
import { NoWeight, WorkBar, WorkLegend } from '../../../shared/components/work-bar';
import { FORECAST_LABEL, ForecastLozenge } from '../../../shared/components/forecast-lozenge';
import { ForecastMethod } from '../../../shared/components/forecast-method';
import { scaledWork as scaled, unitOf } from '../../../shared/weighting';
import type { RoadmapHistoryState } from '../use-roadmap-history';
import { HistoryHeader } from './history';
import { itemCount, muted } from './styles';

export function Header({ data, history, onExplain }: { data: RoadmapView; history: RoadmapHistoryState; onExplain: () => void }) {
  const { report } = data;
  const t = report.totals;
  const unit = unitOf(report.weight);
  const f = t.forecast;
  return (
    <section aria-label="Roadmap summary" data-testid="header" style={{ display: 'grid', gap: token('space.100') }}>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: token('space.200'), flexWrap: 'wrap' }}>
        <span style={{ font: token('font.heading.xlarge') }}>
          <span data-testid="percent-done">{formatPercent(t.percentDone)}</span>{' '}
          <span style={{ font: token('font.body'), color: token('color.text.subtle') }}>done</span>
        </span>
        <span data-testid="items-done" style={{ color: token('color.text.subtle') }}>
          Items done: <strong style={{ color: token('color.text') }}>{t.itemsDone}</strong> of <strong style={{ color: token('color.text') }}>{t.items}</strong>
        </span>
        <span style={{ marginInlineStart: 'auto' }}>
          <Button appearance="subtle" onClick={onExplain} testId="explain-total">
            Explain this number
          </Button>
        </span>
      </div>
      {t.work.total > 0 ? (
        <>
          <WorkBar work={scaled(t.work, unit.scale)} unit={unit.word} />
          <WorkLegend work={scaled(t.work, unit.scale)} unit={unit.word} />
        </>
      ) : (
        <NoWeight unit={unit.word} />
      )}
      <HistoryHeader data={data} history={history} />
      <Estimates data={data} />
      <SubtaskNote data={data} />
      <div style={{ display: 'grid', gap: token('space.050'), color: token('color.text.subtle') }}>
        <p style={{ margin: 0 }} data-testid="forecast-total">
          Forecast: <ForecastLozenge state={f.state} /> {forecastHeadline(data)}
        </p>
        <details data-testid="forecast-method">
          <summary style={{ cursor: 'pointer', color: token('color.link'), width: 'fit-content' }}>How is this forecast made?</summary>
          <div style={{ marginTop: token('space.050'), font: token('font.body.small') }}>
            <ForecastMethod dueDateWord="the due date (for the whole roadmap: the latest due date of its items)" />
          </div>
        </details>
      </div>
    </section>
  );
}

/**
 * The total's forecast in words: the total compares with the latest due date (it is the roadmap's
 * end), which can be on track while single items are not, so the headline says both.
 */
function forecastHeadline(data: RoadmapView): string {
  const f = data.report.totals.forecast;
  const parts: string[] = [];
  if (f.state === 'noThroughput') parts.push(`— no work item was finished in the last ${f.windowDays} days, so there is no pace to project from`);
  else if (f.state === 'noDueDate') parts.push('— no item has a due date to compare with');
  else if (f.state !== 'done' && f.dueDate) parts.push(`for the latest due date, ${f.dueDate}`);
  if (f.state === 'noThroughput' && f.dueDate) parts.push(`latest due date ${f.dueDate}`);
  if (f.projectedFinish) parts.push(`projected finish ${f.projectedFinish}`);
  const byState = new Map<string, number>();
  for (const i of data.report.items) byState.set(i.forecast.state, (byState.get(i.forecast.state) ?? 0) + 1);
  for (const s of ['offTrack', 'atRisk'] as const) {
    const n = byState.get(s) ?? 0;
    if (n > 0) parts.push(`${itemCount(n)} ${FORECAST_LABEL[s].toLowerCase()}`);
  }
  parts.push(`${plural(f.resolvedInWindow, 'work item')} finished in the last ${f.windowDays} days`);
  return parts.join(' · ') + '.';
}

/**
 * SPEC §2 makes an item with nothing beneath it its own unit, whatever its level: a sub-task the
 * query returns counts. The readiness gadget (SPEC §3) leaves sub-tasks out, so the two can differ;
 * say so, and how to match it.
 */
function SubtaskNote({ data }: { data: RoadmapView }) {
  const n = data.report.items.filter((i) => i.hierarchyLevel < 0).length;
  if (n === 0) return null;
  return (
    <p style={muted} data-testid="subtask-note" data-count={n}>
      {n === 1 ? '1 item is a sub-task and counts' : `${n} items are sub-tasks and count`} as {n === 1 ? 'its' : 'their'} own work item (release readiness
      leaves sub-tasks out). To leave {n === 1 ? 'it' : 'them'} out here too, add <code>AND issuetype not in subTaskIssueTypes()</code> to the query.
    </p>
  );
}

/** The plain notes about estimates (SPEC §2: `unestimated`, and the "most unestimated" warning). */
function Estimates({ data }: { data: RoadmapView }) {
  const t = data.report.totals;
  const weight = data.report.weight;
  if (weight === 'count' || t.unestimated === 0) return null;
  const what = weight === 'points' ? 'story points' : 'original estimate';
  const mean = formatWork((t.imputedWeight ?? 1) * unitOf(weight).scale);
  if (mostlyUnestimated(t, weight)) {
    return (
      <div data-testid="mostly-unestimated">
        <SectionMessage appearance="warning" title="Most work items have no estimate">
          <p>
            {t.unestimated} of {t.units} work items have no {what}. Each of them is counted as the average of the estimated ones ({mean}), so that
            guess is doing most of the work in these numbers. Counting work items instead (weighting “count”) gives a figure you can defend: edit the
            macro to switch.
          </p>
        </SectionMessage>
      </div>
    );
  }
  return (
    <p style={muted} data-testid="unestimated-note">
      {t.unestimated} of {t.units} work items have no {what} and are counted as the average of the estimated ones ({mean}).
    </p>
  );
}

