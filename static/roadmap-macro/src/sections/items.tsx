/**
 * The items table: sortable columns, optional groups, the CSV export, and (SPEC §7) the
 * "slipped" column when history is shown.
 */
import { useEffect, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Lozenge } from '../../../shared/components/lozenge';
import { token } from '@atlaskit/tokens';
import type { RoadmapGroupView, RoadmapHistoryView, RoadmapItemView, RoadmapView } from '../../../../src/contract';
import { formatPercent } from '../../../shared/format';
import { ProgressCell } from '../../../shared/components/progress-cell';
import { StatusLozenge } from '../../../shared/components/status-lozenge';
import { IssueLink } from '../../../shared/components/issue-link';
import { ForecastLozenge } from '../../../shared/components/forecast-lozenge';
import { scaledWork as scaled, unitOf } from '../../../shared/weighting';
import { csvFileName, sortItems, toCsv, type Sort, type SortKey } from '../table-model';
import type { RoadmapHistoryState } from '../use-roadmap-history';
import { SlipCell } from './history';
import { cell, itemCount } from './styles';

/**
 * Fixed column widths (`table-layout: fixed`): every group's table lines up with the others, and a
 * long summary wraps instead of pushing the other columns around. The summary takes what is left.
 */
const COLUMNS: Array<{ key: SortKey; label: string; width?: string; narrow?: string }> = [
  { key: 'key', label: 'Key', width: '9%', narrow: '8%' },
  { key: 'summary', label: 'Summary' },
  { key: 'status', label: 'Status', width: '12%', narrow: '10%' },
  { key: 'dueDate', label: 'Due date', width: '11%', narrow: '10%' },
  { key: 'percentDone', label: 'Progress', width: '17%', narrow: '13%' },
  // The longest lozenge ("No recent progress") and the Explain button, whole at any table width.
  { key: 'forecast', label: 'Forecast', width: '9.5rem' },
];
const DETAILS_WIDTH = '6rem';
const SLIP_WIDTH = '7rem';

export function Items({ data, history, title, onExplain }: { data: RoadmapView; history: RoadmapHistoryState; title: string; onExplain: (item: RoadmapItemView) => void }) {
  const slips = history.kind === 'ready' ? history.data : null;
  const [sort, setSort] = useState<Sort>({ key: 'jql', dir: 'asc' });
  // Each row's slip, looked up once (a row scanning the history would make the table quadratic).
  const slipOf = useMemo(() => new Map((slips?.items ?? []).map((s) => [s.key, s])), [slips]);
  const all = useMemo(() => sortItems(data.report.items, sort), [data, sort]);
  const csvHref = useMemo(() => URL.createObjectURL(new Blob([toCsv(data, all, slips)], { type: 'text/csv;charset=utf-8' })), [data, all, slips]);
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
            {/* With the slipped column the other columns narrow and the table scrolls below 900 px, so the summary keeps room. */}
            <table data-testid="items" style={{ width: '100%', minWidth: slips ? 900 : 640, tableLayout: 'fixed', borderCollapse: 'collapse', font: token('font.body') }}>
              <colgroup>
                {COLUMNS.map((c) => (
                  <col key={c.key} style={c.width ? { width: slips ? (c.narrow ?? c.width) : c.width } : undefined} />
                ))}
                {slips && <col style={{ width: SLIP_WIDTH }} />}
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
                  {slips && (
                    <th scope="col" data-testid="slip-heading" style={{ ...cell, font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>
                      Slipped
                    </th>
                  )}
                  <th scope="col" style={{ ...cell, font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>
                    <span className="ss-sr-only">Details</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <ItemRow key={item.key} item={item} data={data} slip={slips ? { of: slipOf.get(item.key), baseline: slips.baseline.date } : null} onExplain={onExplain} />
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}

function ItemRow({
  item,
  data,
  slip,
  onExplain,
}: {
  item: RoadmapItemView;
  data: RoadmapView;
  /** The slip column's cell, when the history is shown. */
  slip: { of: RoadmapHistoryView['items'][number] | undefined; baseline: string } | null;
  onExplain: (item: RoadmapItemView) => void;
}) {
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
        <ProgressCell work={scaled(item.work, unit.scale)} percentDone={item.percentDone} unit={unit.word} testId="item-percent" stacked />
      </td>
      <td style={{ ...cell, overflow: 'hidden' }}>
        <ForecastLozenge state={item.forecast.state} />
      </td>
      {slip && (
        <td style={cell} data-testid="slip">
          <SlipCell slip={slip.of} baseline={slip.baseline} />
        </td>
      )}
      <td style={{ ...cell, whiteSpace: 'nowrap' }}>
        <Button appearance="subtle" spacing="compact" onClick={() => onExplain(item)} testId={`explain-${item.key}`}>
          Explain<span className="ss-sr-only"> {item.key}</span>
        </Button>
      </td>
    </tr>
  );
}


