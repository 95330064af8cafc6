/**
 * Building the Custom UI apps: each folder `static/<app>/` with an `index.html` (not
 * `static/shared`) becomes `static/<app>/dist`, the path a manifest resource points at. Apps are
 * built one after another (small machines, readable logs). Used by `npm run build`
 * (scripts/build-ui.ts), the workbench (builds what is stale) and the browser tests.
 */
import fs from 'node:fs';
import path from 'node:path';

export const STATIC_DIR = path.resolve(__dirname, '..', 'static');

/** The app folders under static/ that have an index.html (shared code is not an app). */
export function listApps(staticDir = STATIC_DIR): string[] {
  return fs
    .readdirSync(staticDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && d.name !== 'node_modules')
    .filter((d) => fs.existsSync(path.join(staticDir, d.name, 'index.html')))
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
    ...['contract.ts', 'contract', 'domain'].map((p) => newestSource(path.join(src, p))),
  );
  return sources > built;
}

function dirSize(dir: string): { files: { name: string; bytes: number }[]; total: number } {
  const files: { name: string; bytes: number }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else files.push({ name: path.relative(dir, full), bytes: fs.statSync(full).size });
    }
  };
  walk(dir);
  return { files, total: files.reduce((s, f) => s + f.bytes, 0) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** Builds the given apps (default: all) one by one with Vite's JS API. Throws on the first failure. */
export async function buildApps(apps: string[] = listApps(), opts: { quiet?: boolean } = {}): Promise<void> {
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
      oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        minify: true,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 2048,
      },
    });
    if (!opts.quiet) {
      const { files, total } = dirSize(outDir);
      console.log(`\n${app} → static/${app}/dist (${kb(total)}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      for (const f of files.sort((a, b) => b.bytes - a.bytes).slice(0, 8)) console.log(`  ${kb(f.bytes).padStart(10)}  ${f.name}`);
      if (files.length > 8) console.log(`  … and ${files.length - 8} more files`);
    }
  }
}

/** Builds only the apps whose dist is missing or stale. Returns the apps it built. */
export async function buildStaleApps(opts: { quiet?: boolean } = {}): Promise<string[]> {
  const stale = listApps().filter((a) => isStale(a));
  if (stale.length > 0) await buildApps(stale, opts);
  return stale;
}
