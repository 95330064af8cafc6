/** Every CLI error quotes at most a short prefix of what it was given: one short stderr line. */
import { main } from '../../local/cli/main';
import type { CliIo } from '../../local/cli/io';

const LONG = 'v'.repeat(100_000);

async function run(args: string[], files: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env: {},
    today: () => '2026-11-20',
    readFile: (p) => {
      if (p in files) return files[p]!;
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
  };
  return { code: await main(args, io), out, err };
}

describe('long input in CLI errors', () => {
  it.each([
    ['a 100,000-character --version', ['readiness', '--project', 'PO', '--version', LONG, '--json']],
    ['a 100,000-character --project', ['readiness', '--project', LONG, '--version', 'PO 2.1']],
    ['a 100,000-character --as-of', ['roadmap', '--jql', 'project = PO', '--as-of', LONG]],
    ['a 100,000-character --weight', ['roadmap', '--jql', 'project = PO', '--weight', LONG]],
    ['a 100,000-character unknown option', ['roadmap', `--${LONG}`]],
    ['a 100,000-character command', [LONG]],
  ])('%s is exit 2 with one short line naming its start and length', async (_what, args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err.length).toBeLessThan(300);
    expect(r.err).toContain('… (100,0');
  });

  it('a 1 MB level name in an assessment file', async () => {
    const assessment = { person: 'A', currentLevel: 'L'.repeat(1_048_576), currentLevelSince: '2024-01-01', targetLevel: 'PO2', demonstrated: [] };
    const r = await run(['levels', '--assessment', 'a.json'], { 'a.json': JSON.stringify(assessment) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('(1,048,576 characters)');
    expect(r.err.length).toBeLessThan(300);
  });
});
