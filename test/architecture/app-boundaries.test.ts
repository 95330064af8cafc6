/**
 * The lint rule that keeps Custom UI apps apart: one app never imports another app's folder, and
 * static/shared imports no app. The project's real eslint config runs (as `npm run lint` runs it)
 * on fixtures that break the rule on purpose; `npm run lint` holds the real static/ tree to it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join('test', 'fixtures', 'lint', 'static');

interface LintResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; line: number }>;
}

/** ESLint's CLI as `npm run lint` runs it, but on files its config ignores (they are wrong on purpose). */
function lint(files: string[]): LintResult[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--no-ignore', '--format', 'json', ...files], { cwd: ROOT, encoding: 'utf8' });
  if (r.stdout.trim() === '') throw new Error(`eslint printed nothing: ${r.stderr}`);
  return JSON.parse(r.stdout) as LintResult[];
}

test('a deliberate sibling-app import fails the rule; own-folder and shared imports pass; shared importing an app fails', () => {
  const results = lint([path.join(FIXTURES, 'app-a', 'src', 'uses-sibling.ts'), path.join(FIXTURES, 'app-a', 'src', 'local.ts'), path.join(FIXTURES, 'shared', 'uses-app.ts')]);
  const found = results.flatMap((r) =>
    r.messages.filter((m) => m.ruleId === 'shipshape/app-boundaries').map((m) => `${path.relative(path.join(ROOT, FIXTURES), r.filePath)}:${m.line} ${m.message}`),
  );
  expect(found).toEqual([
    "app-a/src/uses-sibling.ts:2 static/app-a imports static/app-b: one app never imports another app's folder; move what both use to static/shared.",
    "shared/uses-app.ts:2 static/shared imports static/app-b: one app never imports another app's folder; move what both use to static/shared.",
  ]);
}, 120_000);
