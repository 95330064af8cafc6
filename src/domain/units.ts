/**
 * Work units and their weights (SPEC §2), shared by the roadmap, the burn-up and the issue panel.
 */
import type { Issue, IssueKey, StatusCategory, Weight, WorkSums } from './types';

/** An index of issues by key and of children by parent key (first occurrence of a key wins, so each issue is in one list). */
export interface IssueIndex {
  byKey: ReadonlyMap<IssueKey, Issue>;
  childrenOf: ReadonlyMap<IssueKey, readonly Issue[]>;
}

/** SPEC §1: "Children are found through the `parent` field". Builds the parent → children index. */
export function buildIssueIndex(issues: Iterable<Issue>): IssueIndex {
  const byKey = new Map<IssueKey, Issue>();
  const childrenOf = new Map<IssueKey, Issue[]>();
  for (const issue of issues) {
    if (byKey.has(issue.key)) continue;
    byKey.set(issue.key, issue);
    if (issue.parentKey !== null && issue.parentKey !== issue.key) {
      const list = childrenOf.get(issue.parentKey);
      if (list) list.push(issue);
      else childrenOf.set(issue.parentKey, [issue]);
    }
  }
  return { byKey, childrenOf };
}

/**
 * Every issue beneath `root` at any depth through `parent`, in breadth-first order; safe on cycles.
 * The index gives each issue one parent, so an issue is reached at most once, by its parent; only a
 * cycle leads back, and it leads back to `root`, where the walk stops.
 */
export function descendantsOf(root: IssueKey, index: IssueIndex): Issue[] {
  const out: Issue[] = [];
  for (let i = -1; i < out.length; i++) {
    for (const child of index.childrenOf.get(i < 0 ? root : out[i]!.key) ?? []) {
      if (child.key !== root) out.push(child);
    }
  }
  return out;
}

/**
 * SPEC §2: "Work units of an item: its descendants at hierarchy level 0 (all depths through
 * `parent`). Sub-tasks are never units of another item, and neither is a descendant above level 0
 * … Only a roadmap item itself with no level-0 descendant becomes its own single unit, whatever its
 * level." Returns the units and whether the item is its own unit.
 */
export function unitsOf(item: Issue, index: IssueIndex): { units: Issue[]; ownUnit: boolean } {
  const units = descendantsOf(item.key, index).filter((d) => d.hierarchyLevel === 0);
  return units.length > 0 ? { units, ownUnit: false } : { units: [item], ownUnit: true };
}

/**
 * SPEC §2: "Weight of a unit: 1 (`count`); story points (`points`); original estimate in seconds
 * (`time`)". The raw estimate, or null when missing (0 is an estimate).
 */
export function estimateOf(issue: Issue, weight: Weight): number | null {
  if (weight === 'count') return 1;
  const v = weight === 'points' ? issue.points : issue.originalEstimateSeconds;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export interface UnitWeight {
  /** The weight used in the sums. */
  weight: number;
  /** The unit's own estimate, or null when it had none. */
  estimate: number | null;
  /** True when the weight is the report's mean estimate (or 1) because the unit had no estimate. */
  imputed: boolean;
}

/** Weighs units with one report's imputation rule. */
export interface Weigher {
  readonly weight: Weight;
  /** The weight given to an unestimated unit: the mean of the report's estimated units, or 1; null with `count`. */
  readonly imputedWeight: number | null;
  weigh(unit: Issue): UnitWeight;
}

/**
 * SPEC §2: "In `points` and `time`, a unit with no estimate (missing or null; 0 is an estimate)
 * weighs the mean estimate of the report's distinct estimated units (zeros included; items that are
 * their own unit take part like any unit); if none is estimated, 1."
 * `reportUnits` are the report's distinct units (resolveReport's `allUnits`: each key once).
 */
export function makeWeigher(reportUnits: Iterable<Issue>, weight: Weight): Weigher {
  if (weight === 'count') {
    const one: UnitWeight = Object.freeze({ weight: 1, estimate: 1, imputed: false });
    return { weight, imputedWeight: null, weigh: () => one };
  }
  let sum = 0;
  let n = 0;
  for (const unit of reportUnits) {
    const e = estimateOf(unit, weight);
    if (e !== null) {
      sum += e;
      n += 1;
    }
  }
  const imputedWeight = n > 0 ? sum / n : 1;
  const unestimated: UnitWeight = Object.freeze({ weight: imputedWeight, estimate: null, imputed: true });
  return {
    weight,
    imputedWeight,
    weigh(unit) {
      const estimate = estimateOf(unit, weight);
      return estimate === null ? unestimated : { weight: estimate, estimate, imputed: false };
    },
  };
}

/** SPEC §2 `work` with nothing in it: `{ total: 0, done: 0, inProgress: 0, todo: 0 }`. */
export function emptyWork(): WorkSums {
  return { total: 0, done: 0, inProgress: 0, todo: 0 };
}

/** Adds `amount` to the sums under the unit's status category (SPEC §2 `work`). */
export function addWork(work: WorkSums, category: StatusCategory, amount: number): void {
  work.total += amount;
  if (category === 'done') work.done += amount;
  else if (category === 'inprogress') work.inProgress += amount;
  else work.todo += amount;
}

/**
 * SPEC §2 `work` sums that do not depend on the order the units come in (Jira's paging, a parallel
 * or incremental read): estimates are added as they come (exact for whole and half points and
 * for seconds), and the imputed weight is added once per category as count × weight.
 */
export class WorkTally {
  private readonly estimated = emptyWork();
  private readonly imputed = emptyWork();
  private imputedWeight = 0;

  add(category: StatusCategory, weight: number, imputed: boolean): void {
    if (imputed) {
      this.imputedWeight = weight;
      addWork(this.imputed, category, 1);
    } else addWork(this.estimated, category, weight);
  }

  /** Adds another tally's units to this one. */
  merge(other: WorkTally): void {
    for (const k of ['total', 'done', 'inProgress', 'todo'] as const) {
      this.estimated[k] += other.estimated[k];
      this.imputed[k] += other.imputed[k];
    }
    if (other.imputed.total > 0) this.imputedWeight = other.imputedWeight;
  }

  sums(): WorkSums {
    const w = this.imputedWeight;
    const e = this.estimated;
    const i = this.imputed;
    return { total: e.total + i.total * w, done: e.done + i.done * w, inProgress: e.inProgress + i.inProgress * w, todo: e.todo + i.todo * w };
  }
}

/**
 * SPEC §2: "`work.total`, `work.done`, `work.inProgress`, `work.todo` (sums of weights by the unit's
 * status category)". `units` are distinct by key (each is added once); returns the sums and how many were unestimated.
 */
export function sumUnits(units: Iterable<Issue>, weigher: Weigher): { work: WorkSums; unestimated: number; count: number } {
  const tally = new WorkTally();
  let unestimated = 0;
  let count = 0;
  for (const unit of units) {
    count += 1;
    const w = weigher.weigh(unit);
    if (w.imputed) unestimated += 1;
    tally.add(unit.statusCategory, w.weight, w.imputed);
  }
  return { work: tally.sums(), unestimated, count };
}
