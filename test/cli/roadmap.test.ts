/**
 * `shipshape roadmap` end to end: the exact SPEC §5 --json shape with the numbers the demo data
 * implies, the table for people, and the exit statuses (2 bad JQL / flag / date with one stderr
 * line, 1 Jira unreachable). Runs `main([...], fakeIo)`, once against the built-in demo site (no
 * JIRA_BASE_URL) and once against an explicit site URL.
 */
import { main } from '../../local/cli/main';
import type { CliIo } from '../../local/cli/io';
import { connectJira } from '../../local/cli/connection';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, startDemoSite, type DemoSite } from '../../local/demo-site';
import { expectedRoadmap, itemsAt } from '../services/roadmap-expected';

const TODAY = '2026-11-20';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env,
    today: () => TODAY,
    readFile: () => {
      throw new Error('no files here');
    },
  };
  const code = await main(['roadmap', ...args], io);
  return { code, out, err };
}

describe('shipshape roadmap on the built-in demo site (no JIRA_BASE_URL)', () => {
  const ds = createDataset({ today: TODAY }); // what the in-process demo site serves
  const jql = 'project = PO AND issuetype = Epic';

  it('--json prints exactly the SPEC §5 document, with the numbers the data implies', async () => {
    const r = await run(['--jql', jql, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed JSON document, checked field by field below
    const doc = JSON.parse(r.out) as Record<string, any>;
    const want = expectedRoadmap(ds, itemsAt(ds, 'PO', 1), 'count', TODAY);

    expect(Object.keys(doc).slice(0, 6)).toEqual(['asOf', 'weight', 'jql', 'totals', 'items', 'notDoneOnTime']);
    expect(doc).toMatchObject({ asOf: TODAY, weight: 'count', jql });
    expect(Object.keys(doc.totals)).toEqual(expect.arrayContaining(['items', 'itemsDone', 'work', 'percentDone', 'unestimated']));
    expect(Object.keys(doc.totals.work).sort()).toEqual(['done', 'inProgress', 'todo', 'total']);
    expect(doc.totals).toMatchObject({
      items: want.totals.items,
      itemsDone: want.totals.itemsDone,
      work: want.totals.work,
      percentDone: want.totals.percentDone,
      unestimated: 0,
    });
    expect(doc.items.map((i: { key: string }) => i.key)).toEqual(want.items.map((i) => i.key)); // JQL order
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    for (const [n, item] of (doc.items as Array<Record<string, any>>).entries()) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['key', 'summary', 'statusCategory', 'dueDate', 'work', 'percentDone', 'unestimated']));
      expect(['todo', 'inprogress', 'done']).toContain(item.statusCategory);
      expect(item.dueDate === null || /^\d{4}-\d{2}-\d{2}$/.test(item.dueDate)).toBe(true);
      expect(item.work).toEqual(want.items[n]!.work);
      expect(item.percentDone).toBe(want.items[n]!.percentDone);
      expect(item.unitKeys).toBeUndefined(); // no per-unit lists in the CLI document
    }
    expect(doc.notDoneOnTime).toEqual(want.notDoneOnTime);
    expect(doc.notDoneOnTime.length).toBeGreaterThan(0);
  });

  it('--weight points and --as-of are honoured', async () => {
    const asOf = '2026-10-01';
    const r = await run(['--jql', jql, '--weight', 'points', '--as-of', asOf, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    const want = expectedRoadmap(ds, itemsAt(ds, 'PO', 1), 'points', asOf);
    expect(doc.asOf).toBe(asOf);
    expect(doc.weight).toBe('points');
    expect(doc.totals.percentDone).toBe(want.totals.percentDone);
    expect(doc.totals.unestimated).toBe(want.totals.unestimated);
    expect(doc.notDoneOnTime).toEqual(want.notDoneOnTime);
  });

  it('prints a readable table for people', async () => {
    const r = await run(['--jql', jql]);
    expect(r.code).toBe(0);
    const want = expectedRoadmap(ds, itemsAt(ds, 'PO', 1), 'count', TODAY);
    expect(r.out).toContain(`${want.totals.percentDone.toFixed(1)}% done`);
    expect(r.out).toMatch(/KEY\s+SUMMARY\s+STATUS\s+DUE\s+PROGRESS\s+DONE/);
    for (const i of want.items) expect(r.out).toContain(i.key);
    expect(r.out).toContain(`Not done on time (${want.notDoneOnTime.length}): ${want.notDoneOnTime[0]}`);
  });

  it.each([
    [['--jql', 'project = NOPE'], "shipshape: The value 'NOPE' does not exist for the field 'project'.\n"],
    [['--jql', 'order by rank'], 'shipshape: Unbounded JQL queries are not allowed here. Please add a search restriction to your query.\n'],
    [['--jql', 'project = PO AND'], /^shipshape: .+\n$/],
    [[], /^shipshape: roadmap needs --jql/],
    [['--jql', jql, '--weight', 'hours'], "shipshape: --weight must be one of count, points, time (got \"hours\")\n"],
    [['--jql', jql, '--as-of', '2026-02-30'], "shipshape: --as-of must be a real date as YYYY-MM-DD (got \"2026-02-30\")\n"],
    [['--jql', jql, '--as-of', 'yesterday'], /--as-of must be a real date/],
    [['--jql', jql, '--colour'], /^shipshape: Unknown option "--colour"/],
  ])('%j exits 2 with one clear stderr line and nothing on stdout', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    if (typeof message === 'string') expect(r.err).toBe(message);
    else expect(r.err).toMatch(message);
  });
});

describe('shipshape roadmap against a given Jira (JIRA_BASE_URL)', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite({ dataset: createDataset({ today: TODAY }) });
  });
  afterAll(() => site.close());

  it('reads the site with the API token, as that user', async () => {
    const env = { JIRA_BASE_URL: site.url, JIRA_EMAIL: DEMO_USERS.mobile.email, JIRA_API_TOKEN: DEMO_API_TOKEN };
    const r = await run(['--jql', 'issuetype = Epic', '--json'], env);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.items.length).toBeGreaterThan(0);
    expect(doc.items.every((i: { key: string }) => i.key.startsWith('MOB-'))).toBe(true);
  });

  it('half-set connection variables are bad input (exit 2)', async () => {
    const r = await run(['--jql', 'project = PO'], { JIRA_BASE_URL: site.url });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/JIRA_EMAIL and JIRA_API_TOKEN must be set/);
  });

  it('a wrong API token is exit 1 with the reason', async () => {
    const r = await run(['--jql', 'project = PO'], { JIRA_BASE_URL: site.url, JIRA_EMAIL: DEMO_USERS.lead.email, JIRA_API_TOKEN: 'wrong' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^shipshape: Jira did not accept the sign-in \(401\)/);
  });

  it('Jira unreachable after retries is exit 1 with the reason', async () => {
    const closed = await startDemoSite({ dataset: createDataset({ today: TODAY }) });
    const url = closed.url;
    await closed.close();
    const r = await run(['--jql', 'project = PO'], { JIRA_BASE_URL: url, JIRA_EMAIL: 'a@b.c', JIRA_API_TOKEN: 't', SHIPSHAPE_JIRA_TIMEOUT_MS: '400' });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^shipshape: Jira could not be reached /);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('connectJira', () => {
  it('starts the demo site in-process on a free port when JIRA_BASE_URL is unset, and stops it on close', async () => {
    const io: CliIo = { stdout: () => undefined, stderr: () => undefined, env: {}, today: () => TODAY, readFile: () => '' };
    const conn = await connectJira(io);
    try {
      expect(conn.source).toBe('demo');
      expect(conn.siteUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const me = await conn.jira.getMyself();
      expect(me.accountId).toBe(DEMO_USERS.lead.accountId);
    } finally {
      await conn.close();
    }
    await expect(fetch(`${conn.siteUrl}/status`)).rejects.toThrow();
  });
});
