/**
 * Use case "roadmap completion for this JQL as this user" (SPEC §2): Jira (read as the client's
 * user) → pure domain (computeRoadmap, computeBurnup, groupRoadmapItems) → the macro's view, the
 * CLI's SPEC §5 JSON, the config view's JQL check and the "explain this number" drill-down.
 */
import type {
  ForecastView,
  RoadmapCheckJqlResult,
  RoadmapExplainView,
  RoadmapGroupBy,
  RoadmapItemView,
  RoadmapPartial,
  RoadmapReportView,
  RoadmapView,
  UnitView,
} from '../contract';
import { ROADMAP_INLINE_UNITS_MAX, ROADMAP_MAX_ITEMS } from '../contract';
import { computeBurnup } from '../domain/burnup';
import type { Forecast } from '../domain/forecast';
import { groupRoadmapItems } from '../domain/grouping';
import { computeRoadmap, resolveReport, type RoadmapItem, type RoadmapReport, type UnitDetail } from '../domain/roadmap';
import type { Issue, IsoDate, IssueKey, Weight } from '../domain/types';
import { BadInputError } from '../errors';
import type { JiraPorts } from '../jira';
import { readRoadmapCached, type CachedRoadmapPorts } from './roadmap-cached';
import { readRoadmap, tooManyItems, type ReadBudget, type RoadmapRead, type RoadmapReadOptions, type RoadmapReadPartial } from './roadmap-reader';
import type { ViewerCache } from './tree-cache';

/** Jira as the viewing user (and, for the macro's links, the site's address): the roadmap use cases' first parameter. */
export interface RoadmapDeps {
  jira: RoadmapPorts;
  siteUrl?: string;
}

export interface RoadmapRequest {
  jql: string;
  weight: Weight;
  asOf: IsoDate;
  groupBy?: RoadmapGroupBy;
  budget?: ReadBudget;
  concurrency?: number;
  /** Refuse a query with more items than this (the macro: ROADMAP_MAX_ITEMS; the CLI: none). */
  maxItems?: number;
  /** Put each item's units inline when the report has at most this many (default ROADMAP_INLINE_UNITS_MAX). */
  inlineUnitsMax?: number;
}

/** What the roadmap reads from Jira. */
export type RoadmapPorts = CachedRoadmapPorts;

/** Where the viewer's cached tree lives, and whether to ignore it (read afresh, then keep the result). */
export interface RoadmapCaching {
  cache?: ViewerCache;
  fresh?: boolean;
}

function readFor(jira: RoadmapPorts, req: RoadmapRequest & RoadmapCaching): Promise<RoadmapRead> {
  return readRoadmapCached(jira, readOptionsOf(req), req.cache, req.fresh ?? false);
}

/** Sentence for the header when reading stopped early. */
export function partialReason(p: RoadmapReadPartial, read: RoadmapRead): string {
  const why =
    p.kind === 'time'
      ? 'Jira was too slow to read this whole roadmap in the time an app is given (25 seconds)'
      : 'reading this whole roadmap would take more Jira requests than an app may make at once';
  const what = p.allItemsRead
    ? `${p.incompleteItems.length} of ${read.items.length} items are missing some of their work items (marked "incomplete")`
    : `only the first ${read.items.length} items were read, and ${p.incompleteItems.length} of them are missing some of their work items`;
  return `Partial result: ${why}, so ${what}. Narrow the query (fewer items) to see complete numbers, or use the shipshape CLI, which has no time limit.`;
}

function forecastView(f: Forecast): ForecastView {
  const { method: _method, ...rest } = f;
  return rest;
}

function unitView(u: UnitDetail): UnitView {
  return {
    key: u.key,
    summary: u.summary,
    issueType: u.issueType,
    statusCategory: u.statusCategory,
    weight: u.weight,
    estimate: u.estimate,
    imputed: u.imputed,
    resolutionDate: u.resolutionDate,
  };
}

function itemView(item: RoadmapItem, inline: boolean, incomplete: ReadonlySet<string>): RoadmapItemView {
  const { unitKeys, forecast, fixVersionIds, ...rest } = item;
  return {
    ...rest,
    fixVersionIds: [...fixVersionIds],
    forecast: forecastView(forecast),
    ...(inline ? { unitKeys: unitKeys.map(unitView) } : {}),
    ...(incomplete.has(item.key) ? { incomplete: true } : {}),
  };
}

/** The SPEC §5 roadmap document (names exact) with the domain's extras, minus the per-unit lists. */
export function reportView(report: RoadmapReport, opts: { inline: boolean; incomplete?: ReadonlySet<string> }): RoadmapReportView {
  const incomplete = opts.incomplete ?? new Set<string>();
  return {
    asOf: report.asOf,
    weight: report.weight,
    jql: report.jql,
    totals: { ...report.totals, forecast: forecastView(report.totals.forecast) },
    items: report.items.map((i) => itemView(i, opts.inline, incomplete)),
    notDoneOnTime: [...report.notDoneOnTime],
  };
}

/** The reader's options for a request: its query, weighting, budget, concurrency and item cap. */
export function readOptionsOf(req: Pick<RoadmapRequest, 'jql' | 'weight' | 'budget' | 'concurrency' | 'maxItems'>): RoadmapReadOptions {
  return {
    jql: req.jql,
    weight: req.weight,
    ...(req.budget ? { budget: req.budget } : {}),
    ...(req.concurrency !== undefined ? { concurrency: req.concurrency } : {}),
    ...(req.maxItems !== undefined ? { maxItems: req.maxItems } : {}),
  };
}

/** Reads the roadmap (items, then descendants level by level) and computes everything the macro shows. */
export async function roadmapView(deps: RoadmapDeps, req: RoadmapRequest & RoadmapCaching): Promise<RoadmapView> {
  return viewFromRead(await readFor(deps.jira, req), req, deps.siteUrl ?? '');
}

/** The pure half of `roadmapView`: linear in the number of units (the burn-up adds 90 days, not 90 passes). */
export function viewFromRead(read: RoadmapRead, req: RoadmapRequest, siteUrl: string): RoadmapView {
  const input = { jql: req.jql, weight: req.weight, asOf: req.asOf, items: read.items, descendants: read.descendants };
  const resolved = resolveReport(input.items, input.descendants, input.weight);
  const report = computeRoadmap(input, resolved);
  const burnup = computeBurnup(input, resolved);
  const groupBy = req.groupBy ?? 'none';
  const groups = groupRoadmapItems(report.items, groupBy, { versionNames: read.versionNames, parentSummaries: read.parentSummaries, unitsDisjoint: resolved.unitsDisjoint });
  const unitRows = report.items.reduce((n, i) => n + i.unitKeys.length, 0);
  const inline = unitRows <= (req.inlineUnitsMax ?? ROADMAP_INLINE_UNITS_MAX);
  const incomplete = new Set(read.partial?.incompleteItems ?? []);
  const partial: RoadmapPartial | null = read.partial ? { ...read.partial, reason: partialReason(read.partial, read) } : null;
  return {
    report: reportView(report, { inline, incomplete }),
    groupBy,
    groups: groups.map((g) => ({
      id: g.id,
      label: g.label,
      itemKeys: g.items.map((i) => i.key),
      itemsDone: g.itemsDone,
      work: g.work,
      percentDone: g.percentDone,
      unestimated: g.unestimated,
    })),
    burnup: { from: burnup.from, to: burnup.to, points: burnup.points, doneWithoutResolutionDate: burnup.doneWithoutResolutionDate, method: burnup.method },
    unitsInline: inline,
    partial,
    stats: { requests: read.stats.requests, issuesRead: read.stats.issuesRead, levels: read.stats.levels, elapsedMs: read.stats.elapsedMs },
    siteUrl,
  };
}

/**
 * The SPEC §5 `roadmap` JSON for the CLI: `{ asOf, weight, jql, totals, items, notDoneOnTime }` with
 * every contract name, plus the domain's extras (not the per-unit lists).
 */
export async function roadmapReport(
  deps: RoadmapDeps,
  req: RoadmapRequest & RoadmapCaching,
): Promise<{ report: RoadmapReportView; read: RoadmapRead; partial: RoadmapPartial | null }> {
  const read = await readFor(deps.jira, req);
  const report = computeRoadmap({ jql: req.jql, weight: req.weight, asOf: req.asOf, items: read.items, descendants: read.descendants });
  const partial = read.partial ? { ...read.partial, reason: partialReason(read.partial, read) } : null;
  return {
    report: reportView(report, { inline: false, incomplete: new Set(read.partial?.incompleteItems ?? []) }),
    read,
    partial,
  };
}

/**
 * The config view's check before saving: Jira runs the query as the user (one id-only search page)
 * and refuses a bad or unbounded JQL with its own message (BAD_INPUT); a query matching more items
 * than a roadmap macro shows is refused too.
 */
export async function checkRoadmapJql(deps: { jira: Pick<JiraPorts, 'listKeys'> }, check: { jql: string; maxItems?: number }): Promise<RoadmapCheckJqlResult> {
  const { jql, maxItems = ROADMAP_MAX_ITEMS } = check;
  const { keys, more } = await deps.jira.listKeys(jql, maxItems);
  if (more) {
    throw new BadInputError(tooManyItems(maxItems));
  }
  return { count: keys.length, capped: false, sample: keys.slice(0, 5) };
}

export interface ExplainRequest {
  jql: string;
  weight: Weight;
  asOf: IsoDate;
  itemKey?: IssueKey;
  imputedWeight?: number;
  offset: number;
  limit: number;
  budget?: ReadBudget;
  concurrency?: number;
}

/**
 * "Explain this number": the units behind one item (from the roadmap's read, or that item's own if it is not complete there; weighted
 * with the report's mean for unestimated units when given), or every distinct unit of the report
 * (reading the whole roadmap). Paged, so a 10,000-unit roadmap never makes one huge response.
 */
export async function explainRoadmap(deps: RoadmapDeps, req: ExplainRequest & RoadmapCaching): Promise<RoadmapExplainView> {
  // With the viewer's cache, the roadmap's own read (the macro view made it: a page costs a
  // delta, not a re-read); without one, or for an item it lacks, only the item's subtree.
  const itemOnly = req.itemKey !== undefined && !req.cache;
  const shared = itemOnly ? null : await readFor(deps.jira, req);
  let read: RoadmapRead;
  let items: Issue[];
  if (shared && !(req.itemKey && (!shared.items.some((i) => i.key === req.itemKey) || shared.partial?.incompleteItems.includes(req.itemKey)))) {
    read = shared;
    items = req.itemKey ? shared.items.filter((i) => i.key === req.itemKey) : shared.items;
  } else {
    read = await readRoadmap(deps.jira, { jql: `key = "${req.itemKey}"`, weight: req.weight, ...(req.budget ? { budget: req.budget } : {}), ...(req.concurrency !== undefined ? { concurrency: req.concurrency } : {}) });
    items = read.items;
  }
  if (req.itemKey && items.length === 0) {
    throw new BadInputError(`${req.itemKey} was not found, or you do not have permission to see it in Jira.`);
  }
  const resolved = resolveReport(items, read.descendants, req.weight);
  const units = req.itemKey ? (resolved.unitsByItem.get(items[0]!.key)?.units ?? []) : resolved.allUnits;
  const override = req.itemKey && req.weight !== 'count' && typeof req.imputedWeight === 'number' ? req.imputedWeight : null;
  const imputedWeight = req.weight === 'count' ? null : (override ?? resolved.weigher.imputedWeight);
  const page = units.slice(req.offset, req.offset + req.limit).map((u): UnitView => {
    const w = resolved.weigher.weigh(u);
    return {
      key: u.key,
      summary: u.summary,
      issueType: u.issueType,
      statusCategory: u.statusCategory,
      weight: w.imputed && imputedWeight !== null ? imputedWeight : w.weight,
      estimate: w.estimate,
      imputed: w.imputed,
      resolutionDate: u.resolutionDate,
    };
  });
  const end = req.offset + page.length;
  return {
    itemKey: req.itemKey ?? null,
    weight: req.weight,
    imputedWeight,
    total: units.length,
    offset: req.offset,
    units: page,
    nextOffset: end < units.length ? end : null,
    partial: read.partial ? { ...read.partial, reason: partialReason(read.partial, read) } : null,
  };
}
