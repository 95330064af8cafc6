/**
 * `npm run bundle:forge`: bundles the manifest's function handlers (src/index.ts) with
 * @forge/bundler's Node bundler — the one `forge deploy` runs — into a temp folder, prints what
 * came out and its size, then removes it. Exit 1 on any bundling error.
 *
 * Forge adds its own runtime wrapper (fetched from Atlassian's CDN at deploy time) next to our
 * code; offline we hand the bundler a placeholder for it, which is not part of the printed size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { consoleLogger, REPO_ROOT, toolRequire } from './forge-tools';

interface BundleOutput {
  outputDir: string;
  metadata?: { modules?: string[]; tsFiles: number; jsFiles: number };
}

const placeholder = { script: '/* Forge runtime wrapper: added by forge deploy */', source: 'offline placeholder', version: '0.0.0' };
const offlineWrapper = {
  getNodeRuntimeWrapper: async () => placeholder,
  getNodeRuntimeLoader: async () => placeholder,
};

function filesUnder(dir: string): Array<{ file: string; bytes: number }> {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = path.join(d.parentPath, d.name);
      return { file: path.relative(dir, full), bytes: fs.statSync(full).size };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export interface ForgeBundleSummary {
  entryPoints: string[];
  /** Bytes of the bundled code (.cjs/.js), without source maps. */
  codeBytes: number;
  files: Array<{ file: string; bytes: number }>;
  modules: string[];
}

/** Bundles the app in the current directory; the output folder is removed before returning. */
export async function bundleForge(log: (line: string) => void = console.log): Promise<ForgeBundleSummary> {
  const req = toolRequire();
  const cliShared = req('@forge/cli-shared');
  const bundler = req('@forge/bundler');
  const configFile = new cliShared.ConfigFile(new cliShared.FileSystemReader(), new cliShared.FileSystemWriter());
  const entryPoints: Array<{ name: string; path: string }> = bundler.getEntryPoints(await configFile.getAppHandlers());
  const logger = { ...consoleLogger, info: log, warn: (m: string) => log(`warning: ${m}`) };
  const out: BundleOutput = await bundler.getNodeBundler(logger, offlineWrapper, configFile).bundle({ appDirectory: process.cwd(), entryPoints });
  try {
    const files = filesUnder(out.outputDir);
    return {
      entryPoints: entryPoints.map((e) => path.relative(process.cwd(), e.path)),
      codeBytes: files.filter((f) => /\.c?js$/.test(f.file)).reduce((n, f) => n + f.bytes, 0),
      files,
      modules: out.metadata?.modules ?? [],
    };
  } finally {
    fs.rmSync(out.outputDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  process.chdir(process.argv[2] ? path.resolve(process.argv[2]) : REPO_ROOT);
  const started = Date.now();
  const s = await bundleForge();
  console.log(`forge bundle of ${s.entryPoints.join(', ')}: ${kB(s.codeBytes)} of code in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const f of s.files) console.log(`  ${kB(f.bytes).padStart(10)}  ${f.file}`);
  console.log(`  packages bundled: ${s.modules.length ? s.modules.join(', ') : 'none'}`);
}

// run-ts.js requires this file, leaving its path in argv[1].
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  main().catch((err: unknown) => {
    console.error(`bundle:forge failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
