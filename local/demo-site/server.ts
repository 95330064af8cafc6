/**
 * The demo Jira site: a plain node:http server answering like Jira Cloud REST v3 for what
 * Shipshape reads, over a deterministic dataset, with knobs for latency and faults. The REST
 * areas live in routes/ (one module each); this file authenticates, routes and answers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, faultQueue, listen, loopbackUrl, readBody, requestCounter, type RequestStats } from '../node/http-server';
import { todayUtc } from './clock';
import { userOfBasicAuth } from './credentials';
import { createDataset } from './dataset';
import type { Dataset } from './model';
import { demoMutations, type DemoMutations } from './mutations';
import { Renderer, type Json, type JsonObject } from './render';
import { catalogRoutes } from './routes/catalog';
import { errorBody, HttpError, ok, router, type Reply, type Route, type Site } from './routes/http';
import { issueRoutes } from './routes/issues';
import { peopleRoutes } from './routes/people';
import { projectRoutes } from './routes/projects';
import { searchRoutes } from './routes/search';
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

/** Requests in all, and per path (without the query string), e.g. `/rest/api/3/search/jql`. */
export type DemoSiteStats = RequestStats<'byPath'>;

export interface DemoSite {
  url: string;
  port: number;
  dataset: Dataset;
  close(): Promise<void>;
  setLatency(ms: number): void;
  injectFaults(plan: FaultPlan): void;
  stats: DemoSiteStats;
  /** Change issues between two reads (each change bumps `updated`, as in Jira). */
  mutate: DemoMutations;
  /** The site's clock: the dataset's `now`, advancing in real time since the site started. */
  now(): Date;
}

function buildRoutes(site: Site): Route[] {
  const { routes, on } = router();
  for (const area of [searchRoutes, catalogRoutes, peopleRoutes, projectRoutes, issueRoutes]) area(on, site);
  return routes;
}

export async function startDemoSite(opts: DemoSiteOptions = {}): Promise<DemoSite> {
  const dataset = opts.dataset ?? createDataset({ today: opts.today ?? todayUtc() });
  const index = new SiteIndex(dataset);
  const startedAt = Date.now();
  const now = (): Date => new Date(dataset.now.getTime() + (Date.now() - startedAt));
  let latencyMs = opts.latencyMs ?? 0;
  const faults = faultQueue<FaultPlan>();
  const counter = requestCounter('byPath');
  let renderer: Renderer = new Renderer(index, '');
  const routes = buildRoutes({ index, ds: dataset, r: () => renderer, now });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://demo.local');
    counter.count(url.pathname);
    let reply: Reply;
    try {
      const raw = await readBody(req);
      reply = answer(req, url, raw);
    } catch (e) {
      reply = e instanceof HttpError ? e.reply : errorBody(500, `Internal server error: ${(e as Error).message}`);
    }
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
    send(res, reply);
  }

  function answer(req: IncomingMessage, url: URL, raw: string): Reply {
    const fault = faults.take();
    if (fault) return faultReply(fault);
    // Jira's unauthenticated health check, handy to wait for the site to come up.
    if (url.pathname === '/status') return ok({ state: 'RUNNING' });
    const user = userOfBasicAuth(req.headers.authorization, (email) => index.userByEmail(email));
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
        return errorBody(400, 'Invalid request payload. Refer to the REST API documentation and try again.');
      }
    }
    const path = url.pathname.replace(/\/+$/, '');
    let pathMatched = false;
    for (const route of routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      return route.handler({ method, path, query: url.searchParams, body, user }, m.slice(1).map(decodeURIComponent));
    }
    if (pathMatched) return errorBody(405, `Method ${method} is not allowed for ${path}.`);
    return errorBody(404, `No resource found for ${method} ${path}.`);
  }

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  const port = await listen(server, opts.port ?? 0, opts.host ?? '127.0.0.1');
  const url = loopbackUrl(opts.host, port);
  renderer = new Renderer(index, url);

  return {
    url,
    port,
    dataset,
    close: () => closeServer(server),
    setLatency(ms: number) {
      latencyMs = Math.max(0, ms);
    },
    injectFaults: (plan) => faults.inject(plan),
    mutate: demoMutations(index, now),
    now,
    stats: counter.stats,
  };
}

function faultReply(plan: FaultPlan): Reply {
  if (plan.status === 429) {
    return {
      status: 429,
      body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
      headers: { 'Retry-After': String(plan.retryAfterSeconds ?? 1), 'X-RateLimit-Reason': 'jira-burst-based' },
    };
  }
  return errorBody(plan.status, plan.status === 503 ? 'Service Unavailable' : 'Internal server error');
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
