/**
 * The typed Jira Cloud client: one function per endpoint, all on `callJira`.
 * A client belongs to one user and one request context (Forge: per resolver call), so its only
 * cache, the story-point field id, never crosses users (SPEC §1).
 */
import { route } from '@forge/api';
import type { Shape } from '../http/shape';
import { changelogEndpoints } from './changelog';
import { callJira, DEFAULT_RETRY_POLICY, type CallContext, type RetryPolicy } from './call-jira';
import * as S from './schemas';
import { issueFieldsWith, toIssue } from './mappers';
import { collect, paginateByStartAt, paginateByToken } from './pagination';
import { discoverStoryPointsField, isFieldId } from './story-points';
import { projectEndpoints } from './projects';
import { jiraSegment as seg, type HttpMethod, type QueryValue, type Route } from './transport';
import { userEndpoints } from './users';
import type {
  RawField,
  RawIssue,
  RawSearchPage,
} from './types';

/** Jira's page caps for `/search/jql`: 100 with real fields, 5,000 when only ids or keys are asked for. */
export const SEARCH_PAGE_MAX = 100;
export const SEARCH_PAGE_MAX_IDS = 5000;
/** PageBean endpoints default to 50 a page; Jira may answer with fewer. */
export const VERSION_PAGE_SIZE = 50;

import type { JiraClient, JiraClientOptions } from './client-types';
export type { JiraClient, JiraClientOptions, JiraUsage, ProjectVersionsOptions, VersionOrderBy, VersionStatus } from './client-types';

/** Core objects in an answer: the issues of a search page, the versions of a page, one issue. */
function objectsIn(path: string, body: unknown): number {
  if (!body || typeof body !== 'object') return 0;
  const b = body as { issues?: unknown; values?: unknown; key?: unknown; fields?: unknown };
  if (Array.isArray(b.issues)) return b.issues.length;
  if (Array.isArray(b.values)) return b.values.length;
  if (path.startsWith('/rest/api/3/issue/') && typeof b.key === 'string') return 1;
  if (path.startsWith('/rest/api/3/version/') && !path.endsWith('/relatedIssueCounts')) return 1;
  return 0;
}

const ID_ONLY_FIELDS = new Set(['id', 'key']);

/** Jira serves up to 5,000 issues a page when nothing but ids/keys are asked for, else 100. */
export function searchPageSize(fields: readonly string[]): number {
  return fields.length > 0 && fields.every((f) => ID_ONLY_FIELDS.has(f)) ? SEARCH_PAGE_MAX_IDS : SEARCH_PAGE_MAX;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createJiraClient(opts: JiraClientOptions): JiraClient {
  const policy: RetryPolicy = {
    deadlineMs: opts.deadlineMs ?? DEFAULT_RETRY_POLICY.deadlineMs,
    maxAttempts: Math.max(1, opts.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts),
    attemptTimeoutMs: Math.max(1, opts.attemptTimeoutMs ?? DEFAULT_RETRY_POLICY.attemptTimeoutMs),
    baseDelayMs: opts.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: opts.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    ...(opts.deadlineAt !== undefined ? { deadlineAt: opts.deadlineAt } : {}),
  };
  const ctx: CallContext = {
    transport: opts.transport,
    policy,
    clock: opts.clock ?? Date.now,
    sleep: opts.sleep ?? realSleep,
    random: opts.random ?? Math.random,
  };
  const spent = { requests: 0, objects: 0 };
  /**
   * Every Jira call goes through this, written `requestJira(route`…`, { method: '…' })` like
   * @forge/api's own, so Atlassian's linter reads each endpoint's path and method right here and
   * checks the manifest's scopes against them (a variable path would hide the call from it).
   * `shape` is what we read of the 200 answer (./schemas); callJira checks each answer against it.
   * Each answered call is counted with the objects it returned (Atlassian's points); retries are
   * Jira's refusals, which the quota does not charge as reads.
   */
  const requestJira = async <T>(
    path: Route,
    init: { method?: HttpMethod; query?: Record<string, QueryValue>; body?: unknown; shape: Shape<T> },
  ): Promise<T> => {
    const body = await callJira<T>(
      ctx,
      {
        method: init.method ?? 'GET',
        route: path,
        path: path.value,
        ...(init.query ? { query: init.query } : {}),
        ...(init.body !== undefined ? { body: init.body } : {}),
      },
      init.shape,
    );
    spent.requests += 1;
    spent.objects += objectsIn(path.value, body);
    return body;
  };

  const searchPage = async (jql: string, fields: readonly string[], nextPageToken?: string, maxResults?: number): Promise<RawSearchPage> => {
    const cap = searchPageSize(fields);
    // POST so a long JQL (hundreds of keys in `parent in (…)`) never hits URL length limits.
    return requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST',
      shape: S.searchPage,
      body: {
        jql,
        fields: [...fields],
        maxResults: Math.min(Math.max(1, maxResults ?? cap), cap),
        ...(nextPageToken ? { nextPageToken } : {}),
      },
    });
  };

  const searchIssues = (jql: string, fields: readonly string[]): AsyncIterable<RawIssue> =>
    paginateByToken(async (token) => {
      const page = await searchPage(jql, fields, token);
      return {
        items: page.issues ?? [],
        nextPageToken: page.nextPageToken ?? null,
        ...(page.isLast !== undefined ? { isLast: page.isLast } : {}),
      };
    });

  const getFields = (): Promise<RawField[]> => requestJira(route`/rest/api/3/field`, { shape: S.fields });

  // Cached as a promise so concurrent callers share one request; forgotten on failure so a later call can retry.
  let storyPoints: Promise<string | null> | null = null;
  const overrideSetting = async (): Promise<string | undefined> => {
    const o = opts.storyPointsFieldOverride;
    const value = typeof o === 'function' ? await o() : o;
    return value?.trim() || undefined;
  };
  const storyPointsField = (): Promise<string | null> => {
    storyPoints ??= overrideSetting()
      .then(async (override) => (override && isFieldId(override) ? override : discoverStoryPointsField(await getFields(), override)))
      .catch((err: unknown) => {
        storyPoints = null;
        throw err;
      });
    return storyPoints;
  };
  const issueFields = async (): Promise<string[]> => issueFieldsWith(await storyPointsField());

  // async so a bad key rejects rather than throws (the segment check is synchronous).
  const getIssue = async (keyOrId: string, fields: readonly string[]): Promise<RawIssue> =>
    requestJira(route`/rest/api/3/issue/${seg(keyOrId)}`, { query: { fields: [...fields] }, shape: S.issue });

  return {
    ...userEndpoints(requestJira),
    ...projectEndpoints(requestJira),
    ...changelogEndpoints(requestJira),
    searchPage,
    searchIssues,
    searchAll: (jql, fields) => collect(searchIssues(jql, fields)),
    approximateCount: async (jql) =>
      (await requestJira(route`/rest/api/3/search/approximate-count`, { method: 'POST', shape: S.approximateCount, body: { jql } })).count,
    getFields,
    getProject: async (keyOrId) => requestJira(route`/rest/api/3/project/${seg(keyOrId)}`, { shape: S.project }),
    getProjectVersions: (keyOrId, o = {}) =>
      collect(
        paginateByStartAt(async (startAt) => {
          const page = await requestJira(route`/rest/api/3/project/${seg(keyOrId)}/version`, {
            shape: S.versionPage,
            query: {
              startAt,
              maxResults: VERSION_PAGE_SIZE,
              status: listOrUndefined(o.status),
              orderBy: o.orderBy,
              expand: listOrUndefined(o.expand),
            },
          });
          return {
            values: page.values ?? [],
            ...(page.isLast !== undefined ? { isLast: page.isLast } : {}),
            ...(page.total !== undefined ? { total: page.total } : {}),
          };
        }),
      ),
    getVersion: async (id) => requestJira(route`/rest/api/3/version/${seg(id)}`, { shape: S.version }),
    getVersionRelatedIssueCounts: async (id) => requestJira(route`/rest/api/3/version/${seg(id)}/relatedIssueCounts`, { shape: S.versionIssueCounts }),
    getMyself: () => requestJira(route`/rest/api/3/myself`, { shape: S.user }),
    getMyPermissions: (keys) => requestJira(route`/rest/api/3/mypermissions`, { query: { permissions: [...keys] }, shape: S.permissions }),
    getPriorityNames: async () => {
      const answer = await requestJira(route`/rest/api/3/jql/autocompletedata/suggestions`, {
        query: { fieldName: 'priority' },
        shape: S.autocompleteSuggestions,
      });
      // `value` is the name itself (`displayName` is HTML with the typed part in bold).
      return (answer.results ?? []).map((r) => r.value?.trim() ?? '').filter((n) => n !== '');
    },
    getIssueTypes: () => requestJira(route`/rest/api/3/issuetype`, { shape: S.issueTypes }),
    getIssue,
    storyPointsField,
    issueFields,
    searchDomainIssues: async (jql) => {
      const sp = await storyPointsField();
      const raw = await collect(searchIssues(jql, issueFieldsWith(sp)));
      return raw.map((r) => toIssue(r, sp));
    },
    getDomainIssue: async (keyOrId) => {
      const sp = await storyPointsField();
      return toIssue(await getIssue(keyOrId, issueFieldsWith(sp)), sp);
    },
    usage: () => ({ requests: spent.requests, objects: spent.objects, points: spent.requests + spent.objects }),
  };
}

function listOrUndefined(value: string | readonly string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : [...value];
  return list.length ? list : undefined;
}
