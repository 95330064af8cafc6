/**
 * `npm test`: every test, browser tests included. Installs Debian's chromium when it is missing
 * (as root, like CI) and tools/forge-check when it is not installed, builds the Custom UI apps (the manifest test and the browser tests need
 * them), then runs the unit/integration project and the serial browser project.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Browser tests need Debian's chromium at ${CHROMIUM}: run 'sudo apt-get install chromium'.`);
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
}

// Atlassian's linter (test/forge) lives in its own folder with its own lockfile; --ignore-scripts
// because its keychain dependency is a native module that never builds offline and is never used.
if (!existsSync('tools/forge-check/node_modules/@forge/lint')) {
  console.log('Installing tools/forge-check (Atlassian\'s linter and bundler)…');
  if (run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', 'tools/forge-check']) !== 0) process.exit(1);
}

if (process.env.SHIPSHAPE_SKIP_BUILD !== '1') {
  if (run(process.execPath, ['bin/run-ts.js', 'scripts/build-ui.ts']) !== 0) process.exit(1);
}

const jest = require.resolve('jest/bin/jest');
const extra = process.argv.slice(2);
const unit = run(process.execPath, [jest, '--selectProjects', 'unit', ...extra]);
const e2e = run(process.execPath, [jest, '--selectProjects', 'e2e', '--runInBand', ...extra]);
process.exit(unit !== 0 || e2e !== 0 ? 1 : 0);
