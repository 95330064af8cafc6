/**
 * The Jira ports: small function types that speak the domain (src/domain/types.ts). Services take
 * only the ports they use, so a service test can pass literal data; `jiraPorts(client)` (ports.ts)
 * implements them on the Jira client, which stays tested over HTTP.
 */
import type { ChangeHistory, StatusCategories } from '../domain/history';
import type { Issue, IssueKey, VersionInfo } from '../domain/types';
import type { IssueField } from './issue-fields';
import type { ReadMeter } from './read-meter';

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
