/**
 * The workbench server: an index of the manifest's modules, a host page per module that plays
 * Forge's part, the Custom UI resources served with Forge's CSP from a second origin (as Forge
 * serves them from its CDN), and the app's resolvers called in-process.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { ConfluenceSite } from '../../confluence-site';
import { DEMO_USERS, type DemoSite } from '../../demo-site';
import { closeServer, listen } from '../../node/http-server';
import { hostStateIn, serveApi } from './api';
import { appBackend, startBackend, type BackendFactory, type BackendOptions } from './backend';
import { viewContext, type Selection } from './contexts';
import { readManifest, type EntryPoint, type Manifest, type UiModule } from './manifest';
import { hostPage, indexPage } from './pages';
import { appHostFor, serveClientFile, serveResource } from './resources';
import { MIME, send, sendJson } from './respond';
import { FORGE_IFRAME_ALLOW, FORGE_IFRAME_SANDBOX, forgeCsp } from './security';
import type { SiteDirectory } from './site-directory';

export { appBackend, type BackendFactory, type ResolverHandlers } from './backend';

export interface WorkbenchOptions extends Omit<BackendOptions, 'backend' | 'stateDir'> {
  /** 0 = a free port. Default 4000. */
  port?: number;
  /** Repo root (manifest.yml and the resources' paths are relative to it). */
  rootDir?: string;
  /** Project-local state: the app's store (`store/`) and the host's gadget/macro configs. Default `<root>/.shipshape`. */
  stateDir?: string;
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

export async function startWorkbench(opts: WorkbenchOptions = {}): Promise<Workbench> {
  const rootDir = opts.rootDir ?? path.resolve(__dirname, '..', '..', '..');
  const stateDir = opts.stateDir ?? path.join(rootDir, '.shipshape');
  const manifestFile = path.join(rootDir, 'manifest.yml');
  const token = randomBytes(16).toString('hex');
  const log = opts.log ?? ((line: string) => console.log(line));
  const { directory, handlers, demoSite, confluenceSite } = await startBackend({ ...opts, backend: opts.backend ?? appBackend, stateDir });
  const host = hostStateIn(stateDir);
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
      config: host.state.configs[mod.key],
    };
  }

  function serveIndex(res: ServerResponse, m: Manifest): void {
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
    send(res, 200, indexPage({ manifest: m, rows, source: directory.describe, hints }), MIME['.html']);
  }

  async function serveModule(res: ServerResponse, url: URL, host: string, m: Manifest, mod: UiModule): Promise<void> {
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
    send(res, 200, html, MIME['.html']);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostName = req.headers.host ?? `localhost:${port}`;
    const url = new URL(req.url ?? '/', `http://${hostName}`);
    const m = manifest();

    if (url.pathname.startsWith('/__app/')) return serveResource(req, res, url, m, rootDir, port);
    if (serveClientFile(res, url.pathname)) return;
    if (url.pathname === '/api/health') return sendJson(res, 200, { ok: true });
    if (url.pathname === '/favicon.ico') return send(res, 204, '', 'image/x-icon');
    if (url.pathname.startsWith('/api/')) return serveApi(req, res, url, m, { token, handlers, directory, host, defaultSelection, log });
    if (url.pathname === '/' || url.pathname === '/index.html') return serveIndex(res, m);

    const moduleMatch = /^\/module\/([^/]+)\/?$/.exec(url.pathname);
    if (moduleMatch) {
      const mod = m.modules.find((x) => x.key === decodeURIComponent(moduleMatch[1]));
      if (!mod) return send(res, 404, `No UI module ${moduleMatch[1]} in manifest.yml`, 'text/plain');
      return serveModule(res, url, hostName, m, mod);
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
  // Every interface, IPv4 and IPv6: localhost and 127.0.0.1 both reach it.
  port = await listen(server, opts.port ?? 4000);

  return {
    url: `http://localhost:${port}`,
    port,
    manifest: manifest(),
    directory,
    demoSite,
    confluenceSite,
    close: async () => {
      await closeServer(server);
      if (demoSite) await demoSite.close();
      if (confluenceSite) await confluenceSite.close();
    },
  };
}
