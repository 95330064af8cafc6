import { COMMANDS } from '../../local/cli/commands';
import type { CliIo } from '../../local/cli/io';
import { levelsCommand } from '../../local/cli/levels';
import { main } from '../../local/cli/main';
import { DEFAULT_FRAMEWORK } from '../../src/frameworks';

// The lead registers the command in COMMANDS; until then the test does.
if (!COMMANDS.some((c) => c.name === 'levels')) COMMANDS.push(levelsCommand);

interface FakeIo extends CliIo {
  out: string;
  err: string;
}

function fakeIo(files: Record<string, string>, today = '2025-11-30'): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    env: {},
    today: () => today,
    readFile: (p) => {
      if (p === 'dir') throw Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return files[p]!;
    },
  };
  return io;
}

const eligible = {
  person: 'Dana Fox',
  currentLevel: 'PO1',
  currentLevelSince: '2024-05-31',
  targetLevel: 'PO2',
  demonstrated: [
    { skill: 'Tools & Initiatives', behaviour: 1, evidence: 'PO-12' },
    { skill: 'project management', behaviour: 2, evidence: 'Ran the Q3 release train' },
    { skill: 'Collaboration', behaviour: 1, evidence: 'https://acme.atlassian.net/wiki/spaces/PO/pages/1' },
  ],
};

async function run(args: string[], files: Record<string, string>, today?: string): Promise<{ code: number; io: FakeIo }> {
  const io = fakeIo(files, today);
  const code = await main(args, io);
  return { code, io };
}

describe('shipshape levels', () => {
  it('prints the exact SPEC §5 levels JSON with --json, and exits 0 when eligible', async () => {
    const { code, io } = await run(['levels', '--assessment', 'a.json', '--json'], { 'a.json': JSON.stringify(eligible) });
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(io.out);
    expect(Object.keys(json).slice(0, 7)).toEqual(['asOf', 'currentLevel', 'targetLevel', 'eligible', 'monthsInRole', 'categories', 'reasons']);
    expect(json).toMatchObject({ asOf: '2025-11-30', currentLevel: 'PO1', targetLevel: 'PO2', eligible: true, monthsInRole: 18, reasons: [] });
    expect(json.categories).toEqual([
      { name: 'Product Skills', covered: true, demonstrated: 1, behaviours: 12 },
      { name: 'Process Skills', covered: true, demonstrated: 1, behaviours: 6 },
      { name: 'People Skills', covered: true, demonstrated: 1, behaviours: 6 },
    ]);
  });

  it('exits 0 when not eligible, with the reasons (SPEC §5 gives 3 only to readiness)', async () => {
    const { code, io } = await run(['levels', '--assessment', 'a.json', '--as-of', '2025-11-29', '--json'], {
      'a.json': JSON.stringify({ ...eligible, demonstrated: eligible.demonstrated.slice(0, 1) }),
    });
    expect(code).toBe(0);
    const json = JSON.parse(io.out);
    expect(json.eligible).toBe(false);
    expect(json.monthsInRole).toBe(17);
    expect(json.reasons).toEqual([
      '17 whole months in PO1 since 2024-05-31; 18 are needed (reached on 2025-11-30)',
      'No Process Skills behaviour of PO2 demonstrated with evidence (0 of 6)',
      'No People Skills behaviour of PO2 demonstrated with evidence (0 of 6)',
    ]);
  });

  it('prints a readable summary without --json', async () => {
    const { code, io } = await run(['levels', '--assessment', 'a.json', '--as-of', '2025-11-29'], { 'a.json': JSON.stringify(eligible) });
    expect(code).toBe(0);
    expect(io.out).toContain('Level-up readiness as of 2025-11-29: Dana Fox, PO1 → PO2');
    expect(io.out).toContain('Eligible: no');
    expect(io.out).toContain('Time in PO1: 17 whole months since 2024-05-31 (18 needed; reached on 2025-11-30)');
    expect(io.out).toMatch(/Product Skills\s+covered\s+1 of 12 behaviours demonstrated/);
    expect(io.out).toContain('Why not eligible:');
  });

  it('reads a custom framework with --framework', async () => {
    const custom = {
      id: 'tiny',
      name: 'Tiny',
      jobFamily: 'Ops',
      ladders: [{ id: 'ic', name: 'IC', role: 'Specialist', levels: ['A1', 'A2'] }],
      levels: [
        { id: 'A1', rank: 1, ladder: 'ic', scope: 's', reporting: 'r', categories: [{ name: 'Craft', skills: [{ name: 'Writing', behaviours: ['Writes'] }] }] },
        { id: 'A2', rank: 2, ladder: 'ic', scope: 's', reporting: 'r', categories: [{ name: 'Craft', skills: [{ name: 'Writing', behaviours: ['Writes well', 'Edits'] }] }] },
      ],
    };
    const a = { currentLevel: 'A1', currentLevelSince: '2020-01-01', targetLevel: 'A2', demonstrated: [{ skill: 'writing', behaviour: 2, evidence: 'x' }] };
    const { code, io } = await run(['levels', '--assessment', 'a.json', '--framework', 'f.json', '--json'], {
      'a.json': JSON.stringify(a),
      'f.json': JSON.stringify(custom),
    });
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ eligible: true, categories: [{ name: 'Craft', covered: true, demonstrated: 1, behaviours: 2 }] });
  });

  const bad: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['no --assessment', ['levels'], {}, /needs --assessment FILE/],
    ['an unreadable file', ['levels', '--assessment', 'missing.json'], {}, /cannot read the assessment file missing\.json: no such file/],
    ['a directory', ['levels', '--assessment', 'dir'], {}, /cannot read the assessment file dir: it is a directory/],
    ['invalid JSON', ['levels', '--assessment', 'a.json'], { 'a.json': '{ "currentLevel": ' }, /a\.json is not valid JSON/],
    ['a wrong shape', ['levels', '--assessment', 'a.json'], { 'a.json': JSON.stringify({ ...eligible, demonstrated: 'all' }) }, /assessment\.demonstrated must be an array/],
    ['a bad start date', ['levels', '--assessment', 'a.json'], { 'a.json': JSON.stringify({ ...eligible, currentLevelSince: '2024-02-30' }) }, /currentLevelSince must be a real calendar date/],
    ['a bad --as-of', ['levels', '--assessment', 'a.json', '--as-of', '2025-13-01'], { 'a.json': JSON.stringify(eligible) }, /--as-of must be a real calendar date/],
    ['an unknown level', ['levels', '--assessment', 'a.json'], { 'a.json': JSON.stringify({ ...eligible, targetLevel: 'PO3' }) }, /Unknown target level "PO3".*PO1, PO2, POL5, POL6/],
    [
      'an unknown skill',
      ['levels', '--assessment', 'a.json'],
      { 'a.json': JSON.stringify({ ...eligible, demonstrated: [{ skill: 'Juggling', behaviour: 1, evidence: 'x' }] }) },
      /unknown skill "Juggling" for PO2/,
    ],
    [
      'a position out of range',
      ['levels', '--assessment', 'a.json'],
      { 'a.json': JSON.stringify({ ...eligible, demonstrated: [{ skill: 'Documentation', behaviour: 2, evidence: 'x' }] }) },
      /behaviour 2 is out of range for "Documentation" at PO2; the only position is 1/,
    ],
    ['an as-of before the start', ['levels', '--assessment', 'a.json', '--as-of', '2024-05-30'], { 'a.json': JSON.stringify(eligible) }, /as-of date 2024-05-30 is before the date 2024-05-31/],
    ['a target not above the current level', ['levels', '--assessment', 'a.json'], { 'a.json': JSON.stringify({ ...eligible, currentLevel: 'PO2', targetLevel: 'PO1' }) }, /not above the current level PO2/],
    ['the same level as target', ['levels', '--assessment', 'a.json'], { 'a.json': JSON.stringify({ ...eligible, targetLevel: 'po1' }) }, /not above the current level/],
    ['a missing framework file', ['levels', '--assessment', 'a.json', '--framework', 'nope.json'], { 'a.json': JSON.stringify(eligible) }, /cannot read the framework file nope\.json/],
    [
      'an invalid framework file',
      ['levels', '--assessment', 'a.json', '--framework', 'f.json'],
      { 'a.json': JSON.stringify(eligible), 'f.json': JSON.stringify({ id: 'x', name: 'X', jobFamily: 'Y', ladders: [], levels: [] }) },
      /the framework file f\.json is invalid: levels: must list at least one level/,
    ],
    ['a framework file that is not JSON', ['levels', '--assessment', 'a.json', '--framework', 'f.json'], { 'a.json': JSON.stringify(eligible), 'f.json': 'nope' }, /f\.json is invalid: \(root\): not valid JSON/],
    ['an unknown flag', ['levels', '--assessment', 'a.json', '--verbose'], { 'a.json': JSON.stringify(eligible) }, /verbose/],
  ];

  it.each(bad)('exits 2 with one clear stderr line on %s', async (_name, args, files, message) => {
    const { code, io } = await run([...args, '--json'], files);
    expect(code).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(message);
    expect(io.err.trimEnd().split('\n')).toHaveLength(1);
    expect(io.err.startsWith('shipshape: ')).toBe(true);
  });

  it('uses the default framework untouched', () => {
    expect(Object.isFrozen(DEFAULT_FRAMEWORK)).toBe(true);
  });
});
