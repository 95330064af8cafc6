/**
 * Reads a roadmap for SPEC §2: the items a JQL returns, then their descendants with the one tree
 * reader (src/jira/tree.ts), asking only for the fields the report needs. Reads as whoever the
 * ports belong to (the viewer, in Forge).
 *
 * Cost: the items' pages, then per hierarchy level at most ⌈issues on the level ÷ 100⌉ search
 * pages plus a constant (see the tree reader). Level-0 issues are never asked for children: their
 * children are sub-tasks, which are never units (SPEC §2).
 *
 * Time budget: Forge stops a resolver after 25 s. With `budget.deadlineAt` the reader starts no
 * page it expects to finish after the deadline and returns what it has with `partial` set, naming
 * the items whose descendants were not all read.
 */
import type { Issue, IssueKey, Weight } from '../domain/types';
import { createReadMeter, type IssueField, type JiraPorts, type ReadBudget, type StopKind } from '../jira';

export type { ReadBudget } from '../jira';

export interface RoadmapReadOptions {
  jql: string;
  weight: Weight;
  budget?: ReadBudget;
  /** Parallel `parent in (…)` streams per level (default 10). 1 = strictly sequential, fewest requests. */
  concurrency?: number;
  /** Parent keys per `parent in (…)` query (default 500). */
  keysPerQuery?: number;
  /** Refuse (BAD_INPUT) a query returning more items than this. */
  maxItems?: number;
  /** Levels to descend at most (default 10): a guard against cycles in corrupted data. */
  maxDepth?: number;
  /** Fields read for each descendant beyond a unit's (the issue panel's child rows show due dates). */
  descendantFields?: readonly IssueField[];
}

export interface RoadmapReadPartial {
  kind: StopKind;
  incompleteItems: IssueKey[];
  allItemsRead: boolean;
}

export interface RoadmapReadStats {
  /** Requests sent (search pages, plus the field list when weighting by points). */
  requests: number;
  /** Search pages on the critical path: what the total time is made of at a given latency. */
  rounds: number;
  issuesRead: number;
  /** Hierarchy levels read below the items. */
  levels: number;
  elapsedMs: number;
}

export interface RoadmapRead {
  /** The roadmap items, JQL order, each once. */
  items: Issue[];
  /** Every issue beneath any item (no sub-tasks, no items), parents before children. */
  descendants: Issue[];
  /** Fix version id → name, from the items' `fixVersions`. */
  versionNames: Record<string, string>;
  /** Parent key → summary, from the items' `parent` field (for "group by parent" labels). */
  parentSummaries: Record<IssueKey, string>;
  partial: RoadmapReadPartial | null;
  stats: RoadmapReadStats;
}

export const DEFAULT_CONCURRENCY = 10;
export { DEFAULT_KEYS_PER_QUERY, GROUPS_PER_STREAM } from '../jira';

/** The fields a unit needs (SPEC §2): category, level, parent, dates for burn-up and forecast. */
export const UNIT_FIELDS: readonly IssueField[] = ['summary', 'statusName', 'statusCategory', 'issueType', 'hierarchyLevel', 'parentKey', 'created', 'resolutionDate'];
/** Items also show a due date and group by fix version. */
export const ITEM_FIELDS: readonly IssueField[] = [...UNIT_FIELDS, 'dueDate', 'fixVersionIds'];

/** The estimate field for the weighting: story points, original estimate, or none. */
export function weightFields(weight: Weight): IssueField[] {
  return weight === 'points' ? ['points'] : weight === 'time' ? ['originalEstimateSeconds'] : [];
}

/** What a read asks of each descendant: a unit's fields, the weighting's estimate, and any extras. */
export function descendantFieldsOf(opts: Pick<RoadmapReadOptions, 'weight' | 'descendantFields'>): IssueField[] {
  return [...new Set([...UNIT_FIELDS, ...weightFields(opts.weight), ...(opts.descendantFields ?? [])])];
}

/** The refusal of a query with more items than a roadmap shows. */
export const tooManyItems = (max: number): string =>
  `This query returns more than ${max.toLocaleString('en-US')} issues; a roadmap shows at most ${max.toLocaleString('en-US')} items. Narrow it to the roadmap's items (for example add "AND issuetype = Epic").`;

export async function readRoadmap(jira: Pick<JiraPorts, 'searchIssues' | 'readTree'>, opts: RoadmapReadOptions): Promise<RoadmapRead> {
  const meter = createReadMeter(opts.budget);
  const weighting = weightFields(opts.weight);
  if (opts.weight === 'points') meter.count(); // the field list (story-point discovery)

  const found = await jira.searchIssues(opts.jql, {
    fields: [...ITEM_FIELDS, ...weighting],
    meter,
    ...(opts.maxItems !== undefined ? { limit: { max: opts.maxItems, message: tooManyItems(opts.maxItems) } } : {}),
  });
  const items = found.issues;
  const tree = await jira.readTree(
    items.filter((i) => i.hierarchyLevel >= 1).map((i) => i.key),
    {
      fields: descendantFieldsOf(opts),
      known: items.map((i) => i.key),
      concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY,
      ...(opts.keysPerQuery !== undefined ? { keysPerQuery: opts.keysPerQuery } : {}),
      ...(opts.maxDepth !== undefined ? { maxDepth: opts.maxDepth } : {}),
      meter,
    },
  );
  const descendants = tree.issues;

  let partial: RoadmapReadPartial | null = null;
  if (meter.stopKind !== null && (tree.unfinished.size > 0 || !found.complete)) {
    partial = { kind: meter.stopKind, incompleteItems: incompleteItems(items, descendants, tree.unfinished), allItemsRead: found.complete };
  }
  return {
    items,
    descendants,
    versionNames: found.versionNames,
    parentSummaries: found.parentSummaries,
    partial,
    stats: {
      requests: meter.requests,
      rounds: meter.rounds,
      issuesRead: items.length + descendants.length,
      levels: tree.levels,
      elapsedMs: meter.clock() - meter.startedAt,
    },
  };
}

/** Items at or above an unfinished parent: their numbers miss the unread children. */
function incompleteItems(items: Issue[], descendants: Issue[], unfinished: ReadonlySet<string>): IssueKey[] {
  const parentOf = new Map<string, string | null>();
  for (const i of [...items, ...descendants]) if (!parentOf.has(i.key)) parentOf.set(i.key, i.parentKey);
  const itemKeys = new Set(items.map((i) => i.key));
  const hit = new Set<string>();
  for (const start of unfinished) {
    const walked = new Set<string>();
    let k: string | null | undefined = start;
    while (k && !walked.has(k)) {
      walked.add(k);
      if (itemKeys.has(k)) hit.add(k);
      k = parentOf.get(k);
    }
  }
  return items.filter((i) => hit.has(i.key)).map((i) => i.key);
}
