/**
 * `jiraPorts(client)`: the Jira ports (port-types.ts) on the Jira client, each mapping Jira's
 * answers to domain types (mappers.ts).
 */
import type { IssueKey } from '../domain/types';
import { toChangeHistories } from './changelog';
import { BadInputError } from '../errors';
import type { JiraClient } from './client';
import { JIRA_FIELD, type IssueField } from './issue-fields';
import { withoutMissingKeys } from './issue-messages';
import type { JiraPorts, ReadTree, SearchIssues } from './port-types';
import { ISSUE_KEY } from '../domain/issue-key';
import { chunksOf, inLanes } from './lanes';
import { toIssue, toVersionInfo } from './mappers';
import { createReadMeter, Stopped } from './read-meter';
import { readByCreated } from './partition';
import { readTree as readRawTree } from './tree';
import type { RawIssue } from './types';

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
      const io = { page: client.searchPage, count: client.approximateCount };
      try {
        const read = await readByCreated(io, jql, ids, concurrency, meter, opts.now ?? Date.now());
        raw.push(...read.issues);
        complete = read.complete;
      } catch (err) {
        if (!(err instanceof Stopped)) throw err; // stopped before the first page
        complete = false;
      }
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
