/**
 * The Jira ports: small function types that speak the domain (src/domain/types.ts), and
 * `jiraPorts(client)`, their implementation on the Jira client. Services take only the ports they
 * use, so a service test can pass literal data and the client stays tested over HTTP.
 */
import type { ChangeHistory, StatusCategories } from '../domain/history';
import type { Issue, IssueKey, VersionInfo } from '../domain/types';
import { toChangeHistories } from './changelog';
import { BadInputError } from '../errors';
import type { JiraClient } from './client';
import { withoutMissingKeys } from './issue-messages';
import { ISSUE_KEY } from './issue-key';
import { chunksOf, inLanes } from './lanes';
import { toIssue, toVersionInfo } from './mappers';
import { createReadMeter, Stopped, type ReadMeter } from './read-meter';
import { readByCreated } from './partition';
import { readTree as readRawTree } from './tree';
import type { RawIssue } from './types';

/** A field of the domain `Issue` a service wants read. */
export type IssueField = Exclude<keyof Issue, 'id' | 'key'>;

/** Every field the domain knows (the issue panel's read). */
export const ALL_ISSUE_FIELDS: readonly IssueField[] = [
  'summary',
  'statusName',
  'statusCategory',
  'statusId',
  'issueType',
  'hierarchyLevel',
  'parentKey',
  'priority',
  'assigneeId',
  'assigneeName',
  'dueDate',
  'created',
  'resolutionDate',
  'fixVersionIds',
  'originalEstimateSeconds',
  'points',
];

/** The Jira field behind each domain field; `points` is the site's story-point field (SPEC §1 discovery). */
const JIRA_FIELD: Record<Exclude<IssueField, 'points'>, string> = {
  summary: 'summary',
  statusName: 'status',
  statusCategory: 'status',
  statusId: 'status',
  issueType: 'issuetype',
  hierarchyLevel: 'issuetype',
  parentKey: 'parent',
  priority: 'priority',
  assigneeId: 'assignee',
  assigneeName: 'assignee',
  dueDate: 'duedate',
  created: 'created',
  resolutionDate: 'resolutiondate',
  fixVersionIds: 'fixVersions',
  originalEstimateSeconds: 'timeoriginalestimate',
};

export interface SearchOptions {
  fields: readonly IssueField[];
  /** The budget shared with the rest of this read. */
  meter?: ReadMeter;
  /** Refuse (BAD_INPUT, with this message) a query returning more than `max` issues. */
  limit?: { max: number; message: string };
  /**
   * Pages read at once (default 1: token paging in JQL order). Above 1, a query with more than one
   * page is read by `created` ranges in parallel (src/jira/partition.ts); the JQL must then have
   * no ORDER BY (ranges are appended) and the order is by creation within each range.
   */
  concurrency?: number;
  /** Epoch ms (default Date.now): where the created ranges of a parallel read end. */
  now?: number;
}

export interface SearchResult {
  issues: Issue[];
  /** Fix version id → name, from the issues' `fixVersions`. */
  versionNames: Record<string, string>;
  /** Parent key → summary, from the issues' `parent` field. */
  parentSummaries: Record<IssueKey, string>;
  /** False when the budget stopped reading before the last page. */
  complete: boolean;
}

export interface TreeOptions {
  fields: readonly IssueField[];
  includeSubtasks?: boolean;
  maxDepth?: number;
  concurrency?: number;
  keysPerQuery?: number;
  /** Keys the caller already has: never returned. */
  known?: Iterable<IssueKey>;
  /** An extra JQL restriction on every child (a delta read: `updated >= -10m`). */
  where?: string;
  meter?: ReadMeter;
  /** Epoch ms (default Date.now): where the created ranges of a wide level end (src/jira/tree.ts). */
  now?: number;
}

export interface TreeResult {
  /** Every descendant of the roots, each once, parents before children. */
  issues: Issue[];
  /** Parents whose children were not all read (the budget stopped reading). */
  unfinished: Set<IssueKey>;
  levels: number;
}

export interface ProjectRef {
  id: string;
  key: string;
  name: string;
}

/** Issues a JQL matches, as the client's user sees them. */
export type SearchIssues = (jql: string, opts: SearchOptions) => Promise<SearchResult>;
/** Every issue beneath `rootKeys`, level by level (src/jira/tree.ts). */
export type ReadTree = (rootKeys: readonly IssueKey[], opts: TreeOptions) => Promise<TreeResult>;
/** How many issues a (bounded) JQL matches for this user (Jira's approximate count: 1 request, no objects). */
export type CountIssues = (jql: string) => Promise<number>;
/** Up to `max` keys a JQL matches (one ids-only page) and whether there are more. */
export type ListKeys = (jql: string, max: number) => Promise<{ keys: IssueKey[]; more: boolean }>;
/** Every key a JQL matches (ids-only pages of 5,000), in Jira's order. */
export type ListAllKeys = (jql: string, meter?: ReadMeter) => Promise<IssueKey[]>;
/** These issues, those the user can see (a key that does not exist or is hidden is left out), 100 a query. */
export type IssuesByKeys = (keys: readonly IssueKey[], fields: readonly IssueField[], meter?: ReadMeter) => Promise<Issue[]>;
/** One issue (NOT_FOUND when it does not exist or the user cannot see it). */
export type GetIssue = (keyOrId: string, fields: readonly IssueField[]) => Promise<Issue>;
/** Which of these keys the user can see. */
export type VisibleKeys = (keys: Iterable<IssueKey>) => Promise<Set<IssueKey>>;
export type GetProject = (keyOrId: string) => Promise<ProjectRef>;
/** Every version of a project, in Jira's order. */
export type ListProjectVersions = (projectKey: string) => Promise<VersionInfo[]>;
export type GetVersion = (id: string) => Promise<VersionInfo>;
/** The user the client reads as. */
export type Myself = () => Promise<{ accountId: string | null; displayName: string | null }>;
/** The story-point field the client reads (setting or discovery), or null. */
export type StoryPointField = () => Promise<string | null>;
/** The site's priority names. */
export type PriorityNames = () => Promise<string[]>;
/** Whether the user holds a global permission (e.g. `ADMINISTER`, Jira administrators). */
export type HasGlobalPermission = (key: string) => Promise<boolean>;
/**
 * SPEC §7: the changelogs of these issues (by id), only histories touching `fieldIds`, in bulk
 * (⌈ids ÷ 1000⌉ requests plus pages for long histories). Issue id → its §7 histories.
 */
export type Changelogs = (issueIds: readonly string[], fieldIds: readonly string[]) => Promise<Map<string, ChangeHistory[]>>;
/** Status id → category, from Jira's status list. */
export type StatusCategoryList = () => Promise<StatusCategories>;

export interface JiraPorts {
  searchIssues: SearchIssues;
  readTree: ReadTree;
  countIssues: CountIssues;
  listKeys: ListKeys;
  listAllKeys: ListAllKeys;
  issuesByKeys: IssuesByKeys;
  getIssue: GetIssue;
  visibleKeys: VisibleKeys;
  getProject: GetProject;
  projectVersions: ListProjectVersions;
  getVersion: GetVersion;
  myself: Myself;
  priorityNames: PriorityNames;
  hasGlobalPermission: HasGlobalPermission;
  changelogs: Changelogs;
  statusCategories: StatusCategoryList;
  storyPointField: StoryPointField;
}

/** Keys per `key in (…)` query when checking visibility: well under Jira's JQL length limits. */
const LOOKUP_CHUNK = 200;
/** Issues per page with fields (Jira's cap). */
const PAGE = 100;

export function jiraPorts(client: JiraClient): JiraPorts {
  /** The Jira field ids for domain fields, and the story-point field when asked for. */
  const fieldIds = async (fields: readonly IssueField[]): Promise<{ ids: string[]; storyPoints: string | null }> => {
    const storyPoints = fields.includes('points') ? await client.storyPointsField() : null;
    const ids = new Set<string>();
    for (const f of fields) {
      if (f !== 'points') ids.add(JIRA_FIELD[f]);
      else if (storyPoints) ids.add(storyPoints);
    }
    return { ids: [...ids], storyPoints };
  };

  const searchIssues: SearchIssues = async (jql, opts) => {
    const meter = opts.meter ?? createReadMeter();
    const { ids, storyPoints } = await fieldIds(opts.fields);
    const raw: RawIssue[] = [];
    let complete = true;
    const check = (): void => {
      if (opts.limit && raw.length > opts.limit.max) throw new BadInputError(opts.limit.message);
    };
    const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
    if (concurrency === 1) {
      let token: string | undefined;
      try {
        for (;;) {
          const p = await meter.page(() => client.searchPage(jql, ids, token));
          meter.rounds += 1;
          raw.push(...(p.issues ?? []));
          check();
          if (p.isLast === true || !p.nextPageToken) break;
          token = p.nextPageToken;
        }
      } catch (err) {
        if (!(err instanceof Stopped)) throw err;
        complete = false;
      }
    } else {
      // Several pages read at once, by created ranges: no key listing, so each issue is read once.
      const io = { page: client.searchPage, count: (q: string) => (meter.count(), client.approximateCount(q)) };
      raw.push(...(await readByCreated(io, jql, ids, concurrency, meter, opts.now ?? Date.now())));
      check();
    }
    const seen = new Set<string>();
    const distinct = raw.filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
    const versionNames: Record<string, string> = {};
    const parentSummaries: Record<IssueKey, string> = {};
    for (const r of distinct) {
      for (const v of r.fields?.fixVersions ?? []) if (v && v.id !== undefined && typeof v.name === 'string') versionNames[String(v.id)] = v.name;
      const parent = r.fields?.parent as { key?: string; fields?: { summary?: unknown } } | null | undefined;
      if (parent?.key && typeof parent.fields?.summary === 'string') parentSummaries[parent.key] = parent.fields.summary;
    }
    return { issues: distinct.map((r) => toIssue(r, storyPoints)), versionNames, parentSummaries, complete };
  };

  const readTree: ReadTree = async (rootKeys, opts) => {
    if (rootKeys.length === 0) return { issues: [], unfinished: new Set(), levels: 0 };
    const { ids, storyPoints } = await fieldIds(opts.fields);
    const read = await readRawTree((jql, fields, token) => client.searchPage(jql, fields, token), rootKeys, {
      fields: ids,
      ...(opts.includeSubtasks !== undefined ? { includeSubtasks: opts.includeSubtasks } : {}),
      ...(opts.maxDepth !== undefined ? { maxDepth: opts.maxDepth } : {}),
      ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
      ...(opts.keysPerQuery !== undefined ? { keysPerQuery: opts.keysPerQuery } : {}),
      ...(opts.known ? { known: opts.known } : {}),
      ...(opts.where ? { where: opts.where } : {}),
      ...(opts.meter ? { meter: opts.meter } : {}),
      ...(opts.now !== undefined ? { now: opts.now } : {}),
      count: client.approximateCount,
    });
    return { issues: read.issues.map((r) => toIssue(r, storyPoints)), unfinished: read.unfinished, levels: read.levels };
  };

  return {
    searchIssues,
    readTree,
    countIssues: (jql) => client.approximateCount(jql),
    listKeys: async (jql, max) => {
      const page = await client.searchPage(jql, ['key'], undefined, max + 1);
      const issues = page.issues ?? [];
      return { keys: issues.slice(0, max).map((i) => i.key), more: issues.length > max || (page.isLast !== true && !!page.nextPageToken) };
    },
    listAllKeys: async (jql, meter) => {
      const m = meter ?? createReadMeter();
      const keys: IssueKey[] = [];
      let token: string | undefined;
      for (;;) {
        const p = await m.page(() => client.searchPage(jql, ['key'], token));
        m.rounds += 1;
        for (const i of p.issues ?? []) keys.push(i.key);
        if (p.isLast === true || !p.nextPageToken) return keys;
        token = p.nextPageToken;
      }
    },
    issuesByKeys: async (keys, fields, meter) => {
      const m = meter ?? createReadMeter();
      const { ids, storyPoints } = await fieldIds(fields);
      const wanted = keys.filter((k) => ISSUE_KEY.test(k));
      const { results } = await inLanes(chunksOf(wanted, PAGE), 6, (chunk) =>
        withoutMissingKeys(
          chunk,
          async (left) => {
            const p = await m.page(() => client.searchPage(`key in (${left.join(', ')})`, ids, undefined, PAGE));
            return p.issues ?? [];
          },
          [] as RawIssue[],
        ),
      );
      return results.flat().map((r) => toIssue(r, storyPoints));
    },
    getIssue: async (keyOrId, fields) => {
      const { ids, storyPoints } = await fieldIds(fields);
      return toIssue(await client.getIssue(keyOrId, ids), storyPoints);
    },
    visibleKeys: async (keys) => {
      const wanted = [...new Set([...keys].filter((k) => ISSUE_KEY.test(k)))];
      const seen = new Set<IssueKey>();
      for (const chunk of chunksOf(wanted, LOOKUP_CHUNK)) {
        const found = await withoutMissingKeys(chunk, (left) => client.searchAll(`key in (${left.join(', ')})`, ['key']), [] as RawIssue[]);
        for (const r of found) seen.add(r.key);
      }
      return seen;
    },
    getProject: async (keyOrId) => {
      const p = await client.getProject(keyOrId);
      return { id: String(p.id), key: p.key, name: p.name ?? p.key };
    },
    projectVersions: async (projectKey) => (await client.getProjectVersions(projectKey)).map((v) => toVersionInfo(v, projectKey)),
    getVersion: async (id) => toVersionInfo(await client.getVersion(id)),
    myself: async () => {
      const me = await client.getMyself();
      return {
        accountId: typeof me.accountId === 'string' ? me.accountId : null,
        displayName: typeof me.displayName === 'string' && me.displayName.trim() !== '' ? me.displayName : null,
      };
    },
    storyPointField: () => client.storyPointsField(),
    priorityNames: () => client.getPriorityNames(),
    hasGlobalPermission: async (key) => (await client.getMyPermissions([key])).permissions?.[key]?.havePermission === true,
    changelogs: async (issueIds, fieldIds) => {
      const raw = await client.bulkChangelogs(issueIds, fieldIds);
      return new Map([...raw].map(([id, histories]) => [id, toChangeHistories(histories)]));
    },
    statusCategories: () => client.statusCategories(),
  };
}
