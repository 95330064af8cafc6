/**
 * The demo Jira site: a plain node:http server answering like Jira Cloud REST v3 for what
 * Shipshape reads, over a deterministic dataset, with knobs for latency and faults.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { todayUtc } from './clock';
import { createDataset } from './dataset';
import { JqlError } from './jql';
import { searchJql } from './jql-eval';
import { DEMO_API_TOKEN, type Dataset, type DemoUser, type DemoVersion } from './model';
import { Renderer, selectFields, type Json, type JsonObject } from './render';
import type { DemoHistory } from './history';
import { SiteIndex } from './site-index';

export interface DemoSiteOptions {
  /** 0 (default) = a free port. */
  port?: number;
  /** Defaults to `createDataset({ today })`. */
  dataset?: Dataset;
  /** Delay before every answer, in ms. */
  latencyMs?: number;
  /** As-of date for the default dataset; defaults to today (UTC). */
  today?: string;
  /** Interface to listen on; 127.0.0.1 by default. */
  host?: string;
}

export interface FaultPlan {
  status: 429 | 500 | 503;
  /** How many of the next requests fail. */
  count: number;
  /** 429 only: the `Retry-After` header, in seconds (default 1). */
  retryAfterSeconds?: number;
}

export interface DemoSiteStats {
  readonly requests: number;
  /** Requests per path (without the query string), e.g. `/rest/api/3/search/jql`. */
  readonly byPath: Record<string, number>;
  reset(): void;
}

export interface DemoSite {
  url: string;
  port: number;
  dataset: Dataset;
  close(): Promise<void>;
  setLatency(ms: number): void;
  injectFaults(plan: FaultPlan): void;
  stats: DemoSiteStats;
}

/** Jira's cap on a search page: 100 issues with fields, 5,000 with ids/keys only. */
export const SEARCH_PAGE_LIMIT = 100;
export const SEARCH_PAGE_LIMIT_IDS = 5000;
const DEFAULT_MAX_RESULTS = 50;

/** An HTTP answer: status, JSON (or text) body and extra headers. */
interface Reply {
  status: number;
  body: Json;
  headers?: Record<string, string>;
  text?: boolean;
}

const ok = (body: Json): Reply => ({ status: 200, body });
const errorBody = (status: number, ...messages: string[]): Reply => ({
  status,
  body: { errorMessages: messages, errors: {} },
});

class HttpError extends Error {
  constructor(readonly reply: Reply) {
    super(String(reply.status));
  }
}

interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  body: JsonObject;
  user: DemoUser;
}

type Handler = (req: Request, params: string[]) => Reply;

export async function startDemoSite(opts: DemoSiteOptions = {}): Promise<DemoSite> {
  const dataset = opts.dataset ?? createDataset({ today: opts.today ?? todayUtc() });
  const index = new SiteIndex(dataset);
  let latencyMs = opts.latencyMs ?? 0;
  let faults: FaultPlan | null = null;
  const counts = { requests: 0, byPath: {} as Record<string, number> };
  let renderer: Renderer = new Renderer(index, '');
  const routes = buildRoutes(index, () => renderer);

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://demo.local');
    counts.requests++;
    counts.byPath[url.pathname] = (counts.byPath[url.pathname] ?? 0) + 1;
    let reply: Reply;
    try {
      const raw = await readBody(req);
      reply = answer(req, url, raw);
    } catch (e) {
      reply =
        e instanceof HttpError
          ? e.reply
          : errorBody(500, `Internal server error: ${(e as Error).message}`);
    }
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
    send(res, reply);
  }

  function answer(req: IncomingMessage, url: URL, raw: string): Reply {
    if (faults && faults.count > 0) {
      const plan = faults;
      if (--plan.count <= 0) faults = null;
      return faultReply(plan);
    }
    // Jira's unauthenticated health check, handy to wait for the site to come up.
    if (url.pathname === '/status') return ok({ state: 'RUNNING' });
    const user = authenticate(req.headers.authorization, index);
    if (!user) {
      // Jira Cloud answers bad or missing credentials with plain text, not an ErrorCollection.
      return {
        status: 401,
        body: 'Client must be authenticated to access this resource.',
        text: true,
        headers: { 'WWW-Authenticate': 'Basic realm="protected-area"' },
      };
    }
    const method = (req.method ?? 'GET').toUpperCase();
    let body: JsonObject = {};
    if (raw.trim()) {
      try {
        const parsed = JSON.parse(raw) as Json;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed;
      } catch {
        return errorBody(
          400,
          'Invalid request payload. Refer to the REST API documentation and try again.',
        );
      }
    }
    const path = url.pathname.replace(/\/+$/, '');
    let pathMatched = false;
    for (const route of routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      return route.handler(
        { method, path, query: url.searchParams, body, user },
        m.slice(1).map(decodeURIComponent),
      );
    }
    if (pathMatched) return errorBody(405, `Method ${method} is not allowed for ${path}.`);
    return errorBody(404, `No resource found for ${method} ${path}.`);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1'}:${port}`;
  renderer = new Renderer(index, url);

  return {
    url,
    port,
    dataset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
    setLatency(ms: number) {
      latencyMs = Math.max(0, ms);
    },
    injectFaults(plan: FaultPlan) {
      faults = plan.count > 0 ? { ...plan } : null;
    },
    stats: {
      get requests() {
        return counts.requests;
      },
      get byPath() {
        return { ...counts.byPath };
      },
      reset() {
        counts.requests = 0;
        counts.byPath = {};
      },
    },
  };
}

function faultReply(plan: FaultPlan): Reply {
  if (plan.status === 429) {
    return {
      status: 429,
      body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
      headers: {
        'Retry-After': String(plan.retryAfterSeconds ?? 1),
        'X-RateLimit-Reason': 'jira-burst-based',
      },
    };
  }
  return errorBody(
    plan.status,
    plan.status === 503 ? 'Service Unavailable' : 'Internal server error',
  );
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  const payload = reply.text ? String(reply.body) : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': reply.text ? 'text/plain;charset=UTF-8' : 'application/json;charset=UTF-8',
    'Content-Length': Buffer.byteLength(payload),
    ...reply.headers,
  });
  res.end(payload);
}

/** Basic auth `email:token`; every demo user's token is DEMO_API_TOKEN. */
function authenticate(header: string | undefined, index: SiteIndex): DemoUser | undefined {
  const m = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = index.userByEmail(decoded.slice(0, colon));
  return user && user.active && decoded.slice(colon + 1) === DEMO_API_TOKEN ? user : undefined;
}

// ---------------------------------------------------------------------------------------------
// Routes

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

/** The permissions `/mypermissions` knows: the global admin one and browsing (per project). */
const PERMISSIONS: Record<string, { id: string; name: string; type: 'GLOBAL' | 'PROJECT'; description: string }> = {
  ADMINISTER: { id: '0', name: 'Administer Jira', type: 'GLOBAL', description: 'Create and administer projects, issue types, fields, workflows, and schemes for all projects.' },
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT', description: 'Ability to browse projects and the issues within them.' },
};

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Jira's displayName: HTML-escaped, the typed part in bold. */
function highlighted(name: string, typed: string): string {
  const at = typed ? name.toLowerCase().indexOf(typed) : -1;
  if (at < 0) return escapeHtml(name);
  return `${escapeHtml(name.slice(0, at))}<b>${escapeHtml(name.slice(at, at + typed.length))}</b>${escapeHtml(name.slice(at + typed.length))}`;
}

/** Query values of a repeatable, comma-separable parameter (`fields=a,b&fields=c`). */
function listParam(query: URLSearchParams, name: string): string[] {
  return query.getAll(name).flatMap((v) => v.split(','));
}

function intParam(value: Json | string | null | undefined, name: string, fallback: number): number {
  if (value === null || value === undefined || value === '') return fallback;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n))
    throw new HttpError(errorBody(400, `The ${name} parameter must be an integer.`));
  return n;
}

function pageToken(jql: string, offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, q: jqlHash(jql) })).toString('base64url');
}

function jqlHash(jql: string): string {
  return createHash('sha1').update(jql).digest('hex').slice(0, 12);
}

function readPageToken(token: string, jql: string): number {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      o?: unknown;
      q?: unknown;
    };
    if (typeof t.o === 'number' && Number.isInteger(t.o) && t.o >= 0 && t.q === jqlHash(jql))
      return t.o;
  } catch {
    // fall through
  }
  throw new HttpError(errorBody(400, 'The provided next page token is invalid or expired.'));
}

function buildRoutes(index: SiteIndex, r: () => Renderer): Route[] {
  const ds = index.ds;
  const fieldIds = ds.fields.map((f) => f.id);
  const ctxOf = (user: DemoUser) => ({ index, user, now: ds.now });

  const runSearch = (jql: string, user: DemoUser) => {
    try {
      return searchJql(jql, ctxOf(user), { requireBounded: true });
    } catch (e) {
      if (e instanceof JqlError) throw new HttpError(errorBody(400, ...e.messages));
      throw e;
    }
  };

  const search = (
    user: DemoUser,
    input: {
      jql: string;
      fields: string[];
      maxResults: number;
      nextPageToken: string | null;
    },
  ): Reply => {
    const sel = selectFields(input.fields, fieldIds, 'none');
    const cap = sel.idsOnly ? SEARCH_PAGE_LIMIT_IDS : SEARCH_PAGE_LIMIT;
    if (input.maxResults < 0)
      return errorBody(400, 'The maxResults parameter must not be negative.');
    const size = Math.max(1, Math.min(input.maxResults, cap));
    const matched = runSearch(input.jql, user);
    const offset = input.nextPageToken ? readPageToken(input.nextPageToken, input.jql) : 0;
    const page = matched.slice(offset, offset + size);
    const isLast = offset + size >= matched.length;
    const body: JsonObject = { issues: page.map((i) => r().issue(i, sel)) };
    if (!isLast) body.nextPageToken = pageToken(input.jql, offset + size);
    body.isLast = isLast;
    return ok(body);
  };

  const projectOr404 = (user: DemoUser, keyOrId: string) => {
    const p = index.findProject(user, keyOrId);
    if (!p) {
      const what = /^\d+$/.test(keyOrId) ? 'id' : 'key';
      throw new HttpError(errorBody(404, `No project could be found with ${what} '${keyOrId}'.`));
    }
    return p;
  };

  const versionOr404 = (user: DemoUser, id: string): DemoVersion => {
    const v = index.findVersion(user, id);
    if (!v) throw new HttpError(errorBody(404, `Could not find version for id '${id}'.`));
    return v;
  };

  const expands = (q: URLSearchParams): Set<string> =>
    new Set(listParam(q, 'expand').map((e) => e.trim().toLowerCase()));

  const routes: Route[] = [];
  const on = (method: string, path: string, handler: Handler): void => {
    const pattern = new RegExp(`^/rest/api/3${path.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
    routes.push({ method, pattern, handler });
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
      fields: Array.isArray(fields)
        ? fields.map(String)
        : typeof fields === 'string'
          ? [fields]
          : [],
      maxResults: intParam(body.maxResults, 'maxResults', DEFAULT_MAX_RESULTS),
      nextPageToken: typeof body.nextPageToken === 'string' ? body.nextPageToken : null,
    });
  });

  on('POST', '/search/approximate-count', ({ body, user }) =>
    ok({
      count: runSearch(typeof body.jql === 'string' ? body.jql : '', user).length,
    }),
  );

  on('GET', '/serverInfo', () =>
    ok({
      baseUrl: r().baseUrl,
      version: '1001.0.0-SNAPSHOT',
      deploymentType: 'Cloud',
      serverTitle: 'Shipshape demo site',
      buildNumber: 100000,
    }),
  );

  on('GET', '/field', () => ok(ds.fields.map((f) => r().field(f))));

  on('GET', '/myself', ({ user }) => ok(r().myself(user)));

  // People pickers: Jira's user picker matches the start of any word of a display name, or of an
  // e-mail address; every signed-in user may browse users (Jira's default global permission).
  on('GET', '/user/picker', ({ query }) => {
    const text = (query.get('query') ?? '').trim().toLowerCase();
    if (!text) return errorBody(400, 'The query parameter is required.');
    const maxResults = Math.max(1, Math.min(intParam(query.get('maxResults'), 'maxResults', 50), 1000));
    const exclude = new Set(listParam(query, 'excludeAccountIds'));
    const matches = ds.users.filter(
      (u) => u.active && !exclude.has(u.accountId) && (u.displayName.toLowerCase().split(/\s+/).some((w) => w.startsWith(text)) || u.displayName.toLowerCase().startsWith(text) || u.email.toLowerCase().startsWith(text)),
    );
    const shown = matches.slice(0, maxResults);
    return ok({
      users: shown.map((u) => r().pickerUser(u, text)),
      total: matches.length,
      header: `Showing ${shown.length} of ${matches.length} matching users`,
    });
  });

  on('GET', '/user/bulk', ({ query, path }) => {
    const ids = query.getAll('accountId').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if (!ids.length) return errorBody(400, 'The accountId parameter is required.');
    if (ids.length > 200) return errorBody(400, 'You can request at most 200 account ids.');
    const startAt = Math.max(0, intParam(query.get('startAt'), 'startAt', 0));
    const maxResults = Math.max(1, Math.min(intParam(query.get('maxResults'), 'maxResults', 10), 200));
    const found = ids.map((id) => index.userById.get(id)).filter((u): u is DemoUser => u !== undefined);
    const page = found.slice(startAt, startAt + maxResults);
    const isLast = startAt + maxResults >= found.length;
    return ok({
      self: `${r().baseUrl}${path}?${query.toString()}`,
      maxResults,
      startAt,
      total: found.length,
      isLast,
      values: page.map((u) => r().user(u)),
    });
  });

  on('GET', '/project/search', ({ user, query, path }) => {
    const text = (query.get('query') ?? '').trim().toLowerCase();
    const startAt = Math.max(0, intParam(query.get('startAt'), 'startAt', 0));
    const maxResults = Math.max(1, Math.min(intParam(query.get('maxResults'), 'maxResults', 50), 100));
    const byName = (query.get('orderBy') ?? 'key').replace(/^[+-]/, '') === 'name';
    const all = index
      .visibleProjects(user)
      .filter((p) => !text || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text))
      .sort((a, b) => (byName ? a.name.localeCompare(b.name) : a.key.localeCompare(b.key)));
    const page = all.slice(startAt, startAt + maxResults);
    const isLast = startAt + maxResults >= all.length;
    const self = (at: number): string => {
      const q = new URLSearchParams(query);
      q.set('startAt', String(at));
      q.set('maxResults', String(maxResults));
      return `${r().baseUrl}${path}?${q.toString()}`;
    };
    return ok({
      self: self(startAt),
      ...(isLast ? {} : { nextPage: self(startAt + maxResults) }),
      maxResults,
      startAt,
      total: all.length,
      isLast,
      values: page.map((p) => r().projectRef(p)),
    });
  });

  // Every value of a field, or those containing `fieldValue`: the value itself, and for display
  // HTML-escaped with the match in bold, as in the spec's example.
  on('GET', '/jql/autocompletedata/suggestions', ({ query }) => {
    const names: Record<string, readonly string[]> = {
      priority: ds.priorities.map((p) => p.name),
      issuetype: ds.issueTypes.map((t) => t.name),
      status: ds.statuses.map((x) => x.name),
    };
    const typed = (query.get('fieldValue') ?? '').toLowerCase();
    const values = (names[(query.get('fieldName') ?? '').toLowerCase()] ?? []).filter((n) => n.toLowerCase().includes(typed));
    return ok({ results: values.map((n) => ({ value: n, displayName: highlighted(n, typed) })) });
  });

  on('GET', '/mypermissions', ({ query, user }) => {
    const keys = listParam(query, 'permissions').map((k) => k.trim()).filter(Boolean);
    if (keys.length === 0) throw new HttpError(errorBody(400, 'The permissions query parameter is required.'));
    const unknown = keys.find((k) => !(k in PERMISSIONS));
    if (unknown) throw new HttpError(errorBody(400, `Invalid permission key: ${unknown}`));
    const projectKey = query.get('projectKey');
    const browses = (key: string): boolean => user.browse === 'all' || user.browse.includes(key);
    const holds = (k: string): boolean =>
      k === 'ADMINISTER' ? user.admin === true : projectKey ? browses(projectKey) : user.browse === 'all' || user.browse.length > 0;
    return ok({ permissions: Object.fromEntries(keys.map((k) => [k, { ...PERMISSIONS[k], key: k, havePermission: holds(k) }])) });
  });

  on('GET', '/issuetype', () => ok(ds.issueTypes.map((t) => r().issueType(t))));

  on('GET', '/statuscategory', () => ok(ds.statusCategories.map((c) => r().statusCategory(c))));

  on('GET', '/status', () => ok(ds.statuses.map((s) => r().status(s))));

  on('GET', '/resolution', () => ok(ds.resolutions.map((x) => r().resolution(x))));

  on('GET', '/project/{key}', ({ user }, [key]) =>
    ok(r().project(projectOr404(user, key as string), ds.today)),
  );

  on('GET', '/project/{key}/versions', ({ user, query }, [key]) => {
    const p = projectOr404(user, key as string);
    const withStatus = expands(query).has('issuesstatus');
    const versions = ds.versions
      .filter((v) => v.projectKey === p.key)
      .sort((a, b) => a.sequence - b.sequence);
    return ok(versions.map((v) => r().version(v, ds.today, withStatus)));
  });

  on('GET', '/project/{key}/version', ({ user, query, path }, [key]) => {
    const p = projectOr404(user, key as string);
    const startAt = Math.max(0, intParam(query.get('startAt'), 'startAt', 0));
    const maxResults = Math.max(
      1,
      Math.min(intParam(query.get('maxResults'), 'maxResults', 50), 50),
    );
    const statuses = listParam(query, 'status')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const text = (query.get('query') ?? '').trim().toLowerCase();
    let versions = ds.versions.filter((v) => v.projectKey === p.key);
    if (statuses.length) {
      versions = versions.filter((v) => {
        const state = v.archived ? 'archived' : v.released ? 'released' : 'unreleased';
        return statuses.includes(state);
      });
    }
    if (text)
      versions = versions.filter(
        (v) => v.name.toLowerCase().includes(text) || v.description.toLowerCase().includes(text),
      );
    versions = sortVersions(versions, query.get('orderBy'));
    const page = versions.slice(startAt, startAt + maxResults);
    const isLast = startAt + maxResults >= versions.length;
    const withStatus = expands(query).has('issuesstatus');
    const apiRoot = r().baseUrl;
    const self = (at: number): string => {
      const q = new URLSearchParams(query);
      q.set('startAt', String(at));
      q.set('maxResults', String(maxResults));
      return `${apiRoot}${path}?${q.toString()}`;
    };
    const body: JsonObject = {
      self: self(startAt),
      ...(isLast ? {} : { nextPage: self(startAt + maxResults) }),
      maxResults,
      startAt,
      total: versions.length,
      isLast,
      values: page.map((v) => r().version(v, ds.today, withStatus)),
    };
    return ok(body);
  });

  on('GET', '/version/{id}', ({ user, query }, [id]) =>
    ok(r().version(versionOr404(user, id as string), ds.today, expands(query).has('issuesstatus'))),
  );

  on('GET', '/version/{id}/relatedIssueCounts', ({ user }, [id]) => {
    const v = versionOr404(user, id as string);
    return ok({
      self: r().version(v, ds.today).self as string,
      issuesFixedCount: index.issuesOfVersion(v.id).length,
      issuesAffectedCount: 0,
      issueCountWithCustomFieldsShowingVersion: 0,
      customFieldUsage: [],
    });
  });

  on('GET', '/version/{id}/unresolvedIssueCount', ({ user }, [id]) => {
    const v = versionOr404(user, id as string);
    const issues = index.issuesOfVersion(v.id);
    return ok({
      self: r().version(v, ds.today).self as string,
      issuesCount: issues.length,
      issuesUnresolvedCount: issues.filter((i) => i.resolutionId === null).length,
    });
  });

  on('GET', '/issue/{key}', ({ user, query }, [key]) => {
    const issue = index.findIssue(user, key as string);
    if (!issue)
      return errorBody(404, 'Issue does not exist or you do not have permission to see it.');
    return ok(r().issue(issue, selectFields(listParam(query, 'fields'), fieldIds, 'all')));
  });

  // Changelogs (SPEC §7). Nulls are left out: the OpenAPI schema types from/to as strings.
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
    const page = entries.slice(offset, offset + maxResults);
    const logs: JsonObject[] = [];
    for (const e of page) {
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
    if (!issue) return errorBody(404, 'Issue does not exist or you do not have permission to see it.');
    const all = index.changelogs.get(issue.id) ?? [];
    const startAt = Math.max(0, intParam(query.get('startAt'), 'startAt', 0));
    const maxResults = Math.max(1, Math.min(intParam(query.get('maxResults'), 'maxResults', 100), 100));
    const isLast = startAt + maxResults >= all.length;
    const self = (at: number): string => `${r().baseUrl}${path}?startAt=${at}&maxResults=${maxResults}`;
    return ok({
      self: self(startAt),
      ...(isLast ? {} : { nextPage: self(startAt + maxResults) }),
      maxResults,
      startAt,
      total: all.length,
      isLast,
      values: all.slice(startAt, startAt + maxResults).map((h) => renderHistory(h, null)),
    });
  });

  on('GET', '/mypermissions', ({ user, query }) => {
    const wanted = listParam(query, 'permissions')
      .map((p) => p.trim())
      .filter(Boolean);
    if (!wanted.length) return errorBody(400, 'The permissions parameter is required.');
    const projectKey = query.get('projectKey') ?? query.get('projectId');
    let scope: boolean;
    if (projectKey) {
      if (!index.findProject(user, projectKey))
        return errorBody(404, `No project could be found with key '${projectKey}'.`);
      scope = true;
    } else scope = index.visibleProjects(user).length > 0;
    const permissions: JsonObject = {};
    for (const key of wanted) {
      const browse = key === 'BROWSE_PROJECTS';
      permissions[key] = {
        id: browse ? '10' : '0',
        key,
        name: browse ? 'Browse Projects' : key,
        type: 'PROJECT',
        description: browse ? 'Ability to browse projects and the issues within them.' : '',
        havePermission: browse && scope,
      };
    }
    return ok({ permissions });
  });

  return routes;
}

function sortVersions(versions: DemoVersion[], orderBy: string | null): DemoVersion[] {
  const raw = (orderBy ?? 'sequence').trim();
  const desc = raw.startsWith('-');
  const field = raw.replace(/^[+-]/, '');
  const key = (v: DemoVersion): string | number | null => {
    switch (field) {
      case 'name':
        return v.name.toLowerCase();
      case 'description':
        return v.description.toLowerCase();
      case 'releaseDate':
        return v.releaseDate;
      case 'startDate':
        return v.startDate;
      default:
        return v.sequence;
    }
  };
  return [...versions].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === kb) return a.sequence - b.sequence;
    if (ka === null) return 1; // versions without a date come last either way
    if (kb === null) return -1;
    return (ka < kb ? -1 : 1) * (desc ? -1 : 1);
  });
}
