/**
 * The macro's table as data: columns, sorting and the CSV export (pure, no React).
 */
import type { RoadmapForecastState, RoadmapHistoryView, RoadmapItemView, RoadmapView } from '../../../src/contract';
import { csvCell } from '../../../src/domain/csv';
import { FORECAST_LABEL } from '../../shared/components/forecast-lozenge';

export { FORECAST_LABEL };

export type SortKey = 'jql' | 'key' | 'summary' | 'status' | 'dueDate' | 'percentDone' | 'forecast';
export type SortDir = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  dir: SortDir;
}

const FORECAST_ORDER: Record<RoadmapForecastState, number> = { offTrack: 0, atRisk: 1, noThroughput: 2, noDueDate: 3, onTrack: 4, done: 5 };
const STATUS_ORDER = { todo: 0, inprogress: 1, done: 2 } as const;

/** Issue keys compare by project, then number (PO-6 before PO-40). */
function compareKeys(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * Sorted copy of `items` (stable; ties keep JQL order). `jql` = the order the query returned them.
 * Items without a due date sort last in either direction.
 */
export function sortItems(items: readonly RoadmapItemView[], sort: Sort): RoadmapItemView[] {
  const indexed = items.map((item, i) => ({ item, i }));
  const sign = sort.dir === 'asc' ? 1 : -1;
  const cmp = (a: RoadmapItemView, b: RoadmapItemView): number => {
    switch (sort.key) {
      case 'key':
        return sign * compareKeys(a.key, b.key);
      case 'summary':
        return sign * a.summary.localeCompare(b.summary, 'en', { sensitivity: 'base' });
      case 'status':
        return sign * (STATUS_ORDER[a.statusCategory] - STATUS_ORDER[b.statusCategory] || a.statusName.localeCompare(b.statusName));
      case 'dueDate':
        if (a.dueDate === b.dueDate) return 0;
        if (a.dueDate === null) return 1;
        if (b.dueDate === null) return -1;
        return sign * (a.dueDate < b.dueDate ? -1 : 1);
      case 'percentDone':
        return sign * (a.percentDone - b.percentDone);
      case 'forecast':
        return sign * (FORECAST_ORDER[a.forecast.state] - FORECAST_ORDER[b.forecast.state]);
      default:
        return 0;
    }
  };
  return indexed.sort((x, y) => cmp(x.item, y.item) || x.i - y.i).map((x) => x.item);
}

export const CSV_COLUMNS = [
  'Key',
  'Summary',
  'Status',
  'Status category',
  'Due date',
  'Percent done',
  'Work done',
  'Work in progress',
  'Work to do',
  'Work total',
  'Work items',
  'Unestimated',
  'Forecast',
  'Projected finish',
  'Link',
] as const;

/** With history (SPEC §7), the slip columns follow the link. */
export const CSV_SLIP_COLUMNS = ['Due date at baseline', 'Due date changes', 'Slip days'] as const;

/** The table as CSV (RFC 4180, CRLF line ends), items in the order given; slip columns when history is loaded. */
export function toCsv(view: RoadmapView, items: readonly RoadmapItemView[], history: RoadmapHistoryView | null = null): string {
  const base = view.siteUrl.replace(/\/+$/, '');
  const slips = new Map((history?.items ?? []).map((s) => [s.key, s]));
  const slipCells = (key: string): Array<string | number | null> => {
    if (!history) return [];
    const s = slips.get(key);
    return [s?.dueDateAtBaseline ?? null, s?.dueDateChanges ?? 0, s?.slipDays ?? null];
  };
  const rows: Array<Array<string | number | null>> = [
    [...CSV_COLUMNS, ...(history ? CSV_SLIP_COLUMNS : [])],
    ...items.map((i) => [
      i.key,
      i.summary,
      i.statusName,
      i.statusCategory,
      i.dueDate,
      i.percentDone,
      i.work.done,
      i.work.inProgress,
      i.work.todo,
      i.work.total,
      i.units,
      i.unestimated,
      FORECAST_LABEL[i.forecast.state],
      i.forecast.projectedFinish,
      `${base}/browse/${i.key}`,
      ...slipCells(i.key),
    ]),
  ];
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name for the export: `roadmap-<title>-<as-of>.csv`, safe on every OS. */
export function csvFileName(title: string, asOf: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `roadmap${slug && slug !== 'roadmap' ? `-${slug}` : ''}-${asOf}.csv`;
}
