/**
 * `npm run lint:forge` can fail: the app's manifest and entry point plus a file with a deliberate
 * egress call and a Jira write the manifest has no scope for are rejected by Atlassian's linter,
 * naming exactly those two calls. (CI lints the whole of src/ with the same script; this copy is
 * small so the test stays quick: the linter type-checks every file it reads.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/** The app's manifest and a src/ with only the probe, in a temp folder. */
function copyApp(probe: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-lint-'));
  for (const f of ['manifest.yml', '.gitignore', 'tsconfig.json']) fs.copyFileSync(path.join(root, f), path.join(dir, f));
  fs.mkdirSync(path.join(dir, 'src'));
  // The manifest's handler, `index.handler`.
  fs.writeFileSync(path.join(dir, 'src', 'index.ts'), `${probe}\nexport const handler = (): null => null;\n`);
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // The manifest linter wants each resource folder to exist; their content is not linted.
  for (const [, resource] of fs.readFileSync(path.join(root, 'manifest.yml'), 'utf8').matchAll(/path: (static\/[\w-]+\/dist)/g)) {
    fs.mkdirSync(path.join(dir, resource!), { recursive: true });
    fs.writeFileSync(path.join(dir, resource!, 'index.html'), '<!doctype html>');
  }
  return dir;
}

describe('lint:forge', () => {
  let dir = '';
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fails on an undeclared egress call and an unscoped Jira write, and on nothing else', () => {
    dir = copyApp(
      [
        "import api, { route } from '@forge/api';",
        "export const leak = (): Promise<Response> => fetch('https://collector.example.com/v1', { method: 'POST' });",
        "export const write = () => api.asUser().requestJira(route`/rest/api/3/issue`, { method: 'POST' });",
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'run-ts.js'), path.join(root, 'scripts', 'lint-forge.ts'), dir], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    const out = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(out).toContain('https://collector.example.com/v1 is not included in the "permissions.external.fetch" section');
    expect(out).toMatch(/POST \/rest\/api\/3\/issue[^\n]*write:jira-work/);
    expect(out).toMatch(/2 errors, 0 warnings — FAILED/);
    // Both findings are in the probe's file; the manifest itself lints clean.
    const files = [...out.matchAll(/^(\/\S+\.(?:ts|js|yml))$/gm)].map((m) => path.relative(dir, m[1]!));
    expect(files).toEqual(['src/index.ts']);
  }, 360_000);
});
