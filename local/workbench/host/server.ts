/**
 * The workbench server: an index of the manifest's modules, a host page per module that plays
 * Forge's part, the Custom UI resources served with Forge's CSP from a second origin (as Forge
 * serves them from its CDN), and the app's resolvers called in-process.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Envelope } from '../../../src/contract';
import type { ConfluenceClient } from '../../../src/confluence/client';
import { buildHandlers } from '../../../src/resolvers';
import type { ForgeContext } from '../../../src/resolvers/context';
import { standInConfluenceFor, startConfluenceSite, type ConfluenceSite } from '../../confluence-site';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, startDemoSite, type DemoSite } from '../../demo-site';
import { createWorkbenchDeps } from '../deps';
import { resolverContext, viewContext, type Selection } from './contexts';
import { readManifest, type EntryPoint, type Manifest, type UiModule } from './manifest';
import { hostPage, indexPage, queryOf } from './pages';
import { FORGE_IFRAME_ALLOW, FORGE_IFRAME_SANDBOX, forgeCsp } from './security';
import { demoDirectory, jiraDirectory, type JiraCredentials, type SiteDirectory } from './site-directory';

export type ResolverHandlers = Record<string, (req: { payload: unknown; context: ForgeContext }) => Promise<Envelope<unknown>>>;

/** How the resolvers are built for a Jira connection (the lead's buildHandlers + createWorkbenchDeps). */
export type BackendFactory = (opts: {
  jira: JiraCredentials | ((accountId: string) => JiraCredentials);
  storeDir: string;
  today?: () => string;
  /** Confluence as the viewing user (the stand-in next to the demo site); absent: publishing says so. */
  confluenceFor?: (ctx: ForgeContext) => ConfluenceClient;
}) => ResolverHandlers;

export interface WorkbenchOptions {
  /** 0 = a free port. Default 4000. */
  port?: number;
  /** Repo root (manifest.yml and the resources' paths are relative to it). */
  rootDir?: string;
  /** Project-local state: the app's store (`store/`) and the host's gadget/macro configs. Default `<root>/.shipshape`. */
  stateDir?: string;
  /** A real Jira instead of the demo site. */
  jira?: JiraCredentials;
  /** Demo site: as-of date (default today, UTC) and seed (default the dataset's). */
  today?: string;
  seed?: number;
  latencyMs?: number;
  /** Demo site only: also start the Confluence v2 stand-in (spaces for the picker, publishing). Default true. */
  confluence?: boolean;
  /** Resolvers; default: the app's own (src/resolvers) over the workbench deps (local/workbench/deps). */
  backend?: BackendFactory;
  /** One line per resolver call (default: console.log; tests pass a no-op). */
  log?: (line: string) => void;
}

export interface Workbench {
  url: string;
  port: number;
  manifest: Manifest;
  directory: SiteDirectory;
  demoSite?: DemoSite;
  /** The Confluence v2 stand-in, started next to the demo site (competency pages publish there). */
  confluenceSite?: ConfluenceSite;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const CLIENT_DIR = path.join(__dirname, 'client');

/** The app's own resolvers over the workbench deps: the same code Forge runs. */
export const appBackend: BackendFactory = (opts) => buildHandlers(createWorkbenchDeps(opts));

/**
 * The other loopback name for the app origin: the host page at http://localhost:P frames the app
 * from http://127.0.0.1:P (and the other way round), so the app is cross-origin to its host as on
 * Forge. Any other host name: same origin (reduced isolation, still the same sandbox and CSP).
 */
function appHostFor(host: string): string {
  const m = /^(localhost|127\.0\.0\.1)(:\d+)?$/.exec(host);
  if (!m) return host;
  return `${m[1] === 'localhost' ? '127.0.0.1' : 'localhost'}${m[2] ?? ''}`;
}

export async function startWorkbench(opts: WorkbenchOptions = {}): Promise<Workbench> {
  const rootDir = opts.rootDir ?? path.resolve(__dirname, '..', '..', '..');
  const stateDir = opts.stateDir ?? path.join(rootDir, '.shipshape');
  const manifestFile = path.join(rootDir, 'manifest.yml');
  const backend = opts.backend ?? appBackend;
  const token = randomBytes(16).toString('hex');
  const log = opts.log ?? ((line: string) => console.log(line));

  let demoSite: DemoSite | undefined;
  let confluenceSite: ConfluenceSite | undefined;
  let directory: SiteDirectory;
  let handlers: ResolverHandlers;
  if (opts.jira) {
    directory = jiraDirectory(opts.jira);
    handlers = backend({ jira: opts.jira, storeDir: path.join(stateDir, 'store') });
  } else {
    const dataset = createDataset({ today: opts.today ?? new Date().toISOString().slice(0, 10), ...(opts.seed !== undefined ? { seed: opts.seed } : {}) });
    demoSite = await startDemoSite({ dataset, latencyMs: opts.latencyMs ?? 0 });
    const site = demoSite;
    // Confluence next to the demo Jira (same users, same API token): the picker's spaces are its
    // spaces, and the competency pages publish to it as the viewing user.
    if (opts.confluence !== false) {
      try {
        confluenceSite = await startConfluenceSite({ port: 0 });
      } catch (e) {
        await site.close();
        throw e;
      }
    }
    const wiki = confluenceSite;
    directory = demoDirectory(dataset, site.url, wiki ? wiki.spaces().map((s) => ({ id: s.id, key: s.key, name: s.name })) : undefined);
    const emailOf = new Map(dataset.users.map((u) => [u.accountId, u.email]));
    handlers = backend({
      jira: (accountId) => ({ baseUrl: site.url, email: emailOf.get(accountId) ?? 'nobody@shipshape.example', apiToken: DEMO_API_TOKEN }),
      storeDir: path.join(stateDir, 'store'),
      today: () => dataset.today,
      ...(wiki ? { confluenceFor: standInConfluenceFor(wiki.url) } : {}),
    });
  }

  // Product-side state (gadget configurations, macro configs): Jira and Confluence keep these, not the app.
  const hostStateFile = path.join(stateDir, 'workbench-host.json');
  const hostState: { configs: Record<string, Record<string, unknown>> } = existsSync(hostStateFile)
    ? (JSON.parse(readFileSync(hostStateFile, 'utf8')) as { configs: Record<string, Record<string, unknown>> })
    : { configs: {} };
  const saveHostState = () => {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(hostStateFile, JSON.stringify(hostState, null, 2));
  };

  const manifest = () => readManifest(manifestFile); // re-read on each page: edits show without a restart
  let port = 0;

  async function defaultSelection(q: URLSearchParams, mod: UiModule): Promise<Selection> {
    const users = await directory.users();
    const issues = await directory.issues();
    const lead = users.find((u) => u.accountId === DEMO_USERS.lead.accountId) ?? users[0];
    const firstEpic = issues.find((i) => i.level === 1 && i.children > 0) ?? issues[0];
    const issueKey = q.get('issue') || firstEpic?.key;
    const issue = issues.find((i) => i.key === issueKey);
    const [vProject, vName] = (q.get('version') ?? '').split('|');
    const entry = (q.get('entry') ?? 'view') as EntryPoint;
    return {
      accountId: q.get('user') || lead?.accountId || 'unknown',
      issueKey,
      projectKey: q.get('project') || vProject || issue?.projectKey || issues[0]?.projectKey,
      versionName: vName || undefined,
      spaceKey: q.get('space') || 'PO',
      colorMode: q.get('theme') === 'dark' ? 'dark' : 'light',
      entryPoint: mod.resources[entry] ? entry : 'view',
      config: hostState.configs[mod.key],
    };
  }

  function send(res: ServerResponse, status: number, body: string | Buffer, type: string, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  }
  const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), MIME['.json']);

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const value: unknown = text ? JSON.parse(text) : {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
    return value as Record<string, unknown>;
  }

  /** A resource file, with Forge's CSP; index.html gets the bridge stand-in injected first. */
  function serveResource(req: IncomingMessage, res: ServerResponse, url: URL, m: Manifest) {
    const [, , resourceKey, ...rest] = url.pathname.split('/');
    const resource = m.resources.find((r) => r.key === resourceKey);
    if (!resource) return send(res, 404, 'No such resource', 'text/plain');
    const dir = path.resolve(rootDir, resource.path);
    const rel = decodeURIComponent(rest.join('/')) || 'index.html';
    const file = path.resolve(dir, rel);
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      return send(res, 404, `Not found: ${rel} in ${resource.path} (run npm run build?)`, 'text/plain', { 'content-security-policy': forgeCsp(m) });
    }
    const headers = { 'content-security-policy': forgeCsp(m), 'x-content-type-options': 'nosniff' };
    const type = MIME[path.extname(file)] ?? 'application/octet-stream';
    if (path.basename(file) === 'index.html') {
      const hostOrigin = url.searchParams.get('hostOrigin') ?? '';
      const expected = new Set([`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://${appHostFor(req.headers.host ?? '')}`]);
      if (!expected.has(hostOrigin)) return send(res, 400, 'hostOrigin must be the workbench host page origin', 'text/plain', headers);
      const html = readFileSync(file, 'utf8');
      const tag = `<script src="/__workbench/bridge.js" data-host-origin="${hostOrigin.replace(/"/g, '')}"></script>`;
      const injected = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => `${h}\n${tag}`) : `${tag}\n${html}`;
      return send(res, 200, injected, type, headers);
    }
    return send(res, 200, readFileSync(file), type, headers);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? `localhost:${port}`;
    const url = new URL(req.url ?? '/', `http://${host}`);
    const m = manifest();

    if (url.pathname.startsWith('/__app/')) return serveResource(req, res, url, m);
    if (url.pathname === '/__workbench/bridge.js') {
      return send(res, 200, readFileSync(path.join(CLIENT_DIR, 'bridge-standin.js')), MIME['.js']);
    }
    if (url.pathname === '/__workbench/host-page.js' || url.pathname === '/__workbench/host.css') {
      const name = path.basename(url.pathname);
      return send(res, 200, readFileSync(path.join(CLIENT_DIR, name)), MIME[path.extname(name)]);
    }
    if (url.pathname === '/api/health') return sendJson(res, 200, { ok: true });
    if (url.pathname === '/favicon.ico') return send(res, 204, '', 'image/x-icon');

    if (url.pathname.startsWith('/api/')) {
      // Only the host page holds the token: an app in its iframe (another origin) cannot call the
      // resolvers except through the bridge, as on Forge.
      if (req.method !== 'POST' || req.headers['x-workbench-token'] !== token) return sendJson(res, 403, { error: 'host page only' });
      let body: Record<string, unknown>;
      try {
        body = await readJson(req);
      } catch (e) {
        return sendJson(res, 400, { error: `Bad request: ${(e as Error).message}` });
      }
      const mod = m.modules.find((x) => x.key === body.moduleKey);
      if (!mod) return sendJson(res, 404, { error: `No module ${String(body.moduleKey)} in manifest.yml` });

      if (url.pathname === '/api/config') {
        let config = body.config;
        if (typeof config !== 'object' || config === null || Array.isArray(config)) return sendJson(res, 400, { error: 'config must be an object' });
        // A macro's config view submits `{ config, keepEditing? }` (view.submit); Confluence keeps
        // `config`, which the macro then reads as `context.extension.config`. The host page's own
        // form stores a config as is.
        // Source: https://developer.atlassian.com/platform/forge/add-custom-configuration-to-a-macro/
        if (mod.type === 'macro' && body.submitted === true) {
          const inner = (config as Record<string, unknown>).config;
          config = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? inner : {};
        }
        hostState.configs[mod.key] = config as Record<string, unknown>;
        saveHostState();
        return sendJson(res, 200, { ok: true });
      }
      if (url.pathname === '/api/invoke') {
        const functionKey = body.functionKey;
        if (!mod.resolverFunction) return sendJson(res, 400, { error: `Module ${mod.key} has no resolver in manifest.yml` });
        if (typeof functionKey !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, functionKey)) {
          return sendJson(res, 404, { error: `Resolver has no definition for '${String(functionKey)}'` });
        }
        // The context is rebuilt here from the picker's choices: never taken from the page as is.
        const q = new URLSearchParams(queryOf(body.selection as Selection));
        const sel = await defaultSelection(q, mod);
        const context = resolverContext(mod, sel, await directory.facts(sel)) as ForgeContext;
        const payload: unknown = body.payload === undefined ? {} : JSON.parse(JSON.stringify(body.payload));
        const started = Date.now();
        try {
          const result = await handlers[functionKey]({ payload, context });
          log(`[invoke] ${mod.key} ${functionKey} as ${sel.accountId} → ${result.ok ? 'ok' : result.error.code} (${Date.now() - started} ms)`);
          return sendJson(res, 200, { result: JSON.parse(JSON.stringify(result)) as unknown });
        } catch (e) {
          console.error(`[invoke] ${mod.key} ${functionKey} threw`, e);
          return sendJson(res, 500, { error: 'There was an error invoking the function' });
        }
      }
      return sendJson(res, 404, { error: 'unknown API' });
    }

    if (url.pathname === '/' || url.pathname === '/index.html') {
      const rows = m.modules.map((mod) => ({
        module: mod,
        built: Object.fromEntries(
          Object.entries(mod.resources).map(([e, r]) => [e, existsSync(path.resolve(rootDir, r!.path, 'index.html'))]),
        ) as Partial<Record<EntryPoint, boolean>>,
      }));
      const hints = demoSite
        ? [
            `Demo Jira site: <code>${demoSite.url}</code> (as of ${demoSite.dataset.today}, seed ${demoSite.dataset.seed}). Pick a user on a module page to see what they may see.`,
            `Set <code>JIRA_BASE_URL</code>, <code>JIRA_EMAIL</code> and <code>JIRA_API_TOKEN</code> to use a real Jira Cloud site instead.`,
          ]
        : [`Real Jira: ${directory.describe}.`];
      if (confluenceSite) hints.push(`Confluence stand-in: <code>${confluenceSite.url}/wiki</code> (spaces ${confluenceSite.spaces().map((s) => s.key).join(', ')}); publishing writes there as the picked user.`);
      hints.push(`Stored data: <code>${path.relative(rootDir, path.join(stateDir, 'store'))}/</code> (file-backed: a restart loses nothing).`);
      return send(res, 200, indexPage({ manifest: m, rows, source: directory.describe, hints }), MIME['.html']);
    }

    const moduleMatch = /^\/module\/([^/]+)\/?$/.exec(url.pathname);
    if (moduleMatch) {
      const mod = m.modules.find((x) => x.key === decodeURIComponent(moduleMatch[1]));
      if (!mod) return send(res, 404, `No UI module ${moduleMatch[1]} in manifest.yml`, 'text/plain');
      const sel = await defaultSelection(url.searchParams, mod);
      const [users, issues, projects, versions, spaces, facts] = await Promise.all([
        directory.users(),
        directory.issues(),
        directory.projects(),
        directory.versions(),
        directory.spaces(),
        directory.facts(sel),
      ]);
      const resource = mod.resources[sel.entryPoint] ?? mod.resources.view!;
      const hostOrigin = `http://${host}`;
      const appOrigin = `http://${appHostFor(host)}`;
      const frameSrc = `${appOrigin}/__app/${encodeURIComponent(resource.key)}/index.html?${new URLSearchParams({ hostOrigin })}`;
      const html = hostPage({
        manifest: m,
        module: mod,
        selection: sel,
        source: directory.describe,
        users,
        issues,
        projects,
        versions,
        spaces,
        context: viewContext(mod, sel, facts),
        frameSrc,
        appOrigin,
        siteUrl: facts.siteUrl,
        token,
        sandbox: FORGE_IFRAME_SANDBOX,
        allow: FORGE_IFRAME_ALLOW,
        csp: forgeCsp(m),
        built: existsSync(path.resolve(rootDir, resource.path, 'index.html')),
        config: sel.config,
      });
      return send(res, 200, html, MIME['.html']);
    }
    return send(res, 404, 'Not found', 'text/plain');
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      console.error('[workbench]', e);
      if (!res.headersSent) send(res, 500, `Workbench error: ${(e as Error).message}`, 'text/plain');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 4000, () => resolve()); // all interfaces, IPv4 and IPv6: localhost and 127.0.0.1 both reach it
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://localhost:${port}`,
    port,
    manifest: manifest(),
    directory,
    demoSite,
    confluenceSite,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      if (demoSite) await demoSite.close();
      if (confluenceSite) await confluenceSite.close();
    },
  };
}
