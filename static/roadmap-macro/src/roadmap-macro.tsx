/**
 * The Confluence roadmap macro (SPEC §2): header (% done, done / in progress / to do bar, items done
 * X of Y, estimate notes, forecast), a sortable table of items (optionally grouped), the "not done on
 * time" list, an "explain this number" drill-down, a 90-day burn-up, and CSV export. Reads as the
 * viewer: every number is what Jira lets this viewer see.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import {
  DEFAULT_ROADMAP_CONFIG,
  type RoadmapGroupView,
  type RoadmapItemView,
  type RoadmapMacroConfig,
  type RoadmapView,
  type UnitView,
} from '../../../src/contract';
import { view } from '../../shared/bridge';
import { ApiError, toApiError } from '../../shared/api';
import { formatPercent, formatWork, plural } from '../../shared/format';
import { NoWeight, WorkBar, WorkLegend, unitWord } from '../../shared/components/work-bar';
import { LoadingState } from '../../shared/components/loading-state';
import { EmptyState } from '../../shared/components/empty-state';
import { ErrorState } from '../../shared/components/error-state';
import { StatusLozenge } from '../../shared/components/status-lozenge';
import { IssueLink } from '../../shared/components/issue-link';
import { FORECAST_LABEL, ForecastLozenge } from '../../shared/components/forecast-lozenge';
import { ForecastMethod } from '../../shared/components/forecast-method';
import { noSuchProjectSentence } from '../../shared/jql-problem';
import { scaledWork, unitOf } from '../../shared/weighting';
import { BurnupChart } from './burnup-chart';
import { configOf } from '../../shared/roadmap-config';
import { explainRoadmap, getRoadmap } from '../../shared/roadmap-api';
import { mostlyUnestimated } from '../../../src/domain/roadmap';
import { csvFileName, sortItems, toCsv, type Sort, type SortKey } from './table-model';

type State = { kind: 'loading' } | { kind: 'unconfigured' } | { kind: 'ready'; data: RoadmapView } | { kind: 'error'; error: ApiError };

interface MacroContext {
  extension?: { config?: Partial<RoadmapMacroConfig> };
}

const scaled = scaledWork;

const muted: CSSProperties = { margin: 0, font: token('font.body.small'), color: token('color.text.subtlest') };

/*
 * Buttons drawn as plain text (`all: unset`) lose the browser's focus ring: give them one back, on
 * keyboard focus only. `ss-sr-only` is text for screen readers only (e.g. "Explain PO-26").
 */
const CSS = `
.ss-text-button{all:unset;cursor:pointer;border-radius:${token('radius.small')}}
.ss-text-button:focus-visible,.ss-roadmap summary:focus-visible,.ss-roadmap [tabindex="-1"]:focus-visible{outline:2px solid ${token('color.border.focused')};outline-offset:2px}
.ss-roadmap [tabindex="-1"]:focus:not(:focus-visible){outline:none}
.ss-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;

/** "1 item", "4 items". */
const itemCount = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

export function RoadmapMacro() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [config, setConfig] = useState<RoadmapMacroConfig>(DEFAULT_ROADMAP_CONFIG);
  useEffect(() => {
    let live = true;
    (async () => {
      const ctx = (await view.getContext()) as MacroContext;
      const c = configOf(ctx.extension?.config);
      if (!live) return;
      setConfig(c);
      if (!c.jql.trim()) return setState({ kind: 'unconfigured' });
      const data = await getRoadmap({ jql: c.jql, weight: c.weight, groupBy: c.groupBy });
      if (live) setState({ kind: 'ready', data });
    })().catch((err: unknown) => live && setState({ kind: 'error', error: toApiError(err) }));
    return () => {
      live = false;
    };
  }, []);

  const title = config.title.trim() || 'Roadmap';
  return (
    <main className="ss-roadmap" style={{ padding: token('space.100'), color: token('color.text'), font: token('font.body'), backgroundColor: token('elevation.surface'), display: 'grid', gap: token('space.200') }}>
      <style>{CSS}</style>
      <h2 style={{ margin: 0, font: token('font.heading.medium') }}>{title}</h2>
      {state.kind === 'loading' && <LoadingState label="Reading the roadmap from Jira…" />}
      {state.kind === 'unconfigured' && (
        <EmptyState title="This roadmap has no query yet">
          Edit the page, select this macro and choose <strong>Edit</strong> to enter the JQL that finds the roadmap’s items (for example{' '}
          <code>project = PO AND issuetype = Epic</code>).
        </EmptyState>
      )}
      {state.kind === 'error' && <Problem error={state.error} jql={config.jql} />}
      {state.kind === 'ready' && <Roadmap data={state.data} config={config} title={title} />}
    </main>
  );
}

/** Bad JQL, no permission, no Jira access: each a clear message in place (SPEC: never a bare error). */
function Problem({ error, jql }: { error: ApiError; jql: string }) {
  if (error.code === 'FORBIDDEN') {
    return (
      <div role="alert" data-testid="error-state" data-code={error.code}>
        <SectionMessage appearance="information" title="Shipshape needs to read Jira as you">
          <p>
            This roadmap shows only what you can see in Jira, so it reads Jira with your access. Jira did not let it read as you: either you do
            not have access to Jira on this site, or you have not allowed Shipshape to read Jira for you yet.
          </p>
          <p>Ask your Jira admin for access to the projects on this roadmap, then reload the page. Jira said: {error.message}</p>
        </SectionMessage>
      </div>
    );
  }
  const noSuchProject = noSuchProjectSentence(error);
  if (noSuchProject) {
    // Jira answers "does not exist" for a project this viewer may not browse, too: most likely that.
    return (
      <div role="alert" data-testid="error-state" data-code={error.code} data-reason="no-such-project">
        <SectionMessage appearance="information" title={noSuchProject}>
          <p>This roadmap shows only what you can see in Jira. Ask the page owner or a Jira admin.</p>
          <p style={muted}>
            Jira said: {error.message} Query: <code>{jql}</code>
          </p>
        </SectionMessage>
      </div>
    );
  }
  if (error.code === 'BAD_INPUT') {
    return (
      <div role="alert" data-testid="error-state" data-code={error.code}>
        <SectionMessage appearance="warning" title="Jira could not run this roadmap’s query">
          <p>
            <code>{jql}</code>
          </p>
          <p>Jira said: {error.message}</p>
          <p>If you can edit this page, edit the macro to fix the query; if not, tell the page owner.</p>
        </SectionMessage>
      </div>
    );
  }
  return <ErrorState code={error.code} message={error.message} reason={error.reason} />;
}

function Roadmap({ data, config, title }: { data: RoadmapView; config: RoadmapMacroConfig; title: string }) {
  const { report } = data;
  const t = report.totals;
  const unit = unitOf(report.weight);
  const [explain, setExplain] = useState<{ item: RoadmapItemView | null } | null>(null);
  // The button that opened the drill-down (by test id: rows re-render when sorted), to return focus to on close.
  const opener = useRef<string | null>(null);
  const open = (item: RoadmapItemView | null) => {
    opener.current = item ? `explain-${item.key}` : 'explain-total';
    setExplain({ item });
  };
  const close = () => {
    setExplain(null);
    const id = opener.current;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.focus());
  };

  if (report.items.length === 0) {
    return (
      <EmptyState title="No items match this roadmap’s query">
        Jira found no issues for <code>{report.jql}</code> that you can see. If you expected some, check the query (edit the macro) or ask for
        access to the project in Jira.
      </EmptyState>
    );
  }

  return (
    <div style={{ display: 'grid', gap: token('space.250') }}>
      {data.partial && (
        <div data-testid="partial">
          <SectionMessage appearance="warning" title="These numbers are incomplete">
            <p>{data.partial.reason}</p>
          </SectionMessage>
        </div>
      )}
      <Header data={data} onExplain={() => open(null)} />
      {explain && <Explain data={data} item={explain.item} onClose={close} />}
      <Items data={data} title={title} onExplain={open} />
      {config.showNotDone && <NotDone data={data} />}
      <section aria-labelledby="burnup-heading" style={{ display: 'grid', gap: token('space.100') }}>
        <h3 id="burnup-heading" style={{ margin: 0, font: token('font.heading.small') }}>
          Burn-up, last 90 days
        </h3>
        <BurnupChart
          burnup={{ ...data.burnup, points: data.burnup.points.map((p) => ({ ...p, scope: p.scope * unit.scale, done: p.done * unit.scale })) }}
          unit={unit.word}
          integer={report.weight === 'count'}
        />
      </section>
      <p style={muted} data-testid="footer">
        As of {report.asOf}. Query: <code>{report.jql}</code>. {formatWork(t.units)} distinct {unitWord(t.units)}, each counted once even when two items
        reach it. A sub-task beneath a work item is part of it and is not counted on its own; a sub-task the query itself returns is a roadmap item and
        counts as its own work item.
      </p>
    </div>
  );
}

function Header({ data, onExplain }: { data: RoadmapView; onExplain: () => void }) {
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

/**
 * Fixed column widths (`table-layout: fixed`): every group's table lines up with the others, and a
 * long summary wraps instead of pushing the other columns around. The summary takes what is left.
 */
const COLUMNS: Array<{ key: SortKey; label: string; width?: string }> = [
  { key: 'key', label: 'Key', width: '9%' },
  { key: 'summary', label: 'Summary' },
  { key: 'status', label: 'Status', width: '12%' },
  { key: 'dueDate', label: 'Due date', width: '11%' },
  { key: 'percentDone', label: 'Progress', width: '17%' },
  // The longest lozenge ("No recent progress") and the Explain button, whole at any table width.
  { key: 'forecast', label: 'Forecast', width: '9.5rem' },
];
const DETAILS_WIDTH = '6rem';

const cell: CSSProperties = {
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
  textAlign: 'start',
  verticalAlign: 'middle',
};

function Items({ data, title, onExplain }: { data: RoadmapView; title: string; onExplain: (item: RoadmapItemView) => void }) {
  const [sort, setSort] = useState<Sort>({ key: 'jql', dir: 'asc' });
  const byKey = useMemo(() => new Map(data.report.items.map((i) => [i.key, i])), [data]);
  const all = useMemo(() => sortItems(data.report.items, sort), [data, sort]);
  const csvHref = useMemo(() => URL.createObjectURL(new Blob([toCsv(data, all)], { type: 'text/csv;charset=utf-8' })), [data, all]);
  useEffect(() => () => URL.revokeObjectURL(csvHref), [csvHref]);

  const toggle = (key: SortKey) =>
    setSort((s) => (s.key === key ? (s.dir === 'asc' ? { key, dir: 'desc' } : { key: 'jql', dir: 'asc' }) : { key, dir: key === 'percentDone' ? 'desc' : 'asc' }));

  const grouped = data.groupBy !== 'none';
  const groups: Array<{ group: RoadmapGroupView | null; items: RoadmapItemView[] }> = grouped
    ? data.groups.map((g) => {
        const keys = new Set(g.itemKeys);
        return { group: g, items: all.filter((i) => keys.has(i.key)) };
      })
    : [{ group: null, items: all }];

  return (
    <section aria-labelledby="items-heading" style={{ display: 'grid', gap: token('space.100') }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap' }}>
        <h3 id="items-heading" style={{ margin: 0, font: token('font.heading.small') }}>
          Items ({data.report.items.length})
        </h3>
        <a
          href={csvHref}
          download={csvFileName(title, data.report.asOf)}
          data-testid="csv-export"
          style={{ marginInlineStart: 'auto', color: token('color.link'), font: token('font.body') }}
        >
          Export CSV
        </a>
      </div>
      {groups.map(({ group, items }) => (
        <div key={group?.id ?? 'all'} data-testid="group" data-group={group?.id ?? 'all'} style={{ display: 'grid', gap: token('space.050') }}>
          {group && (
            <div style={{ display: 'flex', gap: token('space.150'), alignItems: 'baseline', flexWrap: 'wrap' }}>
              <h4 style={{ margin: 0, font: token('font.heading.xsmall') }}>{group.label}</h4>
              <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
                {formatPercent(group.percentDone)} done · {group.itemsDone} of {itemCount(group.itemKeys.length)} done
              </span>
            </div>
          )}
          <div style={{ overflowX: 'auto' }}>
            <table data-testid="items" style={{ width: '100%', minWidth: 640, tableLayout: 'fixed', borderCollapse: 'collapse', font: token('font.body') }}>
              <colgroup>
                {COLUMNS.map((c) => (
                  <col key={c.key} style={c.width ? { width: c.width } : undefined} />
                ))}
                <col style={{ width: DETAILS_WIDTH }} />
              </colgroup>
              <thead>
                <tr>
                  {COLUMNS.map((c) => {
                    const active = sort.key === c.key;
                    return (
                      <th
                        key={c.key}
                        scope="col"
                        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                        style={{ ...cell, font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}
                      >
                        <button
                          type="button"
                          className="ss-text-button"
                          onClick={() => toggle(c.key)}
                          data-testid={`sort-${c.key}`}
                          style={{ display: 'inline-flex', gap: token('space.050'), alignItems: 'center' }}
                        >
                          {c.label}
                          <span aria-hidden="true" style={{ color: active ? token('color.text') : token('color.text.disabled') }}>
                            {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                  <th scope="col" style={{ ...cell, font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>
                    <span className="ss-sr-only">Details</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <ItemRow key={item.key} item={byKey.get(item.key)!} data={data} onExplain={onExplain} />
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}

function ItemRow({ item, data, onExplain }: { item: RoadmapItemView; data: RoadmapView; onExplain: (item: RoadmapItemView) => void }) {
  const unit = unitOf(data.report.weight);
  return (
    <tr data-testid="item" data-key={item.key}>
      <td style={{ ...cell, overflowWrap: 'anywhere' }}>
        <IssueLink issueKey={item.key} siteUrl={data.siteUrl} />
      </td>
      <td style={{ ...cell, overflowWrap: 'anywhere' }}>
        {item.summary}
        {item.hierarchyLevel < 0 && (
          <span data-testid="subtask-item" style={{ display: 'block', font: token('font.body.small'), color: token('color.text.subtlest') }}>
            Sub-task, counted as its own work item
          </span>
        )}
        {item.incomplete && (
          <>
            {' '}
            <Lozenge appearance="moved">incomplete</Lozenge>
          </>
        )}
      </td>
      <td style={{ ...cell, whiteSpace: 'nowrap' }}>
        <StatusLozenge name={item.statusName} category={item.statusCategory} />
      </td>
      <td style={{ ...cell, color: item.overdue ? token('color.text.danger') : undefined }} data-testid="due">
        <span style={{ whiteSpace: 'nowrap' }}>{item.dueDate ?? '—'}</span>
        {item.overdue && <span style={{ display: 'block', font: token('font.body.small') }}>overdue</span>}
      </td>
      <td style={cell}>
        <ProgressCell work={scaled(item.work, unit.scale)} percentDone={item.percentDone} unit={unit.word} />
      </td>
      <td style={{ ...cell, overflow: 'hidden' }}>
        <ForecastLozenge state={item.forecast.state} />
      </td>
      <td style={{ ...cell, whiteSpace: 'nowrap' }}>
        <Button appearance="subtle" spacing="compact" onClick={() => onExplain(item)} testId={`explain-${item.key}`}>
          Explain<span className="ss-sr-only"> {item.key}</span>
        </Button>
      </td>
    </tr>
  );
}

/**
 * A row's bar and share done. A bar with only in-progress work is striped, and the words say
 * "in progress" so "0%" beside it is not read as "nothing is happening" (or as complete); work that
 * weighs nothing says so instead of an empty bar.
 */
function ProgressCell({ work, percentDone, unit }: { work: RoadmapItemView['work']; percentDone: number; unit: string }) {
  const small: CSSProperties = { font: token('font.body.small'), color: token('color.text.subtle') };
  if (work.total === 0) {
    return (
      <span style={{ display: 'grid', gap: token('space.025'), justifyItems: 'start' }}>
        <NoWeight unit={unit} size="small" />
        <span data-testid="item-percent" style={{ ...small, color: token('color.text.subtlest') }}>
          {formatPercent(percentDone)} done
        </span>
      </span>
    );
  }
  return (
    <span style={{ display: 'grid', gap: token('space.050') }}>
      <WorkBar work={work} size="small" unit={unit} />
      <span style={small}>
        <span data-testid="item-percent">{formatPercent(percentDone)} done</span>
        {work.inProgress > 0 && <span data-testid="item-in-progress"> · in progress</span>}
      </span>
    </span>
  );
}

function NotDone({ data }: { data: RoadmapView }) {
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

/** "Explain this number": what was counted, with weights. Inline units for small roadmaps; paged from the backend for big ones. */
function Explain({ data, item, onClose }: { data: RoadmapView; item: RoadmapItemView | null; onClose: () => void }) {
  const report = data.report;
  const unit = unitOf(report.weight);
  const inline = item ? item.unitKeys : data.unitsInline ? distinctUnits(report.items) : undefined;
  const [units, setUnits] = useState<UnitView[]>(inline ?? []);
  const [total, setTotal] = useState<number>(inline ? inline.length : item ? item.units : report.totals.units);
  const [next, setNext] = useState<number | null>(inline ? null : 0);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  const load = async (offset: number) => {
    setLoading(true);
    try {
      const page = await explainRoadmap({
        jql: report.jql,
        weight: report.weight,
        asOf: report.asOf,
        ...(item ? { itemKey: item.key } : {}),
        ...(report.totals.imputedWeight !== null ? { imputedWeight: report.totals.imputedWeight } : {}),
        offset,
        limit: 200,
      });
      setUnits((u) => (offset === 0 ? page.units : [...u, ...page.units]));
      setTotal(page.total);
      setNext(page.nextOffset);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    setUnits(inline ?? []);
    if (!inline) void load(0);
    else setNext(null);
  }, [item?.key]);

  // Opening (or switching to another item) moves focus to the heading, so keyboard and screen-reader
  // users land on the drill-down, which sits above the table; Close returns focus to the button.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [item?.key]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  const work = item ? item.work : report.totals.work;
  const pct = item ? item.percentDone : report.totals.percentDone;
  const w = (n: number) => formatWork(n * unit.scale);
  const head: CSSProperties = { ...cell, font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') };
  return (
    <section
      aria-labelledby="explain-heading"
      data-testid="explain"
      onKeyDown={onKeyDown}
      style={{ display: 'grid', gap: token('space.100'), padding: token('space.150'), border: `${token('border.width')} solid ${token('color.border')}`, borderRadius: token('radius.medium'), backgroundColor: token('elevation.surface.sunken') }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', gap: token('space.100') }}>
        <h3 id="explain-heading" ref={heading} tabIndex={-1} data-testid="explain-heading" style={{ margin: 0, font: token('font.heading.small') }}>
          {item ? `How ${item.key} gets ${formatPercent(pct)}` : `How the roadmap gets ${formatPercent(pct)}`}
        </h3>
        <span style={{ marginInlineStart: 'auto' }}>
          <Button appearance="subtle" onClick={onClose} testId="explain-close">
            Close<span className="ss-sr-only"> the explanation</span>
          </Button>
        </span>
      </div>
      <p style={{ margin: 0 }} data-testid="explain-formula">
        {work.total === 0 ? (
          <>
            {formatPercent(pct)}: the work items here weigh nothing (0 {unit.word}), so there is no share done to compute; it is shown as 0.{' '}
          </>
        ) : (
          <>
            {formatPercent(pct)} = 100 × done {w(work.done)} ÷ total {w(work.total)} {unit.word}
            {report.weight === 'count' ? ' (each work item weighs 1)' : ''}.{' '}
          </>
        )}
        {item?.ownUnit
          ? item.hierarchyLevel < 0
            ? `${item.key} is a sub-task the query returns as a roadmap item; it has nothing beneath it, so it counts as its own single work item.`
            : `${item.key} has no work items beneath it, so it counts as its own single work item.`
          : ''}
        {!item ? ' Each work item is counted once, even when two roadmap items reach it.' : ''}
        {report.weight !== 'count' && report.totals.imputedWeight !== null
          ? ` Work items without an estimate weigh the average of the estimated ones: ${w(report.totals.imputedWeight)}.`
          : ''}
      </p>
      {error ? (
        <ErrorState code={error.code} message={error.message} reason={error.reason} />
      ) : (
        <div style={{ overflowX: 'auto', maxHeight: 360, overflowY: 'auto' }}>
          <table data-testid="explain-units" style={{ width: '100%', borderCollapse: 'collapse', font: token('font.body') }}>
            <caption style={{ textAlign: 'start', ...muted, paddingBottom: token('space.050') }}>
              {units.length} of {total} work items counted
            </caption>
            <thead>
              <tr>
                <th scope="col" style={head}>Work item</th>
                <th scope="col" style={head}>Type</th>
                <th scope="col" style={head}>Counted as</th>
                <th scope="col" style={{ ...head, textAlign: 'end' }}>Weight</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.key} data-testid="explain-unit" data-key={u.key}>
                  <td style={cell}>
                    <IssueLink issueKey={u.key} siteUrl={data.siteUrl} /> {u.summary}
                  </td>
                  <td style={cell}>{u.issueType}</td>
                  <td style={cell}>{u.statusCategory === 'done' ? 'done' : u.statusCategory === 'inprogress' ? 'in progress' : 'to do'}</td>
                  <td style={{ ...cell, textAlign: 'end' }} data-testid="explain-weight">
                    {w(u.weight)}
                    {u.imputed && <span style={{ color: token('color.text.subtlest') }}> (no estimate: average)</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loading && <LoadingState label="Reading the work items…" />}
      {next !== null && !loading && !error && (
        <span>
          <Button onClick={() => void load(next)} testId="explain-more">
            Show more
          </Button>
        </span>
      )}
    </section>
  );
}

function distinctUnits(items: readonly RoadmapItemView[]): UnitView[] {
  const seen = new Map<string, UnitView>();
  for (const i of items) for (const u of i.unitKeys ?? []) if (!seen.has(u.key)) seen.set(u.key, u);
  return [...seen.values()];
}

