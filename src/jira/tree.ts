/**
 * The one tree reader (SPEC §1 hierarchy): descendants of some issues, read through the unified
 * `parent` field level by level with batched `parent in (…)` searches — never one request per
 * issue or per parent. The panel, the roadmap and its drill-down all read trees here.
 *
 * Cost per level: with `concurrency: 1`, exactly ⌈children ÷ 100⌉ pages per chunk of
 * `keysPerQuery` parents. In parallel, at most ⌈children ÷ 100⌉ plus a constant: one probe page,
 * plus one partly filled page per group (≤ GROUPS_PER_STREAM × concurrency, or ⌈parents ÷
 * keysPerQuery⌉ for very wide levels).
 *
 * Unknown level: an issue whose type has no `hierarchyLevel` and is not flagged `subtask` (Data
 * Center, or a type Jira does not describe) is a standard issue, level 0 — the level the domain
 * gives it (src/jira/mappers.ts). So the tree stops there, like under any level-0 issue: its
 * children could only be sub-tasks, which are never units (SPEC §2).
 */
import { BadInputError } from '../errors';
import { ISSUE_KEY_OR_ID } from '../domain/issue-key';
import { inLanes, chunksOf } from './lanes';
import { readByCreated } from './partition';
import { createReadMeter, Stopped, type ReadMeter } from './read-meter';
import type { RawIssue, RawSearchPage } from './types';
import { quote } from '../domain/input';

/** One page of `/search/jql` (the client's `searchPage`). */
export type SearchPageFn = (jql: string, fields: readonly string[], nextPageToken?: string) => Promise<RawSearchPage>;

export interface TreeReadOptions {
  /** Jira fields to read for each issue; `parent` and `issuetype` are always added (the walk needs them). */
  fields: readonly string[];
  /** Read sub-tasks (children of level-0 issues) too. Default false: they are never units (SPEC §2). */
  includeSubtasks?: boolean;
  /** Levels to descend at most (default 10), a guard against cycles in corrupted data. */
  maxDepth?: number;
  /** Parallel `parent in (…)` streams per level (default 1: one page after another, fewest requests). */
  concurrency?: number;
  /** Parent keys per `parent in (…)` query (default 500): JQL goes in a POST body, so length is no URL issue. */
  keysPerQuery?: number;
  /** JQL ORDER BY clause (default `rank ASC`, so children come in board order); null for none. */
  orderBy?: string | null;
  /** Keys the caller already has (e.g. the roadmap's items): never returned, never read twice. */
  known?: Iterable<string>;
  /** An extra JQL restriction on every child (e.g. `updated >= -10m` for a delta read). */
  where?: string;
  /** The budget this read shares with the caller's other pages (default: none). */
  meter?: ReadMeter;
  /**
   * How many issues a JQL matches (Jira's approximate count). With it, a level of few parents and
   * many children (one epic with thousands of stories) is read in parallel by created ranges.
   */
  count?: (jql: string) => Promise<number>;
  /** Epoch ms where the created ranges end (default Date.now). */
  now?: number;
}

export interface TreeRead {
  /** Every descendant, each once, parents before children; never a root or a known key. */
  issues: RawIssue[];
  /** Parents whose children were not all read (the budget stopped reading). */
  unfinished: Set<string>;
  /** Levels read. */
  levels: number;
}

/**
 * A wide level is split into this many groups per parallel stream. More, smaller groups mean that
 * when the budget stops reading, most groups are finished and their items complete (only the
 * groups in flight and not started are incomplete); each group may end on a part-filled page, so
 * this is also the per-level constant in the request bound (≤ 2 × concurrency + 1 extra pages).
 */
export const GROUPS_PER_STREAM = 2;
export const DEFAULT_KEYS_PER_QUERY = 500;
/** Issues per search page with fields. */
const PAGE = 100;
/** Rounds a created-range read spends before its pages: its first page, the count, up to four rounds of range counts. */
const RANGE_COUNT_ROUNDS = 6;

/** The issue's hierarchy level: Cloud's `hierarchyLevel`, else −1 for a sub-task, else 0 (see the rule above). */
export function levelOf(issue: RawIssue): number {
  const type = issue.fields?.issuetype;
  if (typeof type?.hierarchyLevel === 'number') return type.hierarchyLevel;
  return type?.subtask === true ? -1 : 0;
}

/** True when the walk asks for this issue's children. */
function hasChildrenToRead(level: number, includeSubtasks: boolean): boolean {
  return level >= 1 || (level === 0 && includeSubtasks);
}

export async function readTree(searchPage: SearchPageFn, rootKeys: readonly string[], opts: TreeReadOptions): Promise<TreeRead> {
  for (const key of rootKeys) {
    if (!ISSUE_KEY_OR_ID.test(key)) throw new BadInputError(`${quote(key)} is not a Jira issue key.`);
  }
  const includeSubtasks = opts.includeSubtasks ?? false;
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  const keysPerQuery = Math.max(1, opts.keysPerQuery ?? DEFAULT_KEYS_PER_QUERY);
  const maxDepth = opts.maxDepth ?? 10;
  const orderBy = opts.orderBy === undefined ? 'rank ASC' : opts.orderBy;
  const fields = [...new Set([...opts.fields, 'parent', 'issuetype'])];
  const meter = opts.meter ?? createReadMeter();

  // Keys match case-insensitively in Jira and come back upper-case.
  const seen = new Set<string>([...rootKeys, ...(opts.known ?? [])].map((k) => k.toUpperCase()));
  const unfinished = new Set<string>();
  const out: RawIssue[] = [];

  const jqlFor = (keys: readonly string[], ordered = true): string => {
    for (const k of keys) if (!ISSUE_KEY_OR_ID.test(k)) throw new Error(`Unexpected issue key from Jira: ${quote(k)}`);
    return `parent in (${keys.map((k) => `"${k}"`).join(', ')})${opts.where ? ` AND ${opts.where}` : ''}${ordered && orderBy ? ` ORDER BY ${orderBy}` : ''}`;
  };

  /** Reads every child of `keys` page by page; on a stop, marks all of `keys` unfinished. */
  const stream = async (keys: readonly string[], first?: RawSearchPage): Promise<{ issues: RawIssue[]; pages: number }> => {
    const jql = jqlFor(keys);
    const issues: RawIssue[] = [...(first?.issues ?? [])];
    let pages = 0;
    let token = first ? (first.isLast === true ? undefined : (first.nextPageToken ?? undefined)) : undefined;
    if (first && token === undefined) return { issues, pages };
    const tokens = new Set<string>();
    try {
      for (;;) {
        const p = await meter.page(() => searchPage(jql, fields, token));
        pages += 1;
        issues.push(...(p.issues ?? []));
        const next = p.nextPageToken ?? undefined;
        if (p.isLast === true || next === undefined || tokens.has(next)) break;
        tokens.add(next);
        token = next;
      }
    } catch (err) {
      if (!(err instanceof Stopped)) throw err;
      for (const k of keys) unfinished.add(k);
    }
    return { issues, pages };
  };

  /** Streams over groups of parents, `concurrency` at a time; adds the busiest lane's pages to the rounds. */
  const streams = async (groups: string[][]): Promise<RawIssue[]> => {
    const { results, lanes } = await inLanes(groups, concurrency, (g) => stream(g));
    meter.rounds += Math.max(0, ...lanes.map((lane) => lane.reduce((n, i) => n + results[i]!.pages, 0)));
    return results.flatMap((r) => r.issues);
  };

  const readLevel = async (parents: string[]): Promise<RawIssue[]> => {
    if (concurrency === 1) return streams(chunksOf(parents, keysPerQuery));
    let probed: RawIssue[] = [];
    if (parents.length <= keysPerQuery) {
      // A probe: most levels fit one page, and then this is the only request.
      let probe: RawSearchPage;
      try {
        probe = await meter.page(() => searchPage(jqlFor(parents), fields, undefined));
      } catch (err) {
        if (!(err instanceof Stopped)) throw err;
        for (const k of parents) unfinished.add(k);
        return [];
      }
      meter.rounds += 1;
      const more = probe.isLast !== true && !!probe.nextPageToken;
      if (!more) return probe.issues ?? [];
      // Fewer parents than lanes: by created ranges, when counting says that is faster.
      if (opts.count && parents.length < concurrency * GROUPS_PER_STREAM) {
        const wide = await byCreatedIfFaster(parents, probe.issues ?? []);
        if (wide) return wide;
      }
      if (parents.length === 1) {
        const rest = await stream(parents, probe);
        meter.rounds += rest.pages;
        return rest.issues;
      }
      // More than a page: split the parents over parallel streams (the probe's page is read again;
      // its issues are kept in case the budget stops a stream).
      probed = probe.issues ?? [];
    }
    const groupCount = Math.min(parents.length, Math.max(concurrency * GROUPS_PER_STREAM, Math.ceil(parents.length / keysPerQuery)));
    const size = Math.ceil(parents.length / groupCount);
    return [...(await streams(chunksOf(parents, size))), ...probed];
  };

  /**
   * Too few parents to fill the lanes: each group is read page after page, so one epic with 5,000
   * stories would take 50 rounds. Counted first (1 request), the level is read by created ranges
   * when that takes fewer rounds than the groups would even if the children were spread evenly:
   * a few rounds of counting, then ⌈children ÷ (100 × lanes)⌉ or so. Null: read it by groups.
   */
  const byCreatedIfFaster = async (parents: string[], probed: RawIssue[]): Promise<RawIssue[] | null> => {
    const groupCount = parents.length; // a group per parent: what the streams would do
    const jql = jqlFor(parents, false);
    try {
      const total = await meter.page(() => opts.count!(jql));
      meter.rounds += 1;
      const byGroups = Math.ceil(groupCount / concurrency) * Math.ceil(total / groupCount / PAGE);
      const byRanges = RANGE_COUNT_ROUNDS + Math.ceil(total / (PAGE * concurrency));
      if (byRanges >= byGroups) return null;
      const io = { page: searchPage, count: opts.count! };
      const read = await readByCreated(io, jql, fields, concurrency, meter, opts.now ?? Date.now(), total);
      if (!read.complete) for (const k of parents) unfinished.add(k);
      return [...read.issues, ...probed];
    } catch (err) {
      if (!(err instanceof Stopped)) throw err;
      for (const k of parents) unfinished.add(k);
      return probed;
    }
  };

  let frontier = [...new Set(rootKeys.map((k) => k.toUpperCase()))];
  let levels = 0;
  for (let depth = 0; frontier.length > 0 && depth < maxDepth; depth++) {
    if (meter.mustStop()) break;
    levels += 1;
    const children = await readLevel(frontier);
    const next: string[] = [];
    for (const child of children) {
      const key = child.key.toUpperCase();
      if (seen.has(key)) continue; // a root, a known issue, a cycle, or read twice (the probe)
      seen.add(key);
      const level = levelOf(child);
      if (level < 0 && !includeSubtasks) continue; // sub-tasks are never units (and never asked for unless wanted)
      out.push(child);
      if (hasChildrenToRead(level, includeSubtasks)) next.push(child.key);
    }
    frontier = next;
  }
  if (frontier.length > 0 && meter.stopKind !== null) for (const k of frontier) unfinished.add(k);
  return { issues: out, unfinished, levels };
}
