/**
 * Every Custom UI app's HTML from one template (`static/shared/index.html`): a Vite plugin that
 * answers the app's `index.html` entry with the template, its title filled in from manifest.yml —
 * the title of the module that shows the app (a gadget's edit view: "<gadget> — edit"; a macro's
 * config view: its config title). The apps keep no HTML of their own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

interface ModuleEntry {
  title?: string;
  resource?: string;
  edit?: { resource?: string };
  config?: { resource?: string; title?: string };
}

interface Manifest {
  modules?: Record<string, ModuleEntry[]>;
  resources?: Array<{ key: string; path: string }>;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The frame title of the app built into `static/<app>/dist`, from the manifest's modules. */
export function appTitle(manifestText: string, app: string): string {
  const manifest = parse(manifestText) as Manifest;
  const resource = manifest.resources?.find((r) => r.path.replace(/\/+$/, '') === `static/${app}/dist`)?.key;
  for (const entries of Object.values(manifest.modules ?? {})) {
    for (const m of entries) {
      if (resource === undefined || !m.title) continue;
      if (m.resource === resource) return m.title;
      if (m.edit?.resource === resource) return `${m.title} — edit`;
      if (m.config?.resource === resource) return m.config.title ?? `${m.title} settings`;
    }
  }
  throw new Error(`manifest.yml has no module showing static/${app}/dist: add a resource and a module with a title`);
}

/** The Vite plugin for one app: `root/index.html` is the template with the app's title. */
export function htmlShell(opts: { root: string; template: string; manifest: string; app: string }) {
  const entry = path.join(opts.root, 'index.html');
  return {
    name: 'shipshape-html-shell',
    enforce: 'pre' as const,
    resolveId: (id: string) => (path.resolve(opts.root, id) === entry ? entry : null),
    load: (id: string) => {
      if (id !== entry) return null;
      const title = appTitle(fs.readFileSync(opts.manifest, 'utf8'), opts.app);
      return fs.readFileSync(opts.template, 'utf8').replace('%APP_TITLE%', escapeHtml(title));
    },
  };
}
