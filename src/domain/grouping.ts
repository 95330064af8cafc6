/**
 * Grouping roadmap items for the Confluence macro. Group totals keep SPEC §2's rule: each unit
 * counted once, even when two items in the group reach it.
 */
import { quarterOf } from './dates';
import { percent } from './rounding';
import { WorkTally } from './units';
import type { RoadmapItem } from './roadmap';
import type { IssueKey, Percent, WorkSums } from './types';

export type GroupBy = 'none' | 'parent' | 'fixVersion' | 'dueQuarter';
/** The macro's grouping choices. */
export const GROUP_BYS: readonly GroupBy[] = ['none', 'parent', 'fixVersion', 'dueQuarter'];

export interface RoadmapGroup {
  /** Stable id: `all`, a parent key, a version id, a quarter (`2026-Q4`), or `none` for the leftover group. */
  id: string;
  label: string;
  items: RoadmapItem[];
  itemsDone: number;
  /** Distinct units of the group's items. */
  work: WorkSums;
  percentDone: Percent;
  unestimated: number;
}

export interface GroupingLookups {
  /** Version id → name, for `fixVersion` labels (falls back to the id). */
  versionNames?: Readonly<Record<string, string>>;
  /** Issue key → summary, for `parent` labels (`PO-1 Payments`); items themselves are looked up too. */
  parentSummaries?: Readonly<Record<IssueKey, string>>;
  /** The report's `unitsDisjoint` (no item beneath another): group totals then skip the dedupe. */
  unitsDisjoint?: boolean;
}

const LEFTOVER_LABEL: Record<GroupBy, string> = {
  none: 'All items',
  parent: 'No parent',
  fixVersion: 'No fix version',
  dueQuarter: 'No due date',
};

function groupTotals(id: string, label: string, items: RoadmapItem[], disjoint: boolean): RoadmapGroup {
  const tally = new WorkTally();
  // one item's units are distinct; items share units only when one lies beneath another
  const seen = disjoint || items.length === 1 ? null : new Set<IssueKey>();
  let unestimated = 0;
  for (const item of items) {
    for (const u of item.unitKeys) {
      if (seen) {
        if (seen.has(u.key)) continue;
        seen.add(u.key);
      }
      if (u.imputed) unestimated += 1;
      tally.add(u.statusCategory, u.weight, u.imputed);
    }
  }
  const work = tally.sums();
  return {
    id,
    label,
    items,
    itemsDone: items.filter((i) => i.statusCategory === 'done').length,
    work,
    percentDone: percent(work.done, work.total),
    unestimated,
  };
}

/**
 * Groups roadmap items (kept in JQL order inside each group) by `none` (one group), `parent` (the
 * item's parent key), `fixVersion` (the item's FIRST fix version id, named through
 * `lookups.versionNames`) or `dueQuarter` (`2026-Q4` of the due date). Groups appear in order of
 * first appearance (quarters chronologically); items without a parent/version/due date go in a
 * last group with id `none`.
 */
export function groupRoadmapItems(items: readonly RoadmapItem[], by: GroupBy, lookups: GroupingLookups = {}): RoadmapGroup[] {
  const disjoint = lookups.unitsDisjoint === true;
  if (by === 'none') return [groupTotals('all', LEFTOVER_LABEL.none, [...items], disjoint)];
  const summaries = new Map<string, string>(Object.entries(lookups.parentSummaries ?? {}));
  for (const item of items) if (!summaries.has(item.key)) summaries.set(item.key, item.summary);

  const groups = new Map<string, { label: string; items: RoadmapItem[] }>();
  const leftover: RoadmapItem[] = [];
  for (const item of items) {
    let id: string | null = null;
    let label = '';
    if (by === 'parent' && item.parentKey) {
      id = item.parentKey;
      const s = summaries.get(id);
      label = s ? `${id} ${s}` : id;
    } else if (by === 'fixVersion' && item.fixVersionIds.length > 0) {
      id = item.fixVersionIds[0]!;
      label = lookups.versionNames?.[id] ?? id;
    } else if (by === 'dueQuarter' && item.dueDate) {
      id = quarterOf(item.dueDate);
      label = id;
    }
    if (id === null) {
      leftover.push(item);
      continue;
    }
    const g = groups.get(id);
    if (g) g.items.push(item);
    else groups.set(id, { label, items: [item] });
  }
  let entries = [...groups.entries()];
  if (by === 'dueQuarter') entries = entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out = entries.map(([id, g]) => groupTotals(id, g.label, g.items, disjoint));
  if (leftover.length > 0) out.push(groupTotals('none', LEFTOVER_LABEL[by], leftover, disjoint));
  return out;
}
