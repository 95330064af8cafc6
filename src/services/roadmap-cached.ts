/**
 * Incremental roadmap reads per viewer (the cache in tree-cache.ts). The first view reads
 * everything (roadmap-reader.ts); a repeat view reads only what changed since the last one and
 * checks, cheaply, what a delta cannot see:
 *
 * - items: one approximate count of the JQL and one search for items `updated` since the last
 *   read (minus a clock-skew margin); any change, or a different count, re-reads the items (their
 *   order may have changed) and reads the subtree of a new item.
 * - each level of the tree, top-down: one search for children of the level's parents `updated`
 *   since (a change of status, estimate, parent, or a new child: `updated` moves), and one
 *   approximate count of all their children. When the count differs from the cached tree (an
 *   issue moved out, deleted, or no longer visible to the viewer; or one that became visible),
 *   the parents are halved and counted again until the differing ones are found (a few points
 *   each), and only their children's keys are listed and reconciled.
 * - everything is re-read from scratch once the entry is FULL_REVALIDATION_MS old, for what no
 *   count sees (e.g. an admin remapping a status to another category, which moves no `updated`).
 *
 * Level rule and sub-tasks as in the tree reader: the numbers equal a fresh read's.
 */
import type { Issue, IssueKey } from '../domain/types';
import { chunksOf, createReadMeter, DEFAULT_KEYS_PER_QUERY, Stopped, type JiraPorts, type ReadMeter } from '../jira';
import { DEFAULT_CONCURRENCY, descendantFieldsOf, ITEM_FIELDS, readRoadmap, tooManyItems, weightFields, type RoadmapRead, type RoadmapReadOptions } from './roadmap-reader';
import { changedSince, loadCached, needsFullRead, sameIssue, saveCached, type ViewerCache } from './tree-cache';

/**
 * Halve differing parent groups until one parent is left or their children are this few: a count
 * costs 1 point and a listing 1 per key, so a deleted issue under a 40-child epic costs ~2 × log₂(parents)
 * counts and one 40-key listing, not a listing of the level.
 */
const LIST_AT_MOST = 20;

export type CachedRoadmapPorts = Pick<JiraPorts, 'searchIssues' | 'readTree' | 'countIssues' | 'listAllKeys' | 'issuesByKeys' | 'storyPointField'>;

export interface CachedRoadmapRead extends RoadmapRead {
  /** `full`: read everything; `incremental`: the viewer's cached tree brought up to date. */
  source: 'full' | 'incremental';
}

/** The JQL before its ORDER BY clause, and the clause (with a leading space) — quotes respected. */
export function splitOrderBy(jql: string): { where: string; orderBy: string } {
  let quote: string | null = null;
  let at = -1;
  for (let i = 0; i < jql.length; i++) {
    const ch = jql[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (/^order\s+by\b/i.test(jql.slice(i, i + 12)) && (i === 0 || /\s|\)/.test(jql[i - 1]!))) at = i;
  }
  return at < 0 ? { where: jql.trim(), orderBy: '' } : { where: jql.slice(0, at).trim(), orderBy: ` ${jql.slice(at).trim()}` };
}

const quoted = (keys: readonly string[]): string => keys.map((k) => `"${k}"`).join(', ');

export async function readRoadmapCached(jira: CachedRoadmapPorts, opts: RoadmapReadOptions, cache?: ViewerCache, fresh = false): Promise<CachedRoadmapRead> {
  const clock = opts.budget?.clock ?? cache?.clock ?? Date.now;
  const started = clock();
  // Points read through another field (the settings page changed it) are another tree.
  const pointsField = cache && opts.weight === 'points' ? await jira.storyPointField() : null;
  // Extra descendant fields (the panel's) are another entry: a roadmap's tree lacks them.
  const extra = opts.descendantFields?.length ? `+${[...opts.descendantFields].sort().join(',')}` : '';
  const query = `roadmap${extra}:${opts.weight}:${pointsField ?? ''}:${opts.jql}`;
  const prev = cache && !fresh ? await loadCached(cache, query) : undefined;
  if (!prev || needsFullRead(prev, started)) {
    const read = await readRoadmap(jira, opts);
    if (cache && !read.partial) {
      await saveCached(cache, query, { readAt: started, fullAt: started, items: read.items, descendants: read.descendants, versionNames: read.versionNames, parentSummaries: read.parentSummaries }, prev, true);
    }
    return { ...read, source: 'full' };
  }

  const meter = createReadMeter(opts.budget);
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  const weighting = weightFields(opts.weight);
  if (opts.weight === 'points') meter.count(); // the field list (story-point discovery)
  const itemFields = [...ITEM_FIELDS, ...weighting];
  const unitFields = descendantFieldsOf(opts);
  const since = changedSince(prev, started);
  const { where, orderBy } = splitOrderBy(opts.jql);
  let changed = false;
  let fetched = 0;

  // ---- the items
  // Counts are requests on the budget like the pages: a stop anywhere below gives a partial read.
  const count = (jql: string): Promise<number> => meter.page(() => jira.countIssues(jql));
  let { items, versionNames, parentSummaries } = prev;
  let model = new Map<IssueKey, Issue>(prev.descendants.map((d) => [d.key, d]));
  let levels = 0;
  try {
    const [itemCount, changedItems] = await Promise.all([count(opts.jql), jira.searchIssues(`(${where}) AND ${since}${orderBy}`, { fields: itemFields, meter })]);
    // The skew margin brings back issues already read as they are: only a real difference counts.
    const cachedItems = new Map(prev.items.map((i) => [i.key, i]));
    const itemsMoved = changedItems.issues.some((i) => !sameIssue(cachedItems.get(i.key), i));
    if (itemsMoved || itemCount !== prev.items.length) {
      const found = await jira.searchIssues(opts.jql, {
        fields: itemFields,
        meter,
        ...(opts.maxItems !== undefined ? { limit: { max: opts.maxItems, message: tooManyItems(opts.maxItems) } } : {}),
      });
      ({ versionNames, parentSummaries } = found);
      items = found.issues;
      fetched += items.length;
      changed = true;
    }
    const itemKeys = new Set(items.map((i) => i.key));
    model = new Map<IssueKey, Issue>(prev.descendants.filter((d) => !itemKeys.has(d.key)).map((d) => [d.key, d]));
    const readSubtrees = async (roots: string[]): Promise<void> => {
      if (roots.length === 0) return;
      const t = await jira.readTree(roots, { fields: unitFields, known: itemKeys, concurrency, meter });
      for (const i of t.issues) model.set(i.key, i);
      fetched += t.issues.length;
      changed = true;
    };
    const before = new Map(prev.items.map((i) => [i.key, i.hierarchyLevel]));
    await readSubtrees(items.filter((i) => i.hierarchyLevel >= 1 && (before.get(i.key) ?? -1) < 1).map((i) => i.key));

    // ---- the tree, level by level
    const childCount = (parents: ReadonlySet<string>): number => {
      let n = 0;
      for (const i of items) if (i.parentKey !== null && parents.has(i.parentKey)) n++;
      for (const i of model.values()) if (i.parentKey !== null && parents.has(i.parentKey)) n++;
      return n;
    };
    const countChildren = async (parents: readonly string[]): Promise<number> =>
      (await Promise.all(chunksOf(parents, DEFAULT_KEYS_PER_QUERY).map((c) => count(`parent in (${quoted(c)})`)))).reduce((a, b) => a + b, 0);
    /** Groups of parents whose children differ from the cached tree, found by halving. */
    const locate = async (group: string[], actual?: number): Promise<string[][]> => {
      const expected = childCount(new Set(group));
      const real = actual ?? (await countChildren(group));
      if (real === expected) return [];
      if (group.length === 1 || Math.max(real, expected) <= LIST_AT_MOST) return [group];
      const mid = Math.ceil(group.length / 2);
      const [a, b] = await Promise.all([locate(group.slice(0, mid)), locate(group.slice(mid))]);
      return [...a, ...b];
    };

    let parents = items.filter((i) => i.hierarchyLevel >= 1).map((i) => i.key);
    const visited = new Set(itemKeys);
    for (let depth = 0; parents.length > 0 && depth < (opts.maxDepth ?? 10); depth++) {
      levels += 1;
      const [delta, actual] = await Promise.all([jira.readTree(parents, { fields: unitFields, maxDepth: 1, where: since, concurrency, meter }), countChildren(parents)]);
      meter.rounds += 1;
      const newParents: string[] = [];
      for (const c of delta.issues) {
        if (itemKeys.has(c.key)) continue; // items are fresh already
        const was = model.get(c.key);
        fetched += 1;
        if (sameIssue(was, c)) continue;
        model.set(c.key, c);
        changed = true;
        if (c.hierarchyLevel >= 1 && (!was || was.hierarchyLevel < 1)) newParents.push(c.key);
      }
      for (const group of await locate(parents, actual)) {
        changed = true;
        const inGroup = new Set(group);
        const keys = new Set(await jira.listAllKeys(`parent in (${quoted(group)})`, meter));
        for (const [k, i] of model) if (i.parentKey !== null && inGroup.has(i.parentKey) && !keys.has(k)) model.delete(k);
        const added = await jira.issuesByKeys([...keys].filter((k) => !model.has(k) && !itemKeys.has(k)), unitFields, meter);
        for (const a of added) {
          if (a.hierarchyLevel < 0) continue;
          model.set(a.key, a);
          fetched += 1;
          if (a.hierarchyLevel >= 1) newParents.push(a.key);
        }
      }
      await readSubtrees(newParents);
      const level = new Set(parents);
      const next: string[] = [];
      for (const i of model.values()) {
        if (i.parentKey === null || !level.has(i.parentKey) || visited.has(i.key)) continue;
        visited.add(i.key);
        if (i.hierarchyLevel >= 1) next.push(i.key);
      }
      parents = next;
    }
  } catch (err) {
    if (!(err instanceof Stopped)) throw err; // the budget ran out: `partial` below says so
  }

  const descendants = reachable(items, model);
  const partial = meter.stopKind !== null ? { kind: meter.stopKind, incompleteItems: items.map((i) => i.key), allItemsRead: true } : null;
  if (cache && !partial) {
    await saveCached(cache, query, { readAt: started, fullAt: prev.fullAt, items, descendants, versionNames, parentSummaries }, prev, changed || descendants.length !== prev.descendants.length);
  }
  return {
    items,
    descendants,
    versionNames,
    parentSummaries,
    partial,
    source: 'incremental',
    stats: statsOf(meter, fetched, levels, clock),
  };
}

function statsOf(meter: ReadMeter, issuesRead: number, levels: number, clock: () => number): RoadmapRead['stats'] {
  return { requests: meter.requests, rounds: meter.rounds, issuesRead, levels, elapsedMs: clock() - meter.startedAt };
}

/**
 * The cached tree as a fresh read would find it: from the items above level 0, down through
 * children above level 0 (never through an item, never to a sub-task), parents before children.
 */
function reachable(items: readonly Issue[], model: ReadonlyMap<IssueKey, Issue>): Issue[] {
  const children = new Map<IssueKey, Issue[]>();
  for (const i of model.values()) {
    if (i.parentKey === null) continue;
    const list = children.get(i.parentKey);
    if (list) list.push(i);
    else children.set(i.parentKey, [i]);
  }
  const seen = new Set(items.map((i) => i.key));
  const out: Issue[] = [];
  let frontier = items.filter((i) => i.hierarchyLevel >= 1).map((i) => i.key);
  while (frontier.length > 0) {
    const next: IssueKey[] = [];
    for (const p of frontier) {
      for (const c of children.get(p) ?? []) {
        if (seen.has(c.key) || c.hierarchyLevel < 0) continue;
        seen.add(c.key);
        out.push(c);
        if (c.hierarchyLevel >= 1) next.push(c.key);
      }
    }
    frontier = next;
  }
  return out;
}
