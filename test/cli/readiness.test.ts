/**
 * `shipshape readiness` end to end against the demo site over HTTP: SPEC §5 exit statuses, the
 * exact --json shape, the sign-offs file, and bad input on one stderr line.
 */
import { main } from '../../local/cli/main';
import type { CliIo } from '../../local/cli/io';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, DEMO_VERSIONS, startDemoSite, type DemoSite } from '../../local/demo-site';

const TODAY = '2026-11-20';
let site: DemoSite;

beforeAll(async () => {
  site = await startDemoSite({ dataset: createDataset({ today: TODAY }) });
});
afterAll(() => site.close());

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(args: string[], opts: { files?: Record<string, string>; env?: Record<string, string> } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env: { JIRA_BASE_URL: site.url, JIRA_EMAIL: DEMO_USERS.lead.email, JIRA_API_TOKEN: DEMO_API_TOKEN, ...opts.env },
    today: () => TODAY,
    readFile: (p) => {
      const text = opts.files?.[p];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return text;
    },
  };
  const code = await main(['readiness', ...args], io);
  return { code, out, err };
}

const SIGNOFFS = {
  required: ['Release notes and communication ready', 'Release deck reviewed', 'QA sign-off', 'Product lead sign-off'],
  signoffs: [
    { label: 'Release notes and communication ready', signedBy: 'Priya Raman', signedAt: '2026-11-18T10:00:00Z' },
    { label: 'release deck reviewed', signedBy: 'Priya Raman', signedAt: '2026-11-18T10:00:00Z' },
    { label: 'QA sign-off', signedBy: 'Alex Kim', signedAt: '2026-11-19T10:00:00Z' },
    { label: 'Product lead sign-off', signedBy: 'Priya Raman', signedAt: '2026-11-19T11:00:00Z' },
  ],
};

describe('shipshape readiness', () => {
  it('prints the exact SPEC §5 JSON and exits 3 for an on_track version', async () => {
    const r = await run(['--project', 'PO', '--version', DEMO_VERSIONS.poNearlyReady, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual([
      'asOf', 'version', 'issues', 'percentDone', 'blockers', 'openBugs', 'unassigned', 'daysToRelease',
      'throughputPerDay', 'daysNeeded', 'signoffs', 'verdict', 'reasons',
    ]);
    expect(Object.keys(doc.version)).toEqual(['id', 'name', 'releaseDate', 'released', 'archived']); // SPEC §3: the report says archived
    expect(Object.keys(doc.issues)).toEqual(['total', 'done', 'inProgress', 'todo']);
    expect(doc).toMatchObject({
      asOf: TODAY,
      version: { name: 'PO 2.0', releaseDate: '2026-11-30', released: false },
      issues: { total: 20, done: 17 },
      percentDone: 85,
      blockers: [],
      daysToRelease: 10,
      signoffs: [],
      verdict: 'on_track',
    });
    expect(doc.reasons.length).toBeGreaterThan(0);
  });

  it('exit 3 for not_ready, with every rule-2 reason', async () => {
    const blocked = await run(['--project', 'PO', '--version', DEMO_VERSIONS.poBlocked, '--json']);
    expect(blocked.code).toBe(3);
    const doc = JSON.parse(blocked.out);
    expect(doc.verdict).toBe('not_ready');
    expect(doc.blockers).toHaveLength(1);
    expect(doc.reasons).toContain(`1 blocker open: ${doc.blockers[0]}`);
    const empty = JSON.parse((await run(['--project', 'PO', '--version', DEMO_VERSIONS.poEmpty, '--json'])).out);
    expect(empty).toMatchObject({ verdict: 'not_ready', reasons: ['Version has no issues'], issues: { total: 0 } });
  });

  it('exit 0 for a released version; the version can be named by id', async () => {
    const byName = await run(['--project', 'PO', '--version', DEMO_VERSIONS.poReleased, '--json']);
    expect(byName.code).toBe(0);
    const id = JSON.parse(byName.out).version.id as string;
    const byId = await run(['--project', 'PO', '--version', id, '--json']);
    expect(byId.code).toBe(0);
    expect(JSON.parse(byId.out).verdict).toBe('released');
  });

  it('all done: at_risk (exit 3) without sign-offs required by the file, ready (exit 0) with them all signed', async () => {
    const missing = { required: SIGNOFFS.required, signoffs: SIGNOFFS.signoffs.slice(0, 3) };
    const atRisk = await run(['--project', 'MOB', '--version', DEMO_VERSIONS.mobAllDone, '--signoffs', 'missing.json', '--json'], {
      files: { 'missing.json': JSON.stringify(missing) },
    });
    expect(atRisk.code).toBe(3);
    expect(JSON.parse(atRisk.out)).toMatchObject({ verdict: 'at_risk', reasons: ['Sign-off missing: Product lead sign-off'] });

    const ready = await run(['--project', 'MOB', '--version', DEMO_VERSIONS.mobAllDone, '--signoffs', 'all.json', '--json'], {
      files: { 'all.json': JSON.stringify(SIGNOFFS) },
    });
    expect(ready.code).toBe(0);
    const doc = JSON.parse(ready.out);
    expect(doc.verdict).toBe('ready');
    expect(doc.signoffs[1]).toEqual({ label: 'Release deck reviewed', signedBy: 'Priya Raman', signedAt: '2026-11-18T10:00:00Z' });
    // No file: no sign-off is required by the CLI, so all done is ready.
    expect((await run(['--project', 'MOB', '--version', DEMO_VERSIONS.mobAllDone])).code).toBe(0);
  });

  it('prints a readable report without --json', async () => {
    const r = await run(['--project', 'MOB', '--version', DEMO_VERSIONS.mobAtRisk]);
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/^Mobile 5\.1 \(project MOB, version id \d+; release 2026-12-20, in 30 days\): AT RISK\n/);
    expect(r.out).toMatch(/Issues: 16 — 2 done/);
  });

  it.each([
    [['--project', 'NOPE', '--version', 'PO 2.0'], /Project NOPE was not found/],
    [['--project', 'PO', '--version', 'PO 9.9'], /Project PO has no version named "PO 9.9"/],
    [['--project', 'PO', '--version', 'Mobile 5.0'], /Project PO has no version named "Mobile 5.0"/],
    [['--project', 'PO', '--version', '99999'], /no version named or with id "99999"/],
    [['--project', 'PO'], /needs --version/],
    [['--version', 'PO 2.0'], /needs --project/],
    [['--project', 'PO', '--version', 'PO 2.0', '--bogus'], /Unknown option "--bogus"/],
    [['--project', 'PO', '--version', 'PO 2.0', '--as-of', '2026-02-30'], /--as-of must be a date/],
    [['--project', 'PO', '--version', 'PO 2.0', '--signoffs', 'absent.json'], /cannot read sign-offs file absent\.json \(ENOENT\)/],
    [['--project', 'PO', '--version', 'PO 2.0', '--signoffs', 'broken.json'], /sign-offs file broken\.json is not valid JSON/],
    [['--project', 'PO', '--version', 'PO 2.0', '--signoffs', 'shape.json'], /"signoffs" item 1 needs a "label"/],
    [['--project', 'PO', '--version', 'PO 2.0', '--signoffs', 'list.json'], /expected an object/],
  ])('exit 2 with one clear stderr line: %j', async (args, message) => {
    const r = await run(args as string[], {
      files: { 'broken.json': '{ "required": [', 'shape.json': '{ "required": [], "signoffs": [ { "signedBy": "x" } ] }', 'list.json': '[]' },
    });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('a version of another project is bad input that says so', async () => {
    const mob = JSON.parse((await run(['--project', 'MOB', '--version', DEMO_VERSIONS.mobAtRisk, '--json'])).out);
    const r = await run(['--project', 'PO', '--version', mob.version.id]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`Version Mobile 5\\.1 \\(id ${mob.version.id}\\) belongs to another project, not PO`));
  });

  it('exit 1 with the reason when Jira cannot be reached', async () => {
    const r = await run(['--project', 'PO', '--version', 'PO 2.0'], {
      env: { JIRA_BASE_URL: 'http://127.0.0.1:9', SHIPSHAPE_JIRA_TIMEOUT_MS: '300' },
    });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Jira could not be reached/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('wrong credentials are not "project not found": exit 1 with the sign-in reason', async () => {
    const r = await run(['--project', 'PO', '--version', 'PO 2.0'], { env: { JIRA_API_TOKEN: 'wrong-token' } });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/401/);
    expect(r.err).not.toMatch(/not found/i);
  });

  it('says when a version is archived (SPEC §3)', async () => {
    const archived = await run(['--project', 'PO', '--version', 'PO 1.0', '--json']);
    expect(JSON.parse(archived.out).version).toMatchObject({ name: 'PO 1.0', released: true, archived: true });
    const current = await run(['--project', 'PO', '--version', 'PO 2.0', '--json']);
    expect(JSON.parse(current.out).version.archived).toBe(false);
  });

  it('reads a sign-offs file saved with a byte-order mark', async () => {
    const r = await run(['--project', 'MOB', '--version', 'Mobile 5.0', '--signoffs', 'bom.json', '--json'], {
      files: { 'bom.json': '\uFEFF' + JSON.stringify(SIGNOFFS) },
    });
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).verdict).toBe('ready');
  });
});
