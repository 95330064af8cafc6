/**
 * Reads a roadmap from Jira for SPEC §2: the items a JQL returns, then their descendants level by
 * level through the unified `parent` field with batched `parent in (…)` searches, asking only for
 * the fields the report needs. Reads as whoever the client belongs to (the viewer, in Forge).
 *
 * Cost (the issue's speed rule): per hierarchy level, at most ⌈issues on the level ÷ 100⌉ search
 * pages plus a constant — one probe page, plus one partly filled page per group (≤
 * GROUPS_PER_STREAM × concurrency, or ⌈parents ÷ keysPerQuery⌉ for very wide levels). With
 * `concurrency: 1` it is exactly ⌈n ÷ 100⌉ per level. Level-0 issues are never asked for children: their children are
 * sub-tasks, which are never units (SPEC §2).
 *
 * Time budget: Forge stops a resolver after 25 s. With `budget.deadlineAt` the reader starts no
 * page it expects to finish after the deadline (expected = the slowest page so far) and returns
 * what it has with `partial` set, naming the items whose descendants were not all read.
 */
import { BadInputError } from '../errors';
import { toIssue, type JiraClient, type RawIssue, type RawSearchPage } from '../jira';
import type { Issue, IssueKey, Weight } from '../domain/types';
import { quote } from '../domain/input';

/** When to stop reading. Every field optional: no budget = read everything. */
export interface ReadBudget {
  /** Epoch ms by which reading must be finished (e.g. resolver start + 20 s). */
  deadlineAt?: number;
  /** At most this many requests (a safety net for platform request limits). */
  maxRequests?: number;
  /** Epoch ms; defaults to Date.now. */
  clock?: () => number;
}

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
}

export interface RoadmapReadPartial {
  kind: 'time' | 'requests';
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
/**
 * A wide level is split into this many groups per parallel stream. More, smaller groups mean that
 * when the budget stops reading, most groups are finished and their items complete (only the
 * groups in flight and not started are incomplete); each group may end on a part-filled page, so
 * this is also the per-level constant in the request bound (≤ 2 × concurrency + 1 extra pages).
 */
export const GROUPS_PER_STREAM = 2;
export const DEFAULT_KEYS_PER_QUERY = 500;

/** The fields a unit needs (SPEC §2): category, level, parent, dates for burn-up and forecast. */
const UNIT_FIELDS = ['summary', 'status', 'issuetype', 'parent', 'created', 'resolutiondate'] as const;
/** Items also show a due date and group by fix version. */
const ITEM_FIELDS = [...UNIT_FIELDS, 'duedate', 'fixVersions'] as const;

/** Keys (`PO-12`) or numeric ids only: anything else could change the meaning of the JQL. */
const KEY_OR_ID = /^(?:[A-Za-z][A-Za-z0-9_]*-\d+|\d+)$/;

function levelOf(raw: RawIssue): number {
  const t = raw.fields?.issuetype;
  if (typeof t?.hierarchyLevel === 'number') return t.hierarchyLevel;
  return t?.subtask === true ? -1 : 0;
}

/** The estimate field for the weighting: story points (discovered), original estimate, or none. */
async function weightFields(client: JiraClient, weight: Weight): Promise<{ fields: string[]; storyPoints: string | null }> {
  if (weight === 'points') {
    const sp = await client.storyPointsField();
    return { fields: sp ? [sp] : [], storyPoints: sp };
  }
  if (weight === 'time') return { fields: ['timeoriginalestimate'], storyPoints: null };
  return { fields: [], storyPoints: null };
}

class Stopped extends Error {}

export async function readRoadmap(client: JiraClient, opts: RoadmapReadOptions): Promise<RoadmapRead> {
  const clock = opts.budget?.clock ?? Date.now;
  const started = clock();
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? DEFAULT_CONCURRENCY));
  const keysPerQuery = Math.max(1, opts.keysPerQuery ?? DEFAULT_KEYS_PER_QUERY);
  const maxDepth = opts.maxDepth ?? 10;
  const deadlineAt = opts.budget?.deadlineAt;
  const maxRequests = opts.budget?.maxRequests;

  let requests = 0;
  let rounds = 0;
  let slowestPageMs = 0;
  let stopKind: RoadmapReadPartial['kind'] | null = null;

  /** True when one more page would likely overrun the budget; remembers why. */
  const mustStop = (): boolean => {
    if (maxRequests !== undefined && requests >= maxRequests) stopKind ??= 'requests';
    else if (deadlineAt !== undefined && clock() + slowestPageMs >= deadlineAt) stopKind ??= 'time';
    return stopKind !== null;
  };

  const weighting = await weightFields(client, opts.weight);
  if (opts.weight === 'points') requests += 1; // the field list (story-point discovery)

  const page = async (jql: string, fields: readonly string[], token: string | undefined): Promise<RawSearchPage> => {
    if (mustStop()) throw new Stopped();
    requests += 1;
    const t0 = clock();
    const result = await client.searchPage(jql, fields, token);
    slowestPageMs = Math.max(slowestPageMs, clock() - t0);
    return result;
  };

  // ---- the items: one token-paged search, in JQL order
  const itemFields = [...ITEM_FIELDS, ...weighting.fields];
  const rawItems: RawIssue[] = [];
  let allItemsRead = true;
  {
    let token: string | undefined;
    try {
      for (;;) {
        const p = await page(opts.jql, itemFields, token);
        rounds += 1;
        rawItems.push(...(p.issues ?? []));
        if (opts.maxItems !== undefined && rawItems.length > opts.maxItems) {
          throw new BadInputError(
            `This query returns more than ${opts.maxItems.toLocaleString('en-US')} issues; a roadmap shows at most ${opts.maxItems.toLocaleString('en-US')} items. Narrow it to the roadmap's items (for example add "AND issuetype = Epic").`,
          );
        }
        if (p.isLast === true || !p.nextPageToken) break;
        token = p.nextPageToken;
      }
    } catch (err) {
      if (!(err instanceof Stopped)) throw err;
      allItemsRead = false;
    }
  }

  const seen = new Set<string>();
  const itemsRaw = rawItems.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
  const versionNames: Record<string, string> = {};
  const parentSummaries: Record<IssueKey, string> = {};
  for (const r of itemsRaw) {
    for (const v of r.fields?.fixVersions ?? []) if (v && v.id !== undefined && typeof v.name === 'string') versionNames[String(v.id)] = v.name;
    const parent = r.fields?.parent as { key?: string; fields?: { summary?: unknown } } | null | undefined;
    if (parent?.key && typeof parent.fields?.summary === 'string') parentSummaries[parent.key] = parent.fields.summary;
  }

  // ---- descendants, level by level
  const unitFields = [...UNIT_FIELDS, ...weighting.fields];
  const descendantsRaw: RawIssue[] = [];
  const unfinished = new Set<string>(); // parents whose children were not all read
  let frontier = itemsRaw.filter((r) => levelOf(r) >= 1).map((r) => r.key);
  let levels = 0;

  const jqlFor = (keys: readonly string[]): string => {
    for (const k of keys) if (!KEY_OR_ID.test(k)) throw new Error(`Unexpected issue key from Jira: ${quote(k)}`);
    return `parent in (${keys.map((k) => `"${k}"`).join(', ')}) ORDER BY rank ASC`;
  };

  /** Reads every child of `keys` page by page; on a stop, marks all of `keys` unfinished. */
  const stream = async (keys: readonly string[], first?: RawSearchPage): Promise<{ issues: RawIssue[]; pages: number }> => {
    const jql = jqlFor(keys);
    const out: RawIssue[] = [...(first?.issues ?? [])];
    let pages = 0;
    let token = first ? (first.isLast === true ? undefined : (first.nextPageToken ?? undefined)) : undefined;
    if (first && token === undefined) return { issues: out, pages };
    try {
      for (;;) {
        const p = await page(jql, unitFields, token);
        pages += 1;
        out.push(...(p.issues ?? []));
        if (p.isLast === true || !p.nextPageToken) break;
        token = p.nextPageToken;
      }
    } catch (err) {
      if (!(err instanceof Stopped)) throw err;
      for (const k of keys) unfinished.add(k);
    }
    return { issues: out, pages };
  };

  const readLevel = async (parents: string[]): Promise<RawIssue[]> => {
    let probed: RawIssue[] = [];
    if (parents.length <= keysPerQuery) {
      // A probe: most levels fit one page, and then this is the only request.
      let probe: RawSearchPage;
      try {
        probe = await page(jqlFor(parents), unitFields, undefined);
      } catch (err) {
        if (!(err instanceof Stopped)) throw err;
        for (const k of parents) unfinished.add(k);
        return [];
      }
      rounds += 1;
      const more = probe.isLast !== true && !!probe.nextPageToken;
      if (!more || concurrency === 1 || parents.length === 1) {
        const rest = await stream(parents, probe);
        rounds += rest.pages;
        return rest.issues;
      }
      // More than a page: split the parents over parallel streams (the probe's page is read again;
      // its issues are kept in case the budget stops a stream).
      probed = probe.issues ?? [];
    }
    const groupCount = Math.min(parents.length, Math.max(concurrency * GROUPS_PER_STREAM, Math.ceil(parents.length / keysPerQuery)));
    const size = Math.ceil(parents.length / groupCount);
    const groups: string[][] = [];
    for (let i = 0; i < parents.length; i += size) groups.push(parents.slice(i, i + size));
    const results: Array<{ issues: RawIssue[]; pages: number }> = new Array(groups.length);
    let next = 0;
    const laneRounds: number[] = [];
    const lane = async (): Promise<void> => {
      let mine = 0;
      while (next < groups.length) {
        const g = next++;
        results[g] = await stream(groups[g]!);
        mine += results[g]!.pages;
      }
      laneRounds.push(mine);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, groups.length) }, lane));
    rounds += Math.max(0, ...laneRounds);
    return [...results.flatMap((r) => r.issues), ...probed];
  };

  for (let depth = 0; frontier.length > 0 && depth < maxDepth; depth++) {
    if (mustStop()) {
      for (const k of frontier) unfinished.add(k);
      break;
    }
    levels += 1;
    const children = await readLevel(frontier);
    const nextFrontier: string[] = [];
    for (const child of children) {
      if (seen.has(child.key)) continue; // an item, a cycle, or read twice (the probe)
      seen.add(child.key);
      const level = levelOf(child);
      if (level < 0) continue; // sub-tasks are never units (and never asked for: see below)
      descendantsRaw.push(child);
      if (level >= 1) nextFrontier.push(child.key);
    }
    frontier = nextFrontier;
  }
  if (frontier.length > 0 && stopKind !== null) for (const k of frontier) unfinished.add(k);

  const items = itemsRaw.map((r) => toIssue(r, weighting.storyPoints));
  const descendants = descendantsRaw.map((r) => toIssue(r, weighting.storyPoints));

  let partial: RoadmapReadPartial | null = null;
  if (stopKind !== null && (unfinished.size > 0 || !allItemsRead)) {
    partial = { kind: stopKind, incompleteItems: incompleteItems(items, descendants, unfinished), allItemsRead };
  }

  return {
    items,
    descendants,
    versionNames,
    parentSummaries,
    partial,
    stats: {
      requests,
      rounds,
      issuesRead: rawItems.length + descendantsRaw.length,
      levels,
      elapsedMs: clock() - started,
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
