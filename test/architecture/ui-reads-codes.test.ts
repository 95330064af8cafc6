/**
 * The UI branches on an error's code and reason, never on its text: no file under static/ matches
 * or searches an error message (the server reads Jira's and Confluence's texts, once, in src/).
 */
import fs from 'node:fs';
import path from 'node:path';

const STATIC = path.resolve(__dirname, '..', '..', 'static');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'dist' || e.name === 'node_modules') return [];
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const PARSES_MESSAGE = [/\.test\([^)]*\bmessage\b/, /\bmessage\b[\w.?!]*\.(match|matchAll|search|includes|startsWith|endsWith)\(/];

test('no UI file parses an error message', () => {
  const files = sources(STATIC);
  expect(files.length).toBeGreaterThan(50);
  const offending = files.flatMap((f) =>
    fs
      .readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => PARSES_MESSAGE.some((re) => re.test(line)))
      .map(({ line, n }) => `${path.relative(STATIC, f)}:${n}: ${line.trim()}`),
  );
  expect(offending).toEqual([]);
});

test('the check catches the matching this house used to do', () => {
  const old = "const conflict = saveError?.code === 'BAD_INPUT' && /changed elsewhere|reload/i.test(saveError.message);";
  const jira = "for (const m of message.matchAll(/The value '([^']+)' does not exist for the field 'project'/gi)) {";
  expect(PARSES_MESSAGE.some((re) => re.test(old))).toBe(true);
  expect(PARSES_MESSAGE.some((re) => re.test(jira))).toBe(true);
});
