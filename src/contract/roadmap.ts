/**
 * Roadmap completion (SPEC §2) between the backend and the Confluence roadmap macro + its config
 * view: resolver keys, payloads and responses. Types only (plus the key table); imported by src/
 * and static/ through src/contract.ts.
 */
import type { Forecast, ForecastState } from '../domain/forecast';
import type { RoadmapItem, RoadmapReport, RoadmapTotals, UnitDetail } from '../domain/roadmap';
import type { IsoDate, IssueKey, Percent, Weight } from '../domain/types';
import type { WorkSums } from '../contract';
import type { RoadmapBaselineMode } from './history';

/** Resolver function keys of the roadmap feature. */
export const ROADMAP_KEYS = {
  /** The report for a JQL: header, items, groups, not-done list, burn-up. */
  report: 'roadmap-report',
  /** "Explain this number": the units behind one item (or the whole report), paged. */
  explain: 'roadmap-explain',
  /** The config view's check: does Jira accept the JQL, and how many items does it match? */
  checkJql: 'roadmap-check-jql',
} as const;
export type RoadmapResolverKey = (typeof ROADMAP_KEYS)[keyof typeof ROADMAP_KEYS];

/** The macro's grouping choices (domain `GroupBy`). */
export type RoadmapGroupBy = 'none' | 'parent' | 'fixVersion' | 'dueQuarter';
export const ROADMAP_GROUP_BYS: readonly RoadmapGroupBy[] = ['none', 'parent', 'fixVersion', 'dueQuarter'];

/** What the config view saves with `view.submit({ config })` and the view reads from `extension.config`. */
export interface RoadmapMacroConfig {
  jql: string;
  weight: Weight;
  groupBy: RoadmapGroupBy;
  /** Heading shown above the macro; empty = "Roadmap". */
  title: string;
  /** Show the "not done on time" list. */
  showNotDone: boolean;
  /** SPEC §7 baseline: the quarter start (default), a date, or none (no history). */
  baselineMode: RoadmapBaselineMode;
  /** With `baselineMode: 'date'`. */
  baselineDate: string;
}

export const DEFAULT_ROADMAP_CONFIG: RoadmapMacroConfig = {
  jql: '',
  weight: 'count',
  groupBy: 'none',
  title: '',
  showNotDone: true,
  baselineMode: 'quarter',
  baselineDate: '',
};

/** A roadmap macro shows at most this many items; a query matching more is refused with a clear message. */
export const ROADMAP_MAX_ITEMS = 1000;
/** Units of all items listed inline in the report when the roadmap has at most this many; else `roadmap-explain` pages them. */
export const ROADMAP_INLINE_UNITS_MAX = 1500;
/** Largest page `roadmap-explain` serves. */
export const ROADMAP_EXPLAIN_PAGE_MAX = 500;

/** The 28-day throughput forecast (SPEC §2, not exact contract), as the domain computes it. The sentence saying how is `RoadmapView.forecastMethod`, once, not per item. */
export type RoadmapForecastState = ForecastState;
export type ForecastView = Omit<Forecast, 'method'>;

/** One unit behind a number ("explain this number"). */
export type UnitView = UnitDetail;

/** SPEC §5 roadmap item fields plus what the macro shows: the domain's item, trimmed for the wire. */
export type RoadmapItemView = Omit<RoadmapItem, 'forecast' | 'unitKeys'> & {
  forecast: ForecastView;
  /** The units behind the item when the roadmap is small (≤ ROADMAP_INLINE_UNITS_MAX); else absent: ask `roadmap-explain`. */
  unitKeys?: UnitView[];
  /** True when reading stopped before all of this item's descendants were read (see `RoadmapView.partial`). */
  incomplete?: boolean;
};

export type RoadmapTotalsView = Omit<RoadmapTotals, 'forecast'> & { forecast: ForecastView };

/** The SPEC §5 roadmap JSON (names exact) plus extras. */
export type RoadmapReportView = Omit<RoadmapReport, 'totals' | 'items'> & { totals: RoadmapTotalsView; items: RoadmapItemView[] };

export interface RoadmapGroupView {
  id: string;
  label: string;
  /** Keys of the group's items, in JQL order (the items themselves are in `report.items`). */
  itemKeys: IssueKey[];
  itemsDone: number;
  work: WorkSums;
  percentDone: Percent;
  unestimated: number;
}

export interface BurnupPointView {
  date: IsoDate;
  scope: number;
  done: number;
}

export interface BurnupView {
  from: IsoDate;
  to: IsoDate;
  points: BurnupPointView[];
  doneWithoutResolutionDate: number;
  method: string;
}

/** Why the numbers cover less than the query: reading stopped to answer within the time Forge allows. */
export interface RoadmapPartial {
  /** A plain sentence for the header. */
  reason: string;
  kind: 'time' | 'requests';
  /** Items whose descendants were not all read. */
  incompleteItems: IssueKey[];
  /** False when even the item list itself was not read to the end. */
  allItemsRead: boolean;
}

/** How the report was read (for the bench, the CLI's verbose output and tests). */
export interface RoadmapReadStats {
  requests: number;
  issuesRead: number;
  /** Hierarchy levels read below the items. */
  levels: number;
  elapsedMs: number;
}

export interface RoadmapReportPayload {
  jql: string;
  weight?: Weight;
  asOf?: IsoDate;
  groupBy?: RoadmapGroupBy;
}

export interface RoadmapView {
  report: RoadmapReportView;
  groupBy: RoadmapGroupBy;
  groups: RoadmapGroupView[];
  burnup: BurnupView;
  /** Version id → name, for the fix-version column and grouping labels. */
  versionNames: Record<string, string>;
  /** True when `unitKeys` are inline on every item. */
  unitsInline: boolean;
  partial: RoadmapPartial | null;
  stats: RoadmapReadStats;
  /** Base URL for links to Jira issues (`…/browse/KEY`). */
  siteUrl: string;
}

export interface RoadmapExplainPayload {
  jql: string;
  weight?: Weight;
  asOf?: IsoDate;
  /** The item to explain; absent = every distinct unit of the report. */
  itemKey?: IssueKey;
  /**
   * With `itemKey`: the report's weight for unestimated units (`totals.imputedWeight`), so the
   * drill-down shows the report's weights while reading only the item's own subtree. Absent: the
   * mean over the item's own estimated units.
   */
  imputedWeight?: number;
  offset?: number;
  limit?: number;
}

export interface RoadmapExplainView {
  itemKey: IssueKey | null;
  weight: Weight;
  imputedWeight: number | null;
  /** Distinct units in all (of the item, or of the report). */
  total: number;
  offset: number;
  units: UnitView[];
  /** Offset of the next page, or null on the last one. */
  nextOffset: number | null;
  partial: RoadmapPartial | null;
}

export interface RoadmapCheckJqlPayload {
  jql: string;
}

export interface RoadmapCheckJqlResult {
  /** Issues the query matches as the checking user (counted up to `ROADMAP_MAX_ITEMS + 1`). */
  count: number;
  /** True when the count reached the cap (`count` is then a lower bound). */
  capped: boolean;
  /** Up to 5 keys of the first matches, to show what the query finds. */
  sample: IssueKey[];
}
