/**
 * A small Confluence Cloud REST v2 stand-in (plain node:http) for the workbench and tests: spaces,
 * pages by space and title, a page by id, create and update, in the shapes of
 * ../shared/jira/confluence-v2-openapi.json (`MultiEntityResult<SpaceBulk|PageBulk>`, `PageSingle`
 * with `_links.base`), with Basic auth for the demo Jira site's users (same e-mail and API token,
 * as on a real Atlassian site).
 *
 * Like Confluence it refuses a second page with the same title in a space (400, Confluence's
 * `{ errors: [{ status, code, title, detail }] }` body, word for word) and an update whose version
 * number is not the current one plus one (409), and it refuses storage format that is not well
 * formed. Without those, "publishing twice never duplicates" would prove nothing.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allUsers, DEMO_API_TOKEN, DEMO_USERS, type DemoUser } from '../demo-site/model';
import { xhtmlProblem } from './xhtml';

export interface SiteSpace {
  id: string;
  key: string;
  name: string;
  /** Who may see the space (and its pages): account ids, or 'all'. */
  readers: 'all' | string[];
  /** Who may create and update pages: account ids, or 'all' (of the readers). */
  writers: 'all' | string[];
  homepageTitle: string;
}

export interface SitePageVersion {
  number: number;
  message: string;
  createdAt: string;
  authorId: string;
  minorEdit: boolean;
  storage: string;
}

export interface SitePage {
  id: string;
  spaceId: string;
  title: string;
  status: 'current' | 'draft' | 'archived' | 'trashed';
  parentId: string | null;
  authorId: string;
  createdAt: string;
  versions: SitePageVersion[];
}

/** A snapshot of a page, for tests and the workbench. */
export interface PageSnapshot {
  id: string;
  spaceId: string;
  spaceKey: string;
  title: string;
  status: string;
  parentId: string | null;
  version: number;
  storage: string;
  authorId: string;
}

export interface ConfluenceFaultPlan {
  status: 429 | 500 | 502 | 503;
  count: number;
  retryAfterSeconds?: number;
}

export interface ConfluenceSiteOptions {
  /** 0 (default) = a free port. */
  port?: number;
  host?: string;
  spaces?: SiteSpace[];
  /** Clock for `createdAt` (tests). */
  now?: () => Date;
}

export interface ConfluenceSite {
  /** Site base without `/wiki`, e.g. `http://127.0.0.1:4020`. */
  url: string;
  port: number;
  close(): Promise<void>;
  pages(): PageSnapshot[];
  spaces(): Array<{ id: string; key: string; name: string; homepageId: string }>;
  /** Someone else edits a page in Confluence (bumps its version), e.g. to exercise a 409. */
  editAs(accountId: string, pageId: string, storage: string): PageSnapshot;
  injectFaults(plan: ConfluenceFaultPlan): void;
  stats: { readonly requests: number; readonly byRoute: Record<string, number>; reset(): void };
}

/** Two demo spaces. The outsider sees neither; the mobile engineer may read ENG but not write there. */
export const DEMO_SPACES: SiteSpace[] = [
  { id: '98305', key: 'PO', name: 'Product Ops', readers: 'all', writers: 'all', homepageTitle: 'Product Ops Home' },
  { id: '131073', key: 'ENG', name: 'Engineering', readers: 'all', writers: 'all', homepageTitle: 'Engineering Home' },
];

const NO_ACCESS = new Set<string>([DEMO_USERS.outsider.accountId]);
const READ_ONLY_ENG = new Set<string>([DEMO_USERS.mobile.accountId]);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json | undefined };

interface Reply {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
  html?: string;
}

/** Confluence v2's error body. */
export function confluenceError(status: number, code: string, title: string, detail: string | null = null): Reply {
  return { status, body: { errors: [{ status, code, title, detail }] } };
}

export const DUPLICATE_TITLE_MESSAGE = 'A page with this title already exists: A page already exists with the same TITLE in this space';

class Refusal extends Error {
  constructor(readonly reply: Reply) {
    super(String(reply.status));
  }
}

const refuse = (status: number, code: string, title: string): never => {
  throw new Refusal(confluenceError(status, code, title));
};
const badRequest = (title: string): never => refuse(400, 'BAD_REQUEST', title);
const notFound = (): never => refuse(404, 'NOT_FOUND', 'Not Found');

export async function startConfluenceSite(opts: ConfluenceSiteOptions = {}): Promise<ConfluenceSite> {
  const now = opts.now ?? (() => new Date());
  const spaces = (opts.spaces ?? DEMO_SPACES).map((s) => ({ ...s }));
  const pages = new Map<string, SitePage>();
  const homepage = new Map<string, string>();
  let nextId = 1_081_345;
  const newId = (): string => String(nextId++);
  let base = '';
  let faults: ConfluenceFaultPlan | null = null;
  const counts = { requests: 0, byRoute: {} as Record<string, number> };
  const users = allUsers();
  const admin = DEMO_USERS.lead.accountId;

  for (const s of spaces) {
    const id = newId();
    homepage.set(s.id, id);
    pages.set(id, {
      id,
      spaceId: s.id,
      title: s.homepageTitle,
      status: 'current',
      parentId: null,
      authorId: admin,
      createdAt: now().toISOString(),
      versions: [{ number: 1, message: '', createdAt: now().toISOString(), authorId: admin, minorEdit: false, storage: `<p>Welcome to ${s.name}.</p>` }],
    });
  }

  const canRead = (u: DemoUser, s: SiteSpace): boolean =>
    u.active && !NO_ACCESS.has(u.accountId) && (s.readers === 'all' || s.readers.includes(u.accountId));
  const canWrite = (u: DemoUser, s: SiteSpace): boolean =>
    canRead(u, s) && !(s.key === 'ENG' && READ_ONLY_ENG.has(u.accountId)) && (s.writers === 'all' || s.writers.includes(u.accountId));
  const spaceById = (id: string): SiteSpace | undefined => spaces.find((s) => s.id === id);
  const latest = (p: SitePage): SitePageVersion => p.versions[p.versions.length - 1]!;
  const slug = (title: string): string => encodeURIComponent(title.replace(/\s+/g, '+'));
  const webui = (p: SitePage): string => `/spaces/${spaceById(p.spaceId)!.key}/pages/${p.id}/${slug(p.title)}`;

  function spaceJson(s: SiteSpace): Json {
    return {
      id: s.id,
      key: s.key,
      name: s.name,
      type: 'global',
      status: 'current',
      authorId: admin,
      createdAt: '2024-01-01T00:00:00.000Z',
      homepageId: homepage.get(s.id)!,
      description: null,
      icon: null,
      _links: { webui: `/spaces/${s.key}` },
    };
  }

  function pageJson(p: SitePage, bodyFormat: string | null, single: boolean): Json {
    const v = latest(p);
    const body: Json = bodyFormat === 'storage' ? { storage: { representation: 'storage', value: v.storage } } : {};
    return {
      id: p.id,
      status: p.status,
      title: p.title,
      spaceId: p.spaceId,
      parentId: p.parentId,
      parentType: p.parentId ? 'page' : null,
      position: null,
      authorId: p.authorId,
      ownerId: p.authorId,
      lastOwnerId: null,
      createdAt: p.createdAt,
      version: { createdAt: v.createdAt, message: v.message, number: v.number, minorEdit: v.minorEdit, authorId: v.authorId },
      body,
      _links: {
        webui: webui(p),
        editui: `/pages/resumedraft.action?draftId=${p.id}`,
        tinyui: `/x/${Buffer.from(p.id).toString('base64url')}`,
        ...(single ? { base: `${base}/wiki` } : {}),
      },
    };
  }

  function limitOf(q: URLSearchParams): number {
    const raw = q.get('limit');
    if (raw === null) return 25;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 250) badRequest(`Invalid value for limit: ${raw}; it must be between 1 and 250.`);
    return n;
  }

  function idList(q: URLSearchParams, name: string): string[] | undefined {
    const raw = q.get(name);
    if (raw === null || raw === '') return undefined;
    const ids = raw.split(',').map((s) => s.trim());
    if (ids.some((s) => !/^\d+$/.test(s))) badRequest(`Invalid value for ${name}: each id must be a number.`);
    return ids;
  }

  /** One page of a list, with an opaque cursor (`_links.next` and a `Link` header) when there is more. */
  function paged(path: string, q: URLSearchParams, all: Json[]): Reply {
    const limit = limitOf(q);
    const cursor = q.get('cursor');
    let offset = 0;
    if (cursor) {
      const decoded = Number(Buffer.from(cursor, 'base64url').toString('utf8').replace(/^offset:/, ''));
      if (!Number.isInteger(decoded) || decoded < 0) badRequest('Invalid cursor.');
      offset = decoded;
    }
    const results = all.slice(offset, offset + limit);
    const links: { [k: string]: Json } = { base: `${base}/wiki` };
    const headers: Record<string, string> = {};
    if (offset + limit < all.length) {
      const next = new URLSearchParams(q);
      next.set('cursor', Buffer.from(`offset:${offset + limit}`).toString('base64url'));
      links.next = `${path}?${next.toString()}`;
      headers.Link = `<${links.next}>; rel="next", <${base}/wiki>; rel="base"`;
    }
    return { status: 200, body: { results, _links: links }, headers };
  }

  function bodyOf(raw: Json | undefined): string {
    if (raw === undefined || raw === null) return '';
    if (typeof raw !== 'object' || Array.isArray(raw)) return badRequest('body must be an object.');
    const rep = (raw as { storage?: Json }).storage !== undefined ? ((raw as { storage: Json }).storage as { [k: string]: Json }) : (raw as { [k: string]: Json });
    if (rep === null || typeof rep !== 'object') return badRequest('body must be an object.');
    if (rep.representation !== 'storage') return badRequest(`Unsupported body representation: ${String(rep.representation)} (this stand-in takes storage).`);
    if (typeof rep.value !== 'string') return badRequest('body.value must be a string.');
    const problem = xhtmlProblem(rep.value);
    if (problem) badRequest(`Error parsing xhtml: ${problem}`);
    return rep.value;
  }

  function titleTaken(spaceId: string, title: string, except?: string): boolean {
    for (const p of pages.values()) {
      if (p.id !== except && p.spaceId === spaceId && p.title === title && (p.status === 'current' || p.status === 'archived')) return true;
    }
    return false;
  }

  function readablePage(u: DemoUser, id: string): SitePage {
    const p = /^\d+$/.test(id) ? pages.get(id) : undefined;
    const s = p ? spaceById(p.spaceId) : undefined;
    if (!p || !s || !canRead(u, s)) return notFound();
    return p;
  }

  function listPages(u: DemoUser, q: URLSearchParams, spaceIds: string[] | undefined, path: string): Reply {
    const ids = idList(q, 'id');
    const title = q.get('title');
    const statuses = (q.get('status') ?? 'current,archived').split(',').map((s) => s.trim());
    const format = q.get('body-format');
    const all = [...pages.values()]
      .filter((p) => {
        const s = spaceById(p.spaceId);
        return (
          s !== undefined &&
          canRead(u, s) &&
          (!spaceIds || spaceIds.includes(p.spaceId)) &&
          (!ids || ids.includes(p.id)) &&
          (title === null || p.title === title) &&
          statuses.includes(p.status)
        );
      })
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((p) => pageJson(p, format, false));
    return paged(path, q, all);
  }

  function createPage(u: DemoUser, q: URLSearchParams, b: { [k: string]: Json | undefined }): Reply {
    if (typeof b.spaceId !== 'string' && typeof b.spaceId !== 'number') return badRequest('spaceId is required.');
    const space = spaceById(String(b.spaceId));
    if (!space || !canWrite(u, space)) return notFound();
    const status = b.status ?? 'current';
    if (status !== 'current' && status !== 'draft') return badRequest(`Invalid status: ${String(status)}.`);
    const title = typeof b.title === 'string' ? b.title.trim() : '';
    if (status === 'current' && title === '') return badRequest('Title is required for a page that is not a draft.');
    if (title.length > 255) return badRequest('Title must be at most 255 characters.');
    if (status === 'current' && titleTaken(space.id, title)) return badRequest(DUPLICATE_TITLE_MESSAGE);
    let parentId: string | null = null;
    if (b.parentId !== undefined && b.parentId !== null) {
      if (q.get('root-level') === 'true') return badRequest('parentId may not be given with root-level=true.');
      const parent = pages.get(String(b.parentId));
      if (!parent || parent.spaceId !== space.id || parent.status === 'trashed') return notFound();
      parentId = parent.id;
    } else if (q.get('root-level') !== 'true') {
      parentId = homepage.get(space.id) ?? null;
    }
    const storage = bodyOf(b.body);
    const at = now().toISOString();
    const page: SitePage = {
      id: newId(),
      spaceId: space.id,
      title,
      status: status as 'current' | 'draft',
      parentId,
      authorId: u.accountId,
      createdAt: at,
      versions: [{ number: 1, message: '', createdAt: at, authorId: u.accountId, minorEdit: false, storage }],
    };
    pages.set(page.id, page);
    return { status: 200, body: pageJson(page, 'storage', true) };
  }

  function updatePage(u: DemoUser, id: string, b: { [k: string]: Json | undefined }): Reply {
    const page = readablePage(u, id);
    const space = spaceById(page.spaceId)!;
    if (!canWrite(u, space)) return notFound();
    for (const field of ['id', 'status', 'title', 'body', 'version']) {
      if (b[field] === undefined || b[field] === null) return badRequest(`${field} is required.`);
    }
    if (String(b.id) !== page.id) return badRequest(`The id in the body (${String(b.id)}) does not match the page id in the path (${page.id}).`);
    if (b.status !== 'current' && b.status !== 'draft') return badRequest(`Invalid status: ${String(b.status)}.`);
    if (b.spaceId !== undefined && String(b.spaceId) !== page.spaceId) return badRequest('Moving a page to a different space is not supported.');
    const title = typeof b.title === 'string' ? b.title.trim() : '';
    if (title === '') return badRequest('Title is required.');
    if (title.length > 255) return badRequest('Title must be at most 255 characters.');
    const version = b.version as { [k: string]: Json };
    if (typeof version !== 'object' || typeof version.number !== 'number' || !Number.isInteger(version.number)) {
      return badRequest('version.number is required and must be a whole number.');
    }
    const current = latest(page).number;
    if (version.number !== current + 1) {
      return refuse(409, 'CONFLICT', `Version must be incremented on update. Current Version is: ${current}`);
    }
    if (title !== page.title && titleTaken(page.spaceId, title, page.id)) return badRequest(DUPLICATE_TITLE_MESSAGE);
    let parentId = page.parentId;
    if (b.parentId !== undefined && b.parentId !== null) {
      const parent = pages.get(String(b.parentId));
      if (!parent || parent.spaceId !== page.spaceId || parent.id === page.id) return notFound();
      parentId = parent.id;
    }
    const storage = bodyOf(b.body);
    page.title = title;
    page.parentId = parentId;
    page.status = b.status;
    page.versions.push({
      number: current + 1,
      message: typeof version.message === 'string' ? version.message : '',
      createdAt: now().toISOString(),
      authorId: u.accountId,
      minorEdit: false,
      storage,
    });
    return { status: 200, body: pageJson(page, 'storage', true) };
  }

  function route(method: string, path: string, q: URLSearchParams, u: DemoUser, b: { [k: string]: Json | undefined }): Reply {
    let m: RegExpExecArray | null;
    if (path === '/wiki/api/v2/spaces' && method === 'GET') {
      const keys = q.get('keys')?.split(',').map((s) => s.trim()).filter(Boolean);
      const ids = idList(q, 'ids');
      const all = spaces
        .filter((s) => canRead(u, s) && (!keys || keys.includes(s.key)) && (!ids || ids.includes(s.id)))
        .map(spaceJson);
      return paged(path, q, all);
    }
    if ((m = /^\/wiki\/api\/v2\/spaces\/([^/]+)$/.exec(path)) && method === 'GET') {
      const s = spaceById(decodeURIComponent(m[1]!));
      if (!s || !canRead(u, s)) return notFound();
      return { status: 200, body: spaceJson(s) };
    }
    if ((m = /^\/wiki\/api\/v2\/spaces\/([^/]+)\/pages$/.exec(path)) && method === 'GET') {
      const id = decodeURIComponent(m[1]!);
      if (!/^\d+$/.test(id)) return badRequest('The space id must be a number.');
      const s = spaceById(id);
      if (!s || !canRead(u, s)) return notFound();
      return listPages(u, q, [s.id], path);
    }
    if (path === '/wiki/api/v2/pages') {
      if (method === 'GET') return listPages(u, q, idList(q, 'space-id'), path);
      if (method === 'POST') return createPage(u, q, b);
      return refuse(405, 'METHOD_NOT_ALLOWED', `Method ${method} is not allowed.`);
    }
    if ((m = /^\/wiki\/api\/v2\/pages\/([^/]+)$/.exec(path))) {
      const id = decodeURIComponent(m[1]!);
      if (!/^\d+$/.test(id)) return badRequest('The page id must be a number.');
      if (method === 'GET') return { status: 200, body: pageJson(readablePage(u, id), q.get('body-format'), true) };
      if (method === 'PUT') return updatePage(u, id, b);
      if (method === 'DELETE') {
        const page = readablePage(u, id);
        if (!canWrite(u, spaceById(page.spaceId)!)) return notFound();
        page.status = 'trashed';
        return { status: 204 };
      }
      return refuse(405, 'METHOD_NOT_ALLOWED', `Method ${method} is not allowed.`);
    }
    return notFound();
  }

  function authenticate(header: string | undefined): DemoUser | undefined {
    const m = /^Basic\s+(.+)$/i.exec(header ?? '');
    if (!m) return undefined;
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const user = users.find((x) => x.email.toLowerCase() === decoded.slice(0, colon).toLowerCase());
    return user && user.active && decoded.slice(colon + 1) === DEMO_API_TOKEN ? user : undefined;
  }

  /** A minimal web view, so links from the workbench open something. Scripts are blocked by CSP. */
  function webView(path: string): Reply | undefined {
    const m = /^\/wiki\/spaces\/([^/]+)\/pages\/(\d+)(?:\/.*)?$/.exec(path);
    if (!m) return undefined;
    const page = pages.get(m[2]!);
    if (!page || page.status === 'trashed') return { status: 404, html: '<h1>Page not found</h1>' };
    const s = spaceById(page.spaceId)!;
    const children = [...pages.values()].filter((p) => p.parentId === page.id && p.status === 'current');
    const escHtml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const html =
      `<!doctype html><meta charset="utf-8"><title>${escHtml(page.title)} - ${escHtml(s.name)}</title>` +
      `<p><small>Confluence stand-in · space ${escHtml(s.key)} · version ${latest(page).number}</small></p>` +
      `<h1>${escHtml(page.title)}</h1>${latest(page).storage}` +
      (children.length ? `<h2>Child pages</h2><ul>${children.map((c) => `<li><a href="/wiki${webui(c)}">${escHtml(c.title)}</a></li>`).join('')}</ul>` : '');
    return { status: 200, html };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://confluence.local');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/\/+$/, '');
    counts.requests++;
    const routeKey = `${method} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`;
    counts.byRoute[routeKey] = (counts.byRoute[routeKey] ?? 0) + 1;
    let reply: Reply;
    try {
      const raw = await readBody(req);
      reply = answer(req, method, path, url.searchParams, raw);
    } catch (err) {
      reply = err instanceof Refusal ? err.reply : confluenceError(500, 'INTERNAL_SERVER_ERROR', `Internal server error: ${(err as Error).message}`);
    }
    send(res, reply);
  }

  function answer(req: IncomingMessage, method: string, path: string, q: URLSearchParams, raw: string): Reply {
    if (faults && faults.count > 0) {
      const plan = faults;
      if (--plan.count <= 0) faults = null;
      const r = confluenceError(plan.status, plan.status === 429 ? 'TOO_MANY_REQUESTS' : 'SERVICE_UNAVAILABLE', plan.status === 429 ? 'Rate limit exceeded.' : 'Service Unavailable');
      if (plan.status === 429) r.headers = { 'Retry-After': String(plan.retryAfterSeconds ?? 1) };
      return r;
    }
    if (method === 'GET') {
      const view = webView(path);
      if (view) return view;
    }
    const user = authenticate(req.headers.authorization);
    if (!user) {
      const r = confluenceError(401, 'UNAUTHORIZED', 'Unauthorized; scope does not match or credentials are missing.');
      r.headers = { 'WWW-Authenticate': 'Basic realm="protected-area"' };
      return r;
    }
    let body: { [k: string]: Json | undefined } = {};
    if (raw.trim() !== '') {
      if (Buffer.byteLength(raw) > 5 * 1024 * 1024) return confluenceError(413, 'REQUEST_ENTITY_TOO_LARGE', 'Request is too large (over 5 MB).');
      try {
        const parsed = JSON.parse(raw) as Json;
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return badRequest('The request body must be a JSON object.');
        body = parsed as { [k: string]: Json | undefined };
      } catch {
        return badRequest('The request body is not valid JSON.');
      }
    }
    return route(method, path, q, user, body);
  }

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  base = `http://${opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1'}:${port}`;

  const snapshot = (p: SitePage): PageSnapshot => ({
    id: p.id,
    spaceId: p.spaceId,
    spaceKey: spaceById(p.spaceId)!.key,
    title: p.title,
    status: p.status,
    parentId: p.parentId,
    version: latest(p).number,
    storage: latest(p).storage,
    authorId: p.authorId,
  });

  return {
    url: base,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
    pages: () => [...pages.values()].sort((a, b) => Number(a.id) - Number(b.id)).map(snapshot),
    spaces: () => spaces.map((s) => ({ id: s.id, key: s.key, name: s.name, homepageId: homepage.get(s.id)! })),
    editAs(accountId, pageId, storage) {
      const page = pages.get(pageId);
      if (!page) throw new Error(`No page ${pageId}`);
      page.versions.push({ number: latest(page).number + 1, message: 'edited', createdAt: now().toISOString(), authorId: accountId, minorEdit: false, storage });
      return snapshot(page);
    },
    injectFaults(plan) {
      faults = plan.count > 0 ? { ...plan } : null;
    },
    stats: {
      get requests() {
        return counts.requests;
      },
      get byRoute() {
        return { ...counts.byRoute };
      },
      reset() {
        counts.requests = 0;
        counts.byRoute = {};
      },
    },
  };
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
  if (reply.html !== undefined) {
    res.writeHead(reply.status, {
      'Content-Type': 'text/html;charset=UTF-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:",
      'Content-Length': Buffer.byteLength(reply.html),
    });
    res.end(reply.html);
    return;
  }
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, reply.headers);
    res.end();
    return;
  }
  const payload = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': Buffer.byteLength(payload),
    ...reply.headers,
  });
  res.end(payload);
}
