/**
 * The Jira issue panel's numbers: an issue is a one-item roadmap (SPEC §2), plus each direct child's
 * own roll-up.
 */
import { assertIsoDate } from './dates';
import type { Forecast } from './forecast';
import { resolveReport, rollUpItem, type UnitDetail } from './roadmap';
import { unitsOf } from './units';
import type { Issue, IsoDate, IssueKey, Percent, StatusCategory, Weight, WorkSums } from './types';

export interface IssueSummary {
  key: IssueKey;
  summary: string;
  issueType: string;
  hierarchyLevel: number;
  statusName: string;
  statusCategory: StatusCategory;
}

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

/** Structurally the contract's `IssueProgress` without `siteUrl` (the service adds it), plus extras. */
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
  return {
    key: i.key,
    summary: i.summary,
    issueType: i.issueType,
    hierarchyLevel: i.hierarchyLevel,
    statusName: i.statusName,
    statusCategory: i.statusCategory,
  };
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
        work: c.work,
        percentDone: c.percentDone,
        units: c.units,
        unestimated: c.unestimated,
        ownUnit: r.ownUnit,
        countsTowardParent: r.units.some((u) => parentUnits.has(u.key)),
        dueDate: child.dueDate,
      };
    });

  return {
    asOf,
    weight,
    issue: summaryOf(issue),
    work: item.work,
    percentDone: item.percentDone,
    units: item.units,
    unestimated: item.unestimated,
    hasChildren: !own.ownUnit,
    children,
    unitKeys: item.unitKeys,
    forecast: item.forecast,
    imputedWeight: report.weigher.imputedWeight,
    dueDate: issue.dueDate,
    overdue: item.overdue,
  };
}
