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
import { userOfBasicAuth } from '../demo-site/credentials';
import { allUsers, type DemoUser } from '../demo-site/model';
import { closeServer, faultQueue, listen, loopbackUrl, readBody, requestCounter, type RequestStats } from '../node/http-server';
import { createPage, listPages, readablePage, updatePage } from './page-routes';
import { badRequest, confluenceError, idList, notFound, paged, refuse, Refusal, type Reply } from './replies';
import { DEMO_SPACES, Wiki, type Json, type PageSnapshot, type SiteSpace } from './wiki';

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
  stats: RequestStats<'byRoute'>;
}

type Body = { [k: string]: Json | undefined };

function route(wiki: Wiki, method: string, path: string, q: URLSearchParams, u: DemoUser, b: Body): Reply {
  let m: RegExpExecArray | null;
  if (path === '/wiki/api/v2/spaces' && method === 'GET') {
    const keys = q.get('keys')?.split(',').map((s) => s.trim()).filter(Boolean);
    const ids = idList(q, 'ids');
    const all = wiki.spaces
      .filter((s) => wiki.canRead(u, s) && (!keys || keys.includes(s.key)) && (!ids || ids.includes(s.id)))
      .map((s) => wiki.spaceJson(s));
    return paged(wiki.base, path, q, all);
  }
  if ((m = /^\/wiki\/api\/v2\/spaces\/([^/]+)$/.exec(path)) && method === 'GET') {
    const s = wiki.spaceById(decodeURIComponent(m[1]!));
    if (!s || !wiki.canRead(u, s)) return notFound();
    return { status: 200, body: wiki.spaceJson(s) };
  }
  if ((m = /^\/wiki\/api\/v2\/spaces\/([^/]+)\/pages$/.exec(path)) && method === 'GET') {
    const id = decodeURIComponent(m[1]!);
    if (!/^\d+$/.test(id)) return badRequest('The space id must be a number.');
    const s = wiki.spaceById(id);
    if (!s || !wiki.canRead(u, s)) return notFound();
    return listPages(wiki, u, q, [s.id], path);
  }
  if (path === '/wiki/api/v2/pages') {
    if (method === 'GET') return listPages(wiki, u, q, idList(q, 'space-id'), path);
    if (method === 'POST') return createPage(wiki, u, q, b);
    return refuse(405, 'METHOD_NOT_ALLOWED', `Method ${method} is not allowed.`);
  }
  if ((m = /^\/wiki\/api\/v2\/pages\/([^/]+)$/.exec(path))) {
    const id = decodeURIComponent(m[1]!);
    if (!/^\d+$/.test(id)) return badRequest('The page id must be a number.');
    if (method === 'GET') return { status: 200, body: wiki.pageJson(readablePage(wiki, u, id), q.get('body-format'), true) };
    if (method === 'PUT') return updatePage(wiki, u, id, b);
    if (method === 'DELETE') {
      const page = readablePage(wiki, u, id);
      if (!wiki.canWrite(u, wiki.spaceById(page.spaceId)!)) return notFound();
      page.status = 'trashed';
      return { status: 204 };
    }
    return refuse(405, 'METHOD_NOT_ALLOWED', `Method ${method} is not allowed.`);
  }
  return notFound();
}

/** A minimal web view, so links from the workbench open something. Scripts are blocked by CSP. */
function webView(wiki: Wiki, path: string): Reply | undefined {
  const m = /^\/wiki\/spaces\/([^/]+)\/pages\/(\d+)(?:\/.*)?$/.exec(path);
  if (!m) return undefined;
  const page = wiki.pages.get(m[2]!);
  if (!page || page.status === 'trashed') return { status: 404, html: '<h1>Page not found</h1>' };
  const s = wiki.spaceById(page.spaceId)!;
  const children = [...wiki.pages.values()].filter((p) => p.parentId === page.id && p.status === 'current');
  const escHtml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const html =
    `<!doctype html><meta charset="utf-8"><title>${escHtml(page.title)} - ${escHtml(s.name)}</title>` +
    `<p><small>Confluence stand-in · space ${escHtml(s.key)} · version ${wiki.latest(page).number}</small></p>` +
    `<h1>${escHtml(page.title)}</h1>${wiki.latest(page).storage}` +
    (children.length ? `<h2>Child pages</h2><ul>${children.map((c) => `<li><a href="/wiki${wiki.webui(c)}">${escHtml(c.title)}</a></li>`).join('')}</ul>` : '');
  return { status: 200, html };
}

function faultReply(plan: ConfluenceFaultPlan): Reply {
  const r = confluenceError(plan.status, plan.status === 429 ? 'TOO_MANY_REQUESTS' : 'SERVICE_UNAVAILABLE', plan.status === 429 ? 'Rate limit exceeded.' : 'Service Unavailable');
  if (plan.status === 429) r.headers = { 'Retry-After': String(plan.retryAfterSeconds ?? 1) };
  return r;
}

export async function startConfluenceSite(opts: ConfluenceSiteOptions = {}): Promise<ConfluenceSite> {
  const wiki = new Wiki((opts.spaces ?? DEMO_SPACES).map((s) => ({ ...s })), opts.now ?? (() => new Date()));
  const faults = faultQueue<ConfluenceFaultPlan>();
  const counter = requestCounter('byRoute');
  const users = allUsers();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://confluence.local');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/\/+$/, '');
    counter.count(`${method} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`);
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
    const fault = faults.take();
    if (fault) return faultReply(fault);
    if (method === 'GET') {
      const view = webView(wiki, path);
      if (view) return view;
    }
    const user = userOfBasicAuth(req.headers.authorization, (email) => users.find((x) => x.email.toLowerCase() === email.toLowerCase()));
    if (!user) {
      const r = confluenceError(401, 'UNAUTHORIZED', 'Unauthorized; scope does not match or credentials are missing.');
      r.headers = { 'WWW-Authenticate': 'Basic realm="protected-area"' };
      return r;
    }
    let body: Body = {};
    if (raw.trim() !== '') {
      if (Buffer.byteLength(raw) > 5 * 1024 * 1024) return confluenceError(413, 'REQUEST_ENTITY_TOO_LARGE', 'Request is too large (over 5 MB).');
      try {
        const parsed = JSON.parse(raw) as Json;
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return badRequest('The request body must be a JSON object.');
        body = parsed as Body;
      } catch {
        return badRequest('The request body is not valid JSON.');
      }
    }
    return route(wiki, method, path, q, user, body);
  }

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  const port = await listen(server, opts.port ?? 0, opts.host ?? '127.0.0.1');
  wiki.base = loopbackUrl(opts.host, port);

  return {
    url: wiki.base,
    port,
    close: () => closeServer(server),
    pages: () => [...wiki.pages.values()].sort((a, b) => Number(a.id) - Number(b.id)).map((p) => wiki.snapshot(p)),
    spaces: () => wiki.spaces.map((s) => ({ id: s.id, key: s.key, name: s.name, homepageId: wiki.homepage.get(s.id)! })),
    editAs(accountId, pageId, storage) {
      const page = wiki.pages.get(pageId);
      if (!page) throw new Error(`No page ${pageId}`);
      page.versions.push({ number: wiki.latest(page).number + 1, message: 'edited', createdAt: wiki.now().toISOString(), authorId: accountId, minorEdit: false, storage });
      return wiki.snapshot(page);
    },
    injectFaults: (plan) => faults.inject(plan),
    stats: counter.stats,
  };
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
