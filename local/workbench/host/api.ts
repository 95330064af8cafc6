/**
 * The host page's API: `/api/config` keeps a gadget's or macro's configuration (as Jira and
 * Confluence keep them, not the app) and `/api/invoke` calls a resolver function in-process with
 * the context Forge would give. Only the host page holds the token: an app in its iframe (another
 * origin) cannot call the resolvers except through the bridge, as on Forge.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { ForgeContext } from '../../../src/resolvers/context';
import type { ResolverHandlers } from './backend';
import { resolverContext, type Selection } from './contexts';
import type { Manifest, UiModule } from './manifest';
import { queryOf } from './pages';
import { readJson, sendJson } from './respond';
import type { SiteDirectory } from './site-directory';

export interface HostState {
  configs: Record<string, Record<string, unknown>>;
}

/** Product-side state (gadget configurations, macro configs), kept in `<stateDir>/workbench-host.json`. */
export function hostStateIn(stateDir: string): { state: HostState; save(): void } {
  const file = path.join(stateDir, 'workbench-host.json');
  const state: HostState = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as HostState) : { configs: {} };
  return {
    state,
    save() {
      mkdirSync(stateDir, { recursive: true });
      writeFileSync(file, JSON.stringify(state, null, 2));
    },
  };
}

export interface ApiDeps {
  token: string;
  handlers: ResolverHandlers;
  directory: SiteDirectory;
  host: { state: HostState; save(): void };
  defaultSelection(q: URLSearchParams, mod: UiModule): Promise<Selection>;
  log(line: string): void;
}

export async function serveApi(req: IncomingMessage, res: ServerResponse, url: URL, m: Manifest, deps: ApiDeps): Promise<void> {
  if (req.method !== 'POST' || req.headers['x-workbench-token'] !== deps.token) return sendJson(res, 403, { error: 'host page only' });
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
    deps.host.state.configs[mod.key] = config as Record<string, unknown>;
    deps.host.save();
    return sendJson(res, 200, { ok: true });
  }
  if (url.pathname === '/api/invoke') {
    const functionKey = body.functionKey;
    if (!mod.resolverFunction) return sendJson(res, 400, { error: `Module ${mod.key} has no resolver in manifest.yml` });
    if (typeof functionKey !== 'string' || !Object.prototype.hasOwnProperty.call(deps.handlers, functionKey)) {
      return sendJson(res, 404, { error: `Resolver has no definition for '${String(functionKey)}'` });
    }
    // The context is rebuilt here from the picker's choices: never taken from the page as is.
    const q = new URLSearchParams(queryOf(body.selection as Selection));
    const sel = await deps.defaultSelection(q, mod);
    const context = resolverContext(mod, sel, await deps.directory.facts(sel)) as ForgeContext;
    const payload: unknown = body.payload === undefined ? {} : JSON.parse(JSON.stringify(body.payload));
    const started = Date.now();
    try {
      const result = await deps.handlers[functionKey]({ payload, context });
      deps.log(`[invoke] ${mod.key} ${functionKey} as ${sel.accountId} → ${result.ok ? 'ok' : result.error.code} (${Date.now() - started} ms)`);
      return sendJson(res, 200, { result: JSON.parse(JSON.stringify(result)) as unknown });
    } catch (e) {
      console.error(`[invoke] ${mod.key} ${functionKey} threw`, e);
      return sendJson(res, 500, { error: 'There was an error invoking the function' });
    }
  }
  return sendJson(res, 404, { error: 'unknown API' });
}
