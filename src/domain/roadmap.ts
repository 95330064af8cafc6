/**
 * Roadmap completion (SPEC §2): units, weights, per-item and total roll-ups, "not done on time",
 * and a forecast. Pure: issues and as-of in, the SPEC §5 roadmap JSON (plus extra fields) out.
 */
import { assertIsoDate } from './dates';
import { DomainInputError } from './errors';
import { forecastUnits, type Forecast } from './forecast';
import { percent } from './rounding';
import { buildIssueIndex, makeWeigher, sumUnits, unitsOf, WorkTally, type IssueIndex, type Weigher } from './units';
import { WEIGHTS, type Issue, type IsoDate, type IssueKey, type Percent, type StatusCategory, type Weight, type WorkSums } from './types';
import { quote } from './input';

export interface RoadmapInput {
  jql: string;
  weight: Weight;
  asOf: IsoDate;
  /** The roadmap items, in the order the JQL returned them (duplicates by key are kept once). */
  items: Issue[];
  /** Every issue beneath any item, at any level, with `parentKey` set. */
  descendants: Issue[];
}

/** One unit behind a number, for the "explain this number" drill-down. */
export interface UnitDetail {
  key: IssueKey;
  summary: string;
  issueType: string;
  statusCategory: StatusCategory;
  /** The weight used in the sums (1 with `count`). */
  weight: number;
  /** The unit's own estimate (points or seconds), null when it had none; 1 with `count`. */
  estimate: number | null;
  /** True when `weight` is the report's mean estimate because the unit had none. */
  imputed: boolean;
  resolutionDate: IsoDate | null;
}

export interface RoadmapItem {
  // SPEC §5 fields
  key: IssueKey;
  summary: string;
  statusCategory: StatusCategory;
  dueDate: IsoDate | null;
  work: WorkSums;
  percentDone: Percent;
  unestimated: number;
  // extras
  issueType: string;
  hierarchyLevel: number;
  statusName: string;
  parentKey: IssueKey | null;
  fixVersionIds: string[];
  /** Number of units behind the item. */
  units: number;
  /** True when the item has no level-0 descendant and is its own single unit. */
  ownUnit: boolean;
  unitKeys: UnitDetail[];
  /** True when the item is not done and its due date is before the as-of date. */
  overdue: boolean;
  forecast: Forecast;
}

export interface RoadmapTotals {
  // SPEC §5 fields
  items: number;
  itemsDone: number;
  work: WorkSums;
  percentDone: Percent;
  unestimated: number;
  // extras
  /** Distinct units across the report. */
  units: number;
  /** Weight given to each unestimated unit (mean of estimated units, or 1); null with `count`. */
  imputedWeight: number | null;
  /** Forecast over all distinct units against the latest item due date. */
  forecast: Forecast;
}

export interface RoadmapReport {
  asOf: IsoDate;
  weight: Weight;
  jql: string;
  totals: RoadmapTotals;
  items: RoadmapItem[];
  notDoneOnTime: IssueKey[];
}

/**
 * SPEC §2: "The report counts `unestimated` units so nobody is misled". The warning beside the
 * numbers: weighting by points or time, more than half of the distinct units had no estimate and
 * weigh the imputed mean (exactly half does not warn; never with `count`).
 */
export function mostlyUnestimated(totals: Pick<RoadmapTotals, 'units' | 'unestimated'>, weight: Weight): boolean {
  return weight !== 'count' && totals.units > 0 && totals.unestimated * 2 > totals.units;
}

/** Duplicate items "should appear once": the first occurrence of each key wins, JQL order kept. */
export function dedupeByKey<T extends { key: string }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(x.key) ? false : (seen.add(x.key), true)));
}

/** What every roll-up needs: the index, each item's units, and the report-wide weigher. */
export interface ResolvedReport {
  items: Issue[];
  index: IssueIndex;
  unitsByItem: Map<IssueKey, { units: Issue[]; ownUnit: boolean }>;
  /** Distinct units across all items, first-seen order. */
  allUnits: Issue[];
  weigher: Weigher;
  /** True when no item lies beneath another item, so no two items share a unit (sums need no dedupe). */
  unitsDisjoint: boolean;
}

/**
 * True when no item has another item among its ancestors. Every issue in the index has one parent,
 * so a unit's ancestors are one chain: two items reach the same unit only when one lies beneath the
 * other (a cycle included).
 */
function itemsDisjoint(items: readonly Issue[], index: IssueIndex): boolean {
  const itemKeys = new Set(items.map((i) => i.key));
  for (const item of items) {
    const seen = new Set<IssueKey>([item.key]);
    for (let key = index.byKey.get(item.key)?.parentKey ?? null; key !== null && !seen.has(key); key = index.byKey.get(key)?.parentKey ?? null) {
      if (itemKeys.has(key)) return false;
      seen.add(key);
    }
  }
  return true;
}

/**
 * SPEC §2 units and weights for a whole report: each item's units, the report's distinct units, and
 * the imputation mean over "the report's distinct estimated units".
 */
export function resolveReport(items: readonly Issue[], descendants: readonly Issue[], weight: Weight): ResolvedReport {
  if (!WEIGHTS.includes(weight)) throw new DomainInputError(`Weight must be one of ${WEIGHTS.join(', ')} (got ${quote(weight)}).`);
  const distinctItems = dedupeByKey(items);
  const index = buildIssueIndex([...distinctItems, ...descendants]);
  const unitsByItem = new Map<IssueKey, { units: Issue[]; ownUnit: boolean }>();
  for (const item of distinctItems) unitsByItem.set(item.key, unitsOf(item, index));
  const unitsDisjoint = itemsDisjoint(distinctItems, index);
  // Disjoint items (the usual roadmap) concatenate; otherwise the first item to reach a unit keeps it.
  let units: Issue[];
  if (unitsDisjoint) {
    units = [];
    for (const r of unitsByItem.values()) for (const u of r.units) units.push(u);
  } else {
    const byKey = new Map<IssueKey, Issue>();
    for (const r of unitsByItem.values()) for (const u of r.units) if (!byKey.has(u.key)) byKey.set(u.key, u);
    units = [...byKey.values()];
  }
  return { items: distinctItems, index, unitsByItem, allUnits: units, weigher: makeWeigher(units, weight), unitsDisjoint };
}

function unitDetail(unit: Issue, weigher: Weigher): UnitDetail {
  const w = weigher.weigh(unit);
  return {
    key: unit.key,
    summary: unit.summary,
    issueType: unit.issueType,
    statusCategory: unit.statusCategory,
    weight: w.weight,
    estimate: w.estimate,
    imputed: w.imputed,
    resolutionDate: unit.resolutionDate,
  };
}

/**
 * SPEC §2 "Per item: `work.total`, `work.done`, `work.inProgress`, `work.todo` … `percentDone`" for one
 * item with its units and the report's weigher (used for roadmap items and panel children).
 * `units` are distinct by key, as `unitsOf` gives them; each is weighed once.
 */
export function rollUpItem(item: Issue, units: Issue[], ownUnit: boolean, weigher: Weigher, asOf: IsoDate): RoadmapItem {
  const tally = new WorkTally();
  let unestimated = 0;
  const unitKeys = units.map((u) => {
    const d = unitDetail(u, weigher);
    if (d.imputed) unestimated += 1;
    tally.add(d.statusCategory, d.weight, d.imputed);
    return d;
  });
  const sums = { work: tally.sums(), unestimated, count: units.length };
  return {
    key: item.key,
    summary: item.summary,
    statusCategory: item.statusCategory,
    dueDate: item.dueDate,
    work: sums.work,
    percentDone: percent(sums.work.done, sums.work.total),
    unestimated: sums.unestimated,
    issueType: item.issueType,
    hierarchyLevel: item.hierarchyLevel,
    statusName: item.statusName,
    parentKey: item.parentKey,
    fixVersionIds: [...item.fixVersionIds],
    units: sums.count,
    ownUnit,
    unitKeys,
    overdue: isOverdue(item, asOf),
    forecast: forecastUnits(units, item.dueDate, asOf),
  };
}

/** SPEC §2 "Not done on time": own status category not done and `duedate` before the as-of date. */
export function isOverdue(item: Pick<Issue, 'statusCategory' | 'dueDate'>, asOf: IsoDate): boolean {
  return item.statusCategory !== 'done' && item.dueDate !== null && item.dueDate < asOf;
}

/**
 * SPEC §2 "Not done on time: items whose own status category is not done and whose `duedate` is
 * before the as-of date, oldest due date first, ties in JQL order."
 */
export function notDoneOnTime(items: readonly Issue[], asOf: IsoDate): IssueKey[] {
  // Array.prototype.sort is stable, so ties keep JQL order
  return dedupeByKey(items)
    .filter((i) => isOverdue(i, asOf))
    .sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : 0))
    .map((i) => i.key);
}

/**
 * SPEC §2 roadmap completion → SPEC §5 roadmap JSON: per item and total work by status category,
 * `percentDone`, `unestimated`; "Totals: each unit counted once, even when two items in the report
 * reach it"; `itemsDone` = items whose own status category is done; `notDoneOnTime`. Extras:
 * per item `units`, `unitKeys`, `forecast`, `issueType`, `hierarchyLevel`, `statusName`, …
 */
/** `given`: the report already resolved (`resolveReport`), when the caller has it (the view shares it with the burn-up). */
export function computeRoadmap(input: RoadmapInput, given?: ResolvedReport): RoadmapReport {
  const asOf = assertIsoDate(input.asOf, 'as-of date');
  const resolved = given ?? resolveReport(input.items, input.descendants, input.weight);
  const { weigher } = resolved;

  const items = resolved.items.map((item) => {
    const r = resolved.unitsByItem.get(item.key)!;
    return rollUpItem(item, r.units, r.ownUnit, weigher, asOf);
  });

  const totalSums = sumUnits(resolved.allUnits, weigher);
  const dueDates = resolved.items.map((i) => i.dueDate).filter((d): d is IsoDate => d !== null);
  const latestDue = dueDates.length > 0 ? dueDates.reduce((a, b) => (b > a ? b : a)) : null;

  return {
    asOf,
    weight: input.weight,
    jql: input.jql,
    totals: {
      items: items.length,
      itemsDone: resolved.items.filter((i) => i.statusCategory === 'done').length,
      work: totalSums.work,
      percentDone: percent(totalSums.work.done, totalSums.work.total),
      unestimated: totalSums.unestimated,
      units: totalSums.count,
      imputedWeight: weigher.imputedWeight,
      forecast: forecastUnits(resolved.allUnits, latestDue, asOf),
    },
    items,
    notDoneOnTime: notDoneOnTime(resolved.items, asOf),
  };
}
