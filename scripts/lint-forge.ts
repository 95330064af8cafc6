/**
 * `npm run lint:forge`: Atlassian's linter on the app, the way `forge lint` / `forge deploy` run it
 * (@forge/bundler's runLinter: every file under ./src minus .gitignore'd ones, the manifest read by
 * ConfigFile, client-side mode, environment "development"), with the OpenAPI specs read from
 * ../shared/jira so nothing is fetched. Prints the report; exit 1 on any error or warning.
 *
 *   npm run lint:forge            lints this repository
 *   npm run lint:forge -- DIR     lints the app in DIR (its manifest.yml and src/)
 */
import path from 'node:path';
import { consoleLogger, localSwaggerEnv, offlineStatsig, REPO_ROOT, toolRequire } from './forge-tools';

interface LintRule {
  message: string;
  line: number;
  column: number;
}
interface LintResult {
  file: string;
  errors: LintRule[];
  warnings: LintRule[];
  approvals: LintRule[];
  size(): number;
}

export interface ForgeLintSummary {
  /** JS/TS files under src/ and how many of them the linter parsed (it skips the rest, see tsconfig). */
  files: number;
  linted: number;
  errors: number;
  warnings: number;
  approvals: number;
  results: LintResult[];
}

/** Lints the app in the current directory; `log` receives the report as `forge lint` prints it. */
export async function lintForge(log: (line: string) => void = console.log): Promise<ForgeLintSummary> {
  Object.assign(process.env, localSwaggerEnv());
  const req = toolRequire();
  const cliShared = req('@forge/cli-shared');
  const forgeLint = req('@forge/lint');
  const reader = new cliShared.FileSystemReader();
  const writer = new cliShared.FileSystemWriter();
  const exclude = [...(await cliShared.listGitIgnoreFiles(reader)), '.git', 'node_modules'];
  const manifest = await new cliShared.ConfigFile(reader, writer).readConfig();
  const files: string[] = await reader.recursiveReadDir('./src', exclude);
  // The linter skips every .ts file that tsconfig's `include` does not list by glob (a bare "src"
  // matches no file), silently: count what it really reads.
  const { include, exclude: tsExclude } = await cliShared.listTSConfigIncludeExclude(reader);
  const included = new Set<string>(include);
  const excluded = new Set<string>(tsExclude);
  const code = files.filter((f) => /\.[jt]sx?$/.test(f));
  const linted = code.filter((f) => {
    if (/\.jsx?$/.test(f)) return true;
    const abs = path.resolve(f);
    return (included.size === 0 && excluded.size === 0) || (included.has(abs) && !excluded.has(abs));
  });
  const logger = { ...consoleLogger, info: log };
  const results: LintResult[] = await forgeLint.lint(files, manifest, 'development', logger, offlineStatsig(cliShared), {
    linter: { mode: 'client-side' },
  });
  const count = (pick: (r: LintResult) => LintRule[]) => results.reduce((n, r) => n + pick(r).length, 0);
  const summary = {
    files: code.length,
    linted: linted.length,
    errors: count((r) => r.errors),
    warnings: count((r) => r.warnings),
    approvals: count((r) => r.approvals),
    results,
  };
  const exitCode = process.exitCode;
  forgeLint.reportLintResults(logger, results);
  process.exitCode = exitCode; // we decide the exit status below: warnings fail too
  return summary;
}

async function main(): Promise<void> {
  process.chdir(process.argv[2] ? path.resolve(process.argv[2]) : REPO_ROOT);
  const s = await lintForge();
  const unread = s.files - s.linted;
  if (unread > 0) console.log(`${unread} files under src/ were not linted: tsconfig.json "include" must list them by glob (e.g. "src/**/*").`);
  const verdict = s.errors + s.warnings + s.approvals === 0 && unread === 0 ? 'clean' : 'FAILED';
  console.log(
    `forge lint (client-side, offline specs): ${s.linted} of ${s.files} files under src/ linted, ${s.errors} errors, ${s.warnings} warnings — ${verdict}`,
  );
  process.exitCode = verdict === 'clean' ? 0 : 1;
}

// run-ts.js requires this file, leaving its path in argv[1].
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  main().catch((err: unknown) => {
    console.error(`lint:forge could not run: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
