/** Issues and their changelogs (SPEC §7): an issue by key, one issue's changelog, and the bulk changelog fetch. */
import type { DemoHistory } from '../history';
import { selectFields } from '../field-selection';
import type { Json, JsonObject } from '../render';
import { issueJson } from '../render-issue';
import { errorBody, intParam, listParam, ok, pageBean, pageParams, pageToken, readPageToken, type On, type Site } from './http';

const NO_ISSUE = 'Issue does not exist or you do not have permission to see it.';

export function issueRoutes(on: On, { index, ds, r }: Site): void {
  const fieldIds = ds.fields.map((f) => f.id);

  on('GET', '/issue/{key}', ({ user, query }, [key]) => {
    const issue = index.findIssue(user, key as string);
    if (!issue) return errorBody(404, NO_ISSUE);
    return ok(issueJson(r(), issue, selectFields(listParam(query, 'fields'), fieldIds, 'all')));
  });

  // Nulls are left out: the OpenAPI schema types from/to as strings.
  const renderHistory = (h: DemoHistory, fields: ReadonlySet<string> | null): JsonObject => {
    const author = index.userById.get(h.authorId);
    return {
      id: h.id,
      ...(author ? { author: r().user(author) } : {}),
      created: h.created,
      items: h.items
        .filter((item) => !fields || fields.has(item.fieldId))
        .map((item) => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== null)) as JsonObject),
    };
  };

  on('POST', '/changelog/bulkfetch', ({ body, user }) => {
    const ids = body.issueIdsOrKeys;
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((x) => typeof x === 'string'))
      return errorBody(400, 'issueIdsOrKeys must be a non-empty list of issue ids or keys.');
    if (ids.length > 1000) return errorBody(400, 'You can request changelogs of at most 1000 issues at a time.');
    const fieldIds = body.fieldIds;
    if (fieldIds !== undefined && (!Array.isArray(fieldIds) || fieldIds.length > 10 || !fieldIds.every((x) => typeof x === 'string')))
      return errorBody(400, 'fieldIds must be a list of at most 10 field ids.');
    const maxResults = intParam(body.maxResults, 'maxResults', 1000);
    if (maxResults < 1 || maxResults > 10_000) return errorBody(400, 'maxResults must be between 1 and 10000.');
    const fields = Array.isArray(fieldIds) && fieldIds.length ? new Set(fieldIds as string[]) : null;
    const entries: Array<{ issueId: string; history: DemoHistory }> = [];
    for (const ref of ids as string[]) {
      const issue = index.findIssue(user, ref);
      if (!issue) continue; // Jira leaves out issues the caller cannot see
      for (const h of index.changelogs.get(issue.id) ?? []) {
        if (!fields || h.items.some((item) => fields.has(item.fieldId))) entries.push({ issueId: issue.id, history: h });
      }
    }
    const key = JSON.stringify([ids, fieldIds ?? null]);
    const offset = typeof body.nextPageToken === 'string' ? readPageToken(body.nextPageToken, key) : 0;
    const logs: JsonObject[] = [];
    for (const e of entries.slice(offset, offset + maxResults)) {
      const last = logs[logs.length - 1];
      const rendered = renderHistory(e.history, fields);
      if (last && last.issueId === e.issueId) (last.changeHistories as Json[]).push(rendered);
      else logs.push({ issueId: e.issueId, changeHistories: [rendered] });
    }
    return ok({
      issueChangeLogs: logs,
      ...(offset + maxResults < entries.length ? { nextPageToken: pageToken(key, offset + maxResults) } : {}),
    });
  });

  on('GET', '/issue/{key}/changelog', ({ user, query, path }, [key]) => {
    const issue = index.findIssue(user, key as string);
    if (!issue) return errorBody(404, NO_ISSUE);
    const all = index.changelogs.get(issue.id) ?? [];
    const page = pageParams(query, 100, 100);
    const self = (at: number): string => `${r().baseUrl}${path}?startAt=${at}&maxResults=${page.maxResults}`;
    return ok(pageBean(all, page, self, (h) => renderHistory(h, null)));
  });
}
