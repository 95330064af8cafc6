/**
 * The Jira issue panel's numbers: an issue is a one-item roadmap (SPEC §2), plus each direct child's
 * own roll-up.
 */
import { assertIsoDate } from './dates';
import type { Forecast } from './forecast';
import { resolveReport, rollUpItem, type RoadmapItem, type UnitDetail } from './roadmap';
import { unitsOf } from './units';
import type { Issue, IsoDate, IssueKey, Percent, Weight, WorkSums } from './types';

/** What the panel shows of an issue beside its numbers. */
export type IssueSummary = Pick<Issue, 'key' | 'summary' | 'issueType' | 'hierarchyLevel' | 'statusName' | 'statusCategory'>;

export interface ChildProgress extends IssueSummary {
  /** Units beneath this child (itself when it has none), summed by status category. */
  work: WorkSums;
  percentDone: Percent;
  // extras
  units: number;
  unestimated: number;
  /** True when the child has no level-0 descendant and is shown as its own unit. */
  ownUnit: boolean;
  /**
   * False when the child's numbers are not part of the issue's: a child above level 0 with no
   * level-0 descendant (an empty epic) or a sub-task (SPEC §2: neither is a unit of another item).
   */
  countsTowardParent: boolean;
  dueDate: IsoDate | null;
}

/** Structurally the contract's `IssueProgress` without `siteUrl` and `parentChain` (the service adds them), plus extras. */
export interface IssueProgressResult {
  asOf: IsoDate;
  weight: Weight;
  issue: IssueSummary;
  work: WorkSums;
  percentDone: Percent;
  units: number;
  unestimated: number;
  /** True when the issue has at least one level-0 descendant (false: it is its own single unit). */
  hasChildren: boolean;
  children: ChildProgress[];
  // extras
  unitKeys: UnitDetail[];
  forecast: Forecast;
  imputedWeight: number | null;
  dueDate: IsoDate | null;
  overdue: boolean;
}

function summaryOf(i: Issue): IssueSummary {
  const { key, summary, issueType, hierarchyLevel, statusName, statusCategory } = i;
  return { key, summary, issueType, hierarchyLevel, statusName, statusCategory };
}

/** An issue's SPEC §2 numbers as its own one-item roadmap shows them. */
function numbersOf(item: RoadmapItem): Pick<RoadmapItem, 'work' | 'percentDone' | 'units' | 'unestimated'> {
  const { work, percentDone, units, unestimated } = item;
  return { work, percentDone, units, unestimated };
}

/**
 * SPEC §2 for one issue: its units are its level-0 descendants at all depths (itself when it has
 * none), weighted with the report's imputation. Each direct child (in the order given) gets its own
 * roll-up with the same weights, so the panel's rows use the same numbers as the total.
 */
export function computeIssueProgress(issue: Issue, descendants: Issue[], weight: Weight, asOf: IsoDate): IssueProgressResult {
  assertIsoDate(asOf, 'as-of date');
  const report = resolveReport([issue], descendants, weight);
  const own = report.unitsByItem.get(issue.key)!;
  const item = rollUpItem(issue, own.units, own.ownUnit, report.weigher, asOf);
  const parentUnits = new Set(own.ownUnit ? [] : own.units.map((u) => u.key));

  const children: ChildProgress[] = (report.index.childrenOf.get(issue.key) ?? [])
    .filter((c) => c.key !== issue.key)
    .map((child) => {
      const r = unitsOf(child, report.index);
      const c = rollUpItem(child, r.units, r.ownUnit, report.weigher, asOf);
      return {
        ...summaryOf(child),
        ...numbersOf(c),
        ownUnit: r.ownUnit,
        countsTowardParent: r.units.some((u) => parentUnits.has(u.key)),
        dueDate: child.dueDate,
      };
    });

  return {
    asOf,
    weight,
    issue: summaryOf(issue),
    ...numbersOf(item),
    hasChildren: !own.ownUnit,
    children,
    unitKeys: item.unitKeys,
    forecast: item.forecast,
    imputedWeight: report.weigher.imputedWeight,
    dueDate: issue.dueDate,
    overdue: item.overdue,
  };
}

/**
 * One ancestor of the issue in view (its parent, grandparent …) with its own roll-up: the numbers
 * the panel shows when opened on that ancestor (SPEC §2 for a one-item roadmap of the ancestor).
 */
export interface AncestorProgress extends IssueSummary {
  work: WorkSums;
  percentDone: Percent;
  units: number;
  unestimated: number;
  /** The ancestor's own mean estimate for unestimated units (null with `count`). */
  imputedWeight: number | null;
  /** True when the ancestor has no level-0 descendant and counts as its own unit. */
  ownUnit: boolean;
  dueDate: IsoDate | null;
  overdue: boolean;
  forecast: Forecast;
  /**
   * True when the issue in view is part of these numbers: it is one of the ancestor's units, or
   * sits beneath one (a sub-task is part of its work item). False e.g. for an empty epic under an
   * initiative (SPEC §2: a descendant above level 0 is never a unit).
   */
  includesIssue: boolean;
}

/**
 * The parent chain of an issue, nearest ancestor first, each rolled up on its own (SPEC §2 units,
 * weights imputed over that ancestor's own units, as on its own panel). `descendants` must hold
 * everything beneath the topmost ancestor (extra issues are ignored).
 */
export function computeParentChain(
  issue: Issue,
  ancestors: readonly Issue[],
  descendants: readonly Issue[],
  weight: Weight,
  asOf: IsoDate,
): AncestorProgress[] {
  assertIsoDate(asOf, 'as-of date');
  // The issue and its ancestors up to this one: when one of them is a unit, the issue counts (itself or beneath it).
  const chain = new Set<IssueKey>([issue.key]);
  return ancestors.map((ancestor) => {
    chain.add(ancestor.key);
    const report = resolveReport([ancestor], [issue, ...ancestors, ...descendants], weight);
    const own = report.unitsByItem.get(ancestor.key)!;
    const item = rollUpItem(ancestor, own.units, own.ownUnit, report.weigher, asOf);
    const includesIssue = own.units.some((u) => chain.has(u.key));
    return {
      ...summaryOf(ancestor),
      ...numbersOf(item),
      imputedWeight: report.weigher.imputedWeight,
      ownUnit: own.ownUnit,
      dueDate: ancestor.dueDate,
      overdue: item.overdue,
      forecast: item.forecast,
      includesIssue,
    };
  });
}
