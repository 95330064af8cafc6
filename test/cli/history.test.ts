/**
 * `--baseline D` and `--history` on `shipshape roadmap` and `shipshape readiness` (SPEC §5, §7):
 * the added JSON fields with the numbers the demo data's changelogs imply, the readable block,
 * bad input, and that without either flag no changelog is read at all.
 */
import { main } from '../../local/cli/main';
import type { CliIo } from '../../local/cli/io';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, DEMO_VERSIONS, issuesOf, startDemoSite, versionByName, type DemoSite } from '../../local/demo-site';
import { HistoryOracle, quarterStartOf } from '../services/history-expected';

const TODAY = '2026-11-20';
const dataset = createDataset({ today: TODAY });
const oracle = new HistoryOracle(dataset);
let site: DemoSite;

beforeAll(async () => {
  site = await startDemoSite({ dataset });
});
afterAll(() => site.close());

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env: { JIRA_BASE_URL: site.url, JIRA_EMAIL: DEMO_USERS.lead.email, JIRA_API_TOKEN: DEMO_API_TOKEN },
    today: () => TODAY,
    readFile: () => {
      throw new Error('no files');
    },
  };
  const code = await main(args, io);
  return { code, out, err };
}

const changelogRequests = (): number =>
  Object.entries(site.stats.byPath)
    .filter(([p]) => p.includes('changelog') || p.endsWith('/status'))
    .reduce((n, [, c]) => n + c, 0);

describe('roadmap --history / --baseline', () => {
  const jql = 'project = PO AND issuetype = Epic ORDER BY duedate';
  const epics = issuesOf(dataset, { project: 'PO', level: 1 });

  it('without either flag the report is as before and reads no changelog', async () => {
    site.stats.reset();
    const r = await run(['roadmap', '--jql', jql, '--json']);
    expect(r.code).toBe(0);
    expect(changelogRequests()).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(['asOf', 'weight', 'jql', 'totals', 'items', 'notDoneOnTime']);
    expect(doc.totals.odds).toBeUndefined();
  });

  it('--history adds baseline, slipped, totals.odds and the per-item fields; ⌈issues ÷ 1000⌉ changelog requests', async () => {
    site.stats.reset();
    const r = await run(['roadmap', '--jql', jql, '--history', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(site.stats.byPath['/rest/api/3/changelog/bulkfetch']).toBe(1);
    const doc = JSON.parse(r.out);
    const b = quarterStartOf(TODAY);
    expect(doc.baseline.date).toBe(b);
    expect(Object.keys(doc.totals.odds)).toEqual(['p50', 'p85', 'p95', 'p50Date', 'p85Date', 'p95Date', 'chanceByRelease']);
    expect(doc.totals.odds.chanceByRelease).toBeNull();
    const want = new Map(epics.map((e) => [e.key, oracle.slip(e, b, TODAY)]));
    for (const item of doc.items as Array<{ key: string; dueDateAtBaseline: string | null; dueDateChanges: number; slipDays: number | null }>) {
      expect({ dueDateAtBaseline: item.dueDateAtBaseline, dueDateChanges: item.dueDateChanges, slipDays: item.slipDays }).toEqual(want.get(item.key));
    }
    const slipped = [...want.entries()].filter(([, s]) => (s.slipDays ?? 0) > 0).map(([k]) => k);
    expect([...doc.slipped].sort()).toEqual(slipped.sort());
    expect(doc.slipped.length).toBeGreaterThan(0);
  });

  it('--baseline D moves the baseline; text output gets a readable block', async () => {
    const r = await run(['roadmap', '--jql', jql, '--baseline', '2026-11-01']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/History since 2026-11-01: \d+ work items existed then \(\d+ done\); \d+ done since\./);
    expect(r.out).toMatch(/Odds for the \d+ work items left: /);
  });

  it('bad input: a baseline after the as-of date, an unreal date, or both flags (exit 2, one line)', async () => {
    for (const args of [['--baseline', '2026-11-21'], ['--baseline', '2026-02-30'], ['--baseline', '2026-11-01', '--history']]) {
      const r = await run(['roadmap', '--jql', jql, ...args]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('readiness --history / --baseline', () => {
  const v = versionByName(dataset, 'PO', DEMO_VERSIONS.poBlocked)!;

  it('without either flag no changelog is read and the document keeps its keys', async () => {
    site.stats.reset();
    const r = await run(['readiness', '--project', 'PO', '--version', v.name, '--json']);
    expect(r.code).toBe(3);
    expect(changelogRequests()).toBe(0);
    expect(Object.keys(JSON.parse(r.out))).not.toContain('scope');
  });

  it('--history: scope since the version start, daily series and forecast, as the changelogs imply', async () => {
    site.stats.reset();
    const r = await run(['readiness', '--project', 'PO', '--version', v.name, '--history', '--json']);
    expect(r.code).toBe(3);
    expect(site.stats.byPath['/rest/api/3/changelog/bulkfetch']).toBe(1);
    const doc = JSON.parse(r.out);
    const want = oracle.releaseScope(v.id, v.startDate!, TODAY);
    expect(doc.scope).toEqual({
      baselineDate: v.startDate,
      atBaseline: want.atBaseline.length,
      now: want.now.length,
      added: want.added,
      removed: want.removed,
      deliveredOfBaseline: want.delivered.length,
    });
    expect(doc.scope.now).toBe(doc.issues.total);
    expect(doc.daily).toEqual(oracle.daily(v.id, v.startDate!, TODAY));
    expect(Object.keys(doc.forecast)).toEqual(['p50', 'p85', 'p95', 'p50Date', 'p85Date', 'p95Date', 'chanceByRelease']);
    expect(doc.forecast.chanceByRelease).toEqual(expect.any(Number));
  });

  it('--baseline D; a version whose start is after the as-of date is bad input', async () => {
    const r = await run(['readiness', '--project', 'PO', '--version', v.name, '--baseline', '2026-11-10']);
    expect(r.out).toMatch(/Since 2026-11-10 \(baseline\): \d+ planned, \d+ now; \+\d+ added/);
    expect(r.out).toMatch(/% chance by the release date/);
    const future = versionByName(dataset, 'PO', DEMO_VERSIONS.poEmpty)!;
    const bad = await run(['readiness', '--project', 'PO', '--version', future.name, '--history']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/after the as-of date/);
  });
});
