/**
 * Building the Custom UI apps: each folder `static/<app>/` with a `src/main.tsx` (not
 * `static/shared`) becomes `static/<app>/dist`, the path a manifest resource points at; its
 * index.html is the one template `static/shared/index.html` (./html-shell.ts). Apps are
 * built one after another (small machines, readable logs). Used by `npm run build`
 * (scripts/build-ui.ts), the workbench (builds what is stale) and the browser tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { htmlShell } from './html-shell';
import { tokensCss } from './tokens-css';

export const STATIC_DIR = path.resolve(__dirname, '..', 'static');
const NODE_MODULES = path.resolve(__dirname, '..', 'node_modules');
const MANIFEST = path.resolve(__dirname, '..', 'manifest.yml');

/** The most JavaScript (gzipped) a module may fetch before its first meaningful paint. */
export const FIRST_LOAD_LIMIT = 100 * 1024;

/** The app folders under static/ that have a `src/main.tsx` (shared code is not an app). */
export function listApps(staticDir = STATIC_DIR): string[] {
  return fs
    .readdirSync(staticDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && d.name !== 'node_modules')
    .filter((d) => fs.existsSync(path.join(staticDir, d.name, 'src', 'main.tsx')))
    .map((d) => d.name)
    .sort();
}

/** Newest modification time of the files under `dir` (a file: its own), built output aside. */
function newestSource(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  if (!fs.statSync(dir).isDirectory()) return fs.statSync(dir).mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * True when `static/<app>/dist` is missing or older than its sources (its folder, static/shared,
 * and what the UI may import from src/: the contract and the pure domain): the workbench and the
 * browser tests rebuild only then.
 */
export function isStale(app: string, staticDir = STATIC_DIR): boolean {
  const marker = path.join(staticDir, app, 'dist', 'index.html');
  if (!fs.existsSync(marker)) return true;
  const html = fs.readFileSync(marker, 'utf8');
  if (!html.includes('<script')) return true; // a placeholder, never built
  const built = fs.statSync(marker).mtimeMs;
  const src = path.resolve(staticDir, '..', 'src');
  const sources = Math.max(
    newestSource(path.join(staticDir, app)),
    newestSource(path.join(staticDir, 'shared')),
    newestSource(MANIFEST), // the frame's title
    ...['contract.ts', 'contract', 'domain'].map((p) => newestSource(path.join(src, p))),
  );
  return sources > built;
}

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] };

const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export interface FirstLoad {
  /** Gzipped bytes of the entry chunk and every chunk it imports statically (what loads before paint). */
  js: number;
  css: number;
  files: string[];
  /** Gzipped bytes of the chunks loaded on demand (dynamic imports), not counted above. */
  onDemand: number;
}

/**
 * What the frame fetches before its first meaningful paint: the HTML's entry chunk and its static
 * imports (Vite's manifest lists them; the HTML preloads them). Dynamic imports load later, on
 * demand, and are reported apart.
 */
export function firstLoad(outDir: string): FirstLoad {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const files = [...seen].map((k) => manifest[k]!.file);
  const css = [...new Set([...seen].flatMap((k) => manifest[k]!.css ?? []))];
  const onDemand = Object.entries(manifest)
    .filter(([k, c]) => !seen.has(k) && c.file.endsWith('.js'))
    .reduce((sum, [, c]) => sum + gzipped(path.join(outDir, c.file)), 0);
  return {
    js: files.reduce((sum, f) => sum + gzipped(path.join(outDir, f)), 0),
    css: css.reduce((sum, f) => sum + gzipped(path.join(outDir, f)), 0),
    files,
    onDemand,
  };
}

/**
 * Builds the given apps (default: all) one by one with Vite's JS API. Throws on the first failure,
 * and when an app's first load is over FIRST_LOAD_LIMIT. Returns each app's first load.
 */
export async function buildApps(apps: string[] = listApps(), opts: { quiet?: boolean } = {}): Promise<Record<string, FirstLoad>> {
  const loads: Record<string, FirstLoad> = {};
  const tooBig: string[] = [];
  // Vite 8 is ESM-only: a real dynamic import, not one the CommonJS transform rewrites to require().
  const { build } = (await new Function('s', 'return import(s)')('vite')) as { build(config: Record<string, unknown>): Promise<unknown> };
  for (const app of apps) {
    const root = path.join(STATIC_DIR, app);
    const outDir = path.join(root, 'dist');
    const started = Date.now();
    await build({
      root,
      base: './', // Forge serves a resource from a CDN path: every URL in it must be relative
      configFile: false,
      envDir: false,
      publicDir: path.join(root, 'public'),
      logLevel: opts.quiet ? 'error' : 'warn',
      // Vite's built-in transform (no React plugin): the automatic runtime, as tsconfig's react-jsx.
      // development: false even when NODE_ENV says otherwise (jest sets `test`): React's production
      // build has no jsxDEV, so a dev JSX transform would break the bundle.
      // Atlaskit asks a feature-gate client for rollout flags; in a Forge frame it is never
      // initialised and answers "off", so a stub answering the same replaces the Statsig client.
      resolve: {
        alias: [
          { find: /^@atlaskit\/feature-gate-js-client(\/feature-gates)?$/, replacement: path.join(STATIC_DIR, 'shared', 'feature-gates-off.ts') },
        ],
      },
      plugins: [htmlShell({ root, app, template: path.join(STATIC_DIR, 'shared', 'index.html'), manifest: MANIFEST }), tokensCss(NODE_MODULES)],
      oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        minify: true,
        reportCompressedSize: false,
        manifest: true,
        chunkSizeWarningLimit: 2048,
      },
    });
    const load = firstLoad(outDir);
    loads[app] = load;
    const over = load.js > FIRST_LOAD_LIMIT;
    if (!opts.quiet || over) {
      console.log(
        `${app.padEnd(24)} first load ${kb(load.js).padStart(9)} JS gzipped (limit ${kb(FIRST_LOAD_LIMIT)}), ` +
          `${kb(load.css)} CSS; ${kb(load.onDemand)} on demand; ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    if (over) tooBig.push(`${app} (${kb(load.js)})`);
  }
  if (tooBig.length > 0) throw new Error(`first load of JavaScript (gzipped) over the ${kb(FIRST_LOAD_LIMIT)} limit: ${tooBig.join(', ')}`);
  return loads;
}

/** Builds only the apps whose dist is missing or stale. Returns the apps it built. */
export async function buildStaleApps(opts: { quiet?: boolean } = {}): Promise<string[]> {
  const stale = listApps().filter((a) => isStale(a));
  if (stale.length > 0) await buildApps(stale, opts);
  return stale;
}
