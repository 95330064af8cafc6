/**
 * Reads manifest.yml the way the workbench needs it: every UI module, whatever its type, with the
 * static resource each entry point (view, gadget edit, macro config) renders, and the content /
 * external permissions the Content-Security-Policy is built from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface ManifestResource {
  key: string;
  /** Relative to the repo root, e.g. `static/issue-panel/dist`. */
  path: string;
}

/** An entry point of a module: the main view, a gadget's edit view, a macro's config view. */
export type EntryPoint = 'view' | 'edit' | 'config';

export interface UiModule {
  /** Manifest module type, e.g. `jira:issuePanel`, `macro`, `confluence:spacePage`. */
  type: string;
  key: string;
  title: string;
  description?: string;
  /** Resource per entry point (`view` always; `edit` for gadgets, `config` for macros when declared). */
  resources: Partial<Record<EntryPoint, ManifestResource>>;
  /** Key of the function module that answers `invoke`, if the module declares a resolver. */
  resolverFunction?: string;
  /** The raw manifest entry, for anything module-specific. */
  raw: Record<string, unknown>;
}

export interface ContentPermissions {
  scripts: string[];
  styles: string[];
}

/** `permissions.external`: lists of hosts per kind; `fetch` has `client` and `backend`. */
export interface ExternalPermissions {
  fetch: { client: string[]; backend: string[] };
  images: string[];
  fonts: string[];
  styles: string[];
  scripts: string[];
  media: string[];
  frames: string[];
}

export interface Manifest {
  file: string;
  appId?: string;
  modules: UiModule[];
  /** Every module type present, including non-UI ones (function, trigger …), for the index page. */
  otherModules: { type: string; key: string }[];
  resources: ManifestResource[];
  content: ContentPermissions;
  external: ExternalPermissions;
  scopes: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((x) => (isObj(x) && typeof x.address === 'string' ? x.address : x)).filter((x): x is string => typeof x === 'string') : [];
const text = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v;
  if (isObj(v) && typeof v.i18n === 'string') return v.i18n; // an i18n key: show it as is
  return undefined;
};

/** Module types that render nothing (no resource): listed on the index page, not hostable. */
const NON_UI = new Set(['function', 'trigger', 'scheduledTrigger', 'webtrigger', 'consumer', 'endpoint', 'remote']);

export function readManifest(file = path.resolve(__dirname, '..', '..', '..', 'manifest.yml')): Manifest {
  const doc = parse(readFileSync(file, 'utf8')) as Obj;
  const resources: ManifestResource[] = (Array.isArray(doc.resources) ? doc.resources : [])
    .filter(isObj)
    .map((r) => ({ key: String(r.key), path: String(r.path) }));
  const byKey = new Map(resources.map((r) => [r.key, r]));
  const resource = (ref: unknown): ManifestResource | undefined => {
    if (typeof ref !== 'string') return undefined;
    return byKey.get(ref.split(';')[0]); // `resource:key;file` style references name the key first
  };

  const modules: UiModule[] = [];
  const otherModules: { type: string; key: string }[] = [];
  for (const [type, list] of Object.entries(isObj(doc.modules) ? doc.modules : {})) {
    for (const m of Array.isArray(list) ? list.filter(isObj) : []) {
      const key = String(m.key);
      const view = resource(m.resource);
      if (NON_UI.has(type) || !view) {
        otherModules.push({ type, key });
        continue;
      }
      const resources: UiModule['resources'] = { view };
      const edit = isObj(m.edit) ? resource(m.edit.resource) : undefined; // jira:dashboardGadget
      if (edit) resources.edit = edit;
      const config = isObj(m.config) ? resource(m.config.resource) : undefined; // macro (Custom UI config)
      if (config) resources.config = config;
      const resolver = isObj(m.resolver) && typeof m.resolver.function === 'string' ? m.resolver.function : undefined;
      modules.push({
        type,
        key,
        title: text(m.title) ?? text(m.label) ?? key,
        description: text(m.description),
        resources,
        resolverFunction: resolver,
        raw: m,
      });
    }
  }

  const perms = isObj(doc.permissions) ? doc.permissions : {};
  const content = isObj(perms.content) ? perms.content : {};
  const ext = isObj(perms.external) ? perms.external : {};
  const fetch = isObj(ext.fetch) ? ext.fetch : {};
  const app = isObj(doc.app) ? doc.app : {};
  return {
    file,
    appId: typeof app.id === 'string' ? app.id : undefined,
    modules,
    otherModules,
    resources,
    content: { scripts: strings(content.scripts), styles: strings(content.styles) },
    external: {
      fetch: { client: strings(fetch.client), backend: strings(fetch.backend) },
      images: strings(ext.images),
      fonts: strings(ext.fonts),
      styles: strings(ext.styles),
      scripts: strings(ext.scripts),
      media: strings(ext.media),
      frames: strings(ext.frames),
    },
    scopes: strings(perms.scopes),
  };
}
