/** Issue search: `GET`/`POST /search/jql` (nextPageToken paging, Jira's page caps) and the approximate count. */
import { JqlError } from '../jql';
import { searchJql } from '../jql-eval';
import type { DemoUser } from '../model';
import { selectFields } from '../field-selection';
import type { JsonObject } from '../render';
import { issueJson } from '../render-issue';
import { errorBody, HttpError, intParam, listParam, ok, pageToken, readPageToken, type On, type Reply, type Site } from './http';

/** Jira's cap on a search page: 100 issues with fields, 5,000 with ids/keys only. */
export const SEARCH_PAGE_LIMIT = 100;
export const SEARCH_PAGE_LIMIT_IDS = 5000;
const DEFAULT_MAX_RESULTS = 50;

interface SearchInput {
  jql: string;
  fields: string[];
  maxResults: number;
  nextPageToken: string | null;
}

export function searchRoutes(on: On, { index, ds, r, now }: Site): void {
  const fieldIds = ds.fields.map((f) => f.id);

  const runSearch = (jql: string, user: DemoUser) => {
    try {
      return searchJql(jql, { index, user, now: now() }, { requireBounded: true });
    } catch (e) {
      if (e instanceof JqlError) throw new HttpError(errorBody(400, ...e.messages));
      throw e;
    }
  };

  const search = (user: DemoUser, input: SearchInput): Reply => {
    const sel = selectFields(input.fields, fieldIds, 'none');
    const cap = sel.idsOnly ? SEARCH_PAGE_LIMIT_IDS : SEARCH_PAGE_LIMIT;
    if (input.maxResults < 0) return errorBody(400, 'The maxResults parameter must not be negative.');
    const size = Math.max(1, Math.min(input.maxResults, cap));
    const matched = runSearch(input.jql, user);
    const offset = input.nextPageToken ? readPageToken(input.nextPageToken, input.jql) : 0;
    const page = matched.slice(offset, offset + size);
    const isLast = offset + size >= matched.length;
    const body: JsonObject = { issues: page.map((i) => issueJson(r(), i, sel)) };
    if (!isLast) body.nextPageToken = pageToken(input.jql, offset + size);
    body.isLast = isLast;
    return ok(body);
  };

  on('GET', '/search/jql', ({ query, user }) =>
    search(user, {
      jql: query.get('jql') ?? '',
      fields: listParam(query, 'fields'),
      maxResults: intParam(query.get('maxResults'), 'maxResults', DEFAULT_MAX_RESULTS),
      nextPageToken: query.get('nextPageToken'),
    }),
  );

  on('POST', '/search/jql', ({ body, user }) => {
    const fields = body.fields;
    return search(user, {
      jql: typeof body.jql === 'string' ? body.jql : '',
      fields: Array.isArray(fields) ? fields.map(String) : typeof fields === 'string' ? [fields] : [],
      maxResults: intParam(body.maxResults, 'maxResults', DEFAULT_MAX_RESULTS),
      nextPageToken: typeof body.nextPageToken === 'string' ? body.nextPageToken : null,
    });
  });

  on('POST', '/search/approximate-count', ({ body, user }) =>
    ok({ count: runSearch(typeof body.jql === 'string' ? body.jql : '', user).length }),
  );
}
