/**
 * The Jira client's shape: one method per endpoint (client.ts implements them on `callJira`), its
 * options, and what it has spent by Atlassian's points model.
 */
import type { Issue } from '../domain/types';
import type { ChangelogEndpoints } from './changelog';
import type { ProjectEndpoints } from './projects';
import type { Transport } from './transport';
import type { UserEndpoints } from './users';
import type {
  RawField,
  RawIssue,
  RawIssueType,
  RawPermissions,
  RawProject,
  RawSearchPage,
  RawUser,
  RawVersion,
  RawVersionIssueCounts,
} from './types';

export type VersionStatus = 'released' | 'unreleased' | 'archived';
export type VersionOrderBy =
  | 'description'
  | 'name'
  | 'releaseDate'
  | 'sequence'
  | 'startDate'
  | `${'+' | '-'}${'description' | 'name' | 'releaseDate' | 'sequence' | 'startDate'}`;

export interface ProjectVersionsOptions {
  status?: VersionStatus | readonly VersionStatus[];
  orderBy?: VersionOrderBy;
  /** e.g. `issuesstatus`, `operations`. */
  expand?: string | readonly string[];
}

export interface JiraClientOptions {
  transport: Transport;
  /** Retry budget per call in ms (default 25 s). */
  deadlineMs?: number;
  /** Absolute cut-off for every call of this client (epoch ms), e.g. Forge invocation start + 25 s. */
  deadlineAt?: number;
  /** Time one attempt may take, body included, before it is retried (default 8 s). */
  attemptTimeoutMs?: number;
  /** Attempts per call (default 6). */
  maxAttempts?: number;
  /** Backoff tuning (defaults 500 ms, capped at 8 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /**
   * The story-points setting (a field id or name); beats discovery (SPEC §1). May be a lookup,
   * because hosts keep the setting in storage: it is read once, with the field discovery.
   */
  storyPointsFieldOverride?: string | null | (() => Promise<string | null | undefined>);
}

/**
 * What a client has cost, by Atlassian's points model (developer.atlassian.com/cloud/jira/platform/rate-limiting):
 * "Each request starts with a base cost of 1 point, and additional points are added for each
 * object involved" — issues and versions returned count 1 each (core objects); a count, a field
 * list or a priority list adds nothing.
 */
export interface JiraUsage {
  requests: number;
  /** Issues and versions returned. */
  objects: number;
  /** requests + objects. */
  points: number;
}

export interface JiraClient extends UserEndpoints, ProjectEndpoints, ChangelogEndpoints {
  /** One page of `POST /rest/api/3/search/jql`. */
  searchPage(jql: string, fields: readonly string[], nextPageToken?: string, maxResults?: number): Promise<RawSearchPage>;
  /** Every issue the JQL matches, page by page (token paging); stop iterating to stop fetching. */
  searchIssues(jql: string, fields: readonly string[]): AsyncIterable<RawIssue>;
  /** Every issue the JQL matches, in Jira's order. */
  searchAll(jql: string, fields: readonly string[]): Promise<RawIssue[]>;
  /** `POST /rest/api/3/search/approximate-count`: how many issues the (bounded) JQL matches, as this user sees them. */
  approximateCount(jql: string): Promise<number>;
  /** `GET /rest/api/3/field`. */
  getFields(): Promise<RawField[]>;
  /** `GET /rest/api/3/project/{keyOrId}`. */
  getProject(keyOrId: string): Promise<RawProject>;
  /** Every version of a project (`GET /rest/api/3/project/{keyOrId}/version`, startAt paging). */
  getProjectVersions(keyOrId: string, opts?: ProjectVersionsOptions): Promise<RawVersion[]>;
  /** `GET /rest/api/3/version/{id}`. */
  getVersion(id: string): Promise<RawVersion>;
  /** `GET /rest/api/3/version/{id}/relatedIssueCounts`. */
  getVersionRelatedIssueCounts(id: string): Promise<RawVersionIssueCounts>;
  /** `GET /rest/api/3/myself`. */
  getMyself(): Promise<RawUser>;
  /** `GET /rest/api/3/mypermissions?permissions=…`: which of these the viewer holds (global keys need no project). */
  getMyPermissions(keys: readonly string[]): Promise<RawPermissions>;
  /**
   * The site's priority names, from `GET /rest/api/3/jql/autocompletedata/suggestions?fieldName=priority`
   * (every value of the field). Not `/priority` or `/priority/search`: both are deprecated, and the
   * second needs `manage:jira-configuration`, an admin scope, for a list of names.
   */
  getPriorityNames(): Promise<string[]>;
  /** `GET /rest/api/3/issuetype`. */
  getIssueTypes(): Promise<RawIssueType[]>;
  /** `GET /rest/api/3/issue/{keyOrId}?fields=…`. */
  getIssue(keyOrId: string, fields: readonly string[]): Promise<RawIssue>;
  /** SPEC §1 story-point field id (or null), discovered once per client. */
  storyPointsField(): Promise<string | null>;
  /** `ISSUE_FIELDS` plus this site's story-point field. */
  issueFields(): Promise<string[]>;
  /** Every issue the JQL matches, mapped to the domain `Issue`. */
  searchDomainIssues(jql: string): Promise<Issue[]>;
  /** One issue mapped to the domain `Issue`. */
  getDomainIssue(keyOrId: string): Promise<Issue>;
  /** Requests, objects and points this client has spent so far. */
  usage(): JiraUsage;
}
