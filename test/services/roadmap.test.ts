/**
 * The roadmap service over HTTP against the demo Jira site: numbers equal what the dataset implies
 * (derived independently in roadmap-expected.ts), request counts stay within the SPEC bound
 * (⌈n/100⌉ search pages per hierarchy level plus a constant), reads are as the given user, bad
 * JQL is bad input with Jira's own message, and the time budget yields a marked partial result.
 */
import { createJiraClient, jiraPorts, type JiraPorts, type Transport } from '../../src/jira';
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import { BadInputError } from '../../src/errors';
import { checkRoadmapJql, explainRoadmap, roadmapReport, roadmapView } from '../../src/services/roadmap';
import { DEFAULT_CONCURRENCY, GROUPS_PER_STREAM, readRoadmap } from '../../src/services/roadmap-reader';
import {
  createDataset,
  createLargeDataset,
  DEMO_API_TOKEN,
  DEMO_USERS,
  levelOf,
  startDemoSite,
  type DemoSite,
} from '../../local/demo-site';
import { expectedRoadmap, itemsAt, unitsOfItem } from './roadmap-expected';

const TODAY = '2026-06-15';

function clientFor(site: DemoSite, email: string = DEMO_USERS.lead.email, wrap?: (t: Transport) => Transport): JiraPorts {
  const t = fetchTransport({ baseUrl: site.url, email, apiToken: DEMO_API_TOKEN });
  return jiraPorts(createJiraClient({ transport: wrap ? wrap(t) : t, maxAttempts: 2, baseDelayMs: 1 }));
}

/** Wraps a transport to count the requests one client sends. */
const countingTransport =
  (sent: { n: number }) =>
  (t: Transport): Transport =>
  (req) => {
    sent.n++;
    return t(req);
  };

/**
 * A simulated clock for the time budget: every request takes exactly `tickMs` of virtual time, and
 * requests in flight together overlap (a small discrete-event simulation: a response is released
 * once every request in flight has its answer, earliest virtual finish first). No real waiting.
 */
function virtualTime(tickMs: number): { clock: () => number; wrap: (t: Transport) => Transport } {
  let now = 0;
  let inFlight = 0;
  const held: Array<{ at: number; release: () => void }> = [];
  const maybeRelease = (): void => {
    if (inFlight === 0 || held.length < inFlight) return;
    const at = Math.min(...held.map((h) => h.at));
    now = at;
    const ready = held.filter((h) => h.at === at);
    for (const h of ready) held.splice(held.indexOf(h), 1);
    inFlight -= ready.length;
    for (const h of ready) h.release();
  };
  const wrap =
    (t: Transport): Transport =>
    async (req) => {
      const at = now + tickMs;
      inFlight += 1;
      const res = await t(req);
      const body = await res.text(); // buffered here, so nothing real happens after the release
      await new Promise<void>((release) => {
        held.push({ at, release });
        maybeRelease();
      });
      return { status: res.status, headers: res.headers, text: () => Promise.resolve(body) };
    };
  return { clock: () => now, wrap };
}

const searches = (site: DemoSite): number => site.stats.byPath['/rest/api/3/search/jql'] ?? 0;
const pages = (n: number): number => Math.max(1, Math.ceil(n / 100));

describe('roadmap service on the demo site', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite({ dataset: createDataset({ today: TODAY }) });
  });
  afterAll(() => site.close());
  beforeEach(() => site.stats.reset());

  it.each(['count', 'points', 'time'] as const)('PO epics weighted by %s: every number is what the dataset implies', async (weight) => {
    const ds = site.dataset;
    const epics = itemsAt(ds, 'PO', 1);
    const jql = 'project = PO AND issuetype = Epic';
    const { report } = await roadmapReport({ jira: clientFor(site) }, { jql, weight, asOf: TODAY });
    const want = expectedRoadmap(ds, epics, weight, TODAY);

    expect(report).toMatchObject({ asOf: TODAY, weight, jql });
    expect(report.items.map((i) => i.key)).toEqual(epics.map((e) => e.key));
    expect(report.totals).toMatchObject({ items: want.totals.items, itemsDone: want.totals.itemsDone, percentDone: want.totals.percentDone, unestimated: want.totals.unestimated, units: want.totals.units });
    for (const k of ['total', 'done', 'inProgress', 'todo'] as const) expect(report.totals.work[k]).toBeCloseTo(want.totals.work[k], 6);
    report.items.forEach((item, n) => {
      const w = want.items[n]!;
      expect(item.percentDone).toBe(w.percentDone);
      expect(item.unestimated).toBe(w.unestimated);
      expect(item.units).toBe(w.units);
      for (const k of ['total', 'done', 'inProgress', 'todo'] as const) expect(item.work[k]).toBeCloseTo(w.work[k], 6);
    });
    expect(report.notDoneOnTime).toEqual(want.notDoneOnTime);
  });

  it('an empty epic and an initiative matched with its own epics: each unit counted once, nothing added by the empty epic', async () => {
    const ds = site.dataset;
    const jql = 'project = PO AND issuetype in (Initiative, Epic)';
    const { report } = await roadmapReport({ jira: clientFor(site) }, { jql, weight: 'count', asOf: TODAY });
    const items = ds.issues.filter((i) => i.projectKey === 'PO' && levelOf(ds, i) >= 1).sort((a, b) => a.rank - b.rank);
    const want = expectedRoadmap(ds, items, 'count', TODAY);
    expect(report.items.map((i) => i.key)).toEqual(items.map((i) => i.key));
    expect(report.totals.units).toBe(want.totals.units);
    expect(report.totals.work).toEqual(want.totals.work);
    // The per-item sums add up to more than the total: the initiatives and their epics share units.
    expect(report.items.reduce((n, i) => n + i.work.total, 0)).toBeGreaterThan(report.totals.work.total);
    // The empty epic under an initiative is its own single unit as an item, and adds nothing to the initiative.
    const tax = ds.issues.find((i) => i.summary === 'Tax engine integration')!;
    const billing = ds.issues.find((i) => i.key === tax.parentKey)!;
    expect(report.items.find((i) => i.key === tax.key)).toMatchObject({ ownUnit: true, units: 1 });
    expect(report.items.find((i) => i.key === billing.key)!.units).toBe(unitsOfItem(ds, billing).length);
  });

  it('sub-tasks are never units and never asked for', async () => {
    const ds = site.dataset;
    const subtasks = ds.issues.filter((i) => levelOf(ds, i) === -1);
    expect(subtasks.length).toBeGreaterThan(0); // the dataset has some, so this test means something
    const read = await readRoadmap(clientFor(site), { jql: 'project = PO AND issuetype = Initiative', weight: 'count' });
    const keys = new Set(read.descendants.map((d) => d.key));
    expect(subtasks.some((s) => keys.has(s.key))).toBe(false);
    expect(read.descendants.every((d) => d.hierarchyLevel >= 0)).toBe(true);
  });

  it('reads level by level: ≤ ⌈n/100⌉ search pages per level (+ the constant), never one request per parent', async () => {
    const ds = site.dataset;
    const initiatives = itemsAt(ds, 'PO', 2);
    const epics = ds.issues.filter((i) => initiatives.some((x) => x.key === i.parentKey));
    const leaves = ds.issues.filter((i) => epics.some((e) => e.key === i.parentKey) && levelOf(ds, i) === 0);
    const read = await readRoadmap(clientFor(site), { jql: 'project = PO AND issuetype = Initiative', weight: 'count', concurrency: 1 });
    expect(read.stats.levels).toBe(2);
    // items + epics + their work items, each level one page here; no request for sub-tasks
    expect(searches(site)).toBe(pages(initiatives.length) + pages(epics.length) + pages(leaves.length));
    expect(read.stats.requests).toBe(searches(site));
    expect(site.stats.requests).toBe(searches(site));
  });

  it('asks only for the fields it needs (no assignee, priority, description …)', async () => {
    const seen: unknown[] = [];
    const spy = (t: Transport): Transport => async (req) => {
      if (req.path.endsWith('/search/jql')) seen.push((req.body as { fields: string[] }).fields);
      return t(req);
    };
    await readRoadmap(clientFor(site, undefined, spy), { jql: 'project = PO AND issuetype = Initiative', weight: 'time' });
    for (const fields of seen as string[][]) {
      expect(fields).not.toContain('assignee');
      expect(fields).not.toContain('priority');
      expect(fields).not.toContain('*all');
      expect(fields).toContain('timeoriginalestimate');
    }
  });

  it('reads as the given user: the mobile engineer only sees MOB epics', async () => {
    const { report } = await roadmapReport({ jira: clientFor(site, DEMO_USERS.mobile.email) }, { jql: 'issuetype = Epic', weight: 'count', asOf: TODAY });
    expect(report.items.length).toBeGreaterThan(0);
    expect(report.items.every((i) => i.key.startsWith('MOB-'))).toBe(true);
    const outsider = await roadmapReport({ jira: clientFor(site, DEMO_USERS.outsider.email) }, { jql: 'issuetype = Epic', weight: 'count', asOf: TODAY });
    expect(outsider.report.items).toEqual([]);
    expect(outsider.report.totals.percentDone).toBe(0);
  });

  it('bad JQL is BAD_INPUT with Jira’s own message; so is an unbounded query', async () => {
    const client = clientFor(site);
    await expect(roadmapReport({ jira: client }, { jql: 'project = NOPE', weight: 'count', asOf: TODAY })).rejects.toThrow(
      new BadInputError("The value 'NOPE' does not exist for the field 'project'."),
    );
    await expect(roadmapReport({ jira: client }, { jql: 'order by created', weight: 'count', asOf: TODAY })).rejects.toBeInstanceOf(BadInputError);
    await expect(checkRoadmapJql({ jira: client }, { jql: 'project = PO AND' })).rejects.toBeInstanceOf(BadInputError);
    await expect(checkRoadmapJql({ jira: client }, { jql: 'ORDER BY key' })).rejects.toThrow(/Unbounded JQL/);
  });

  it('the JQL check costs one id-only search and refuses a query matching more items than a macro shows', async () => {
    const client = clientFor(site);
    const ok = await checkRoadmapJql({ jira: client }, { jql: 'project = PO AND issuetype = Epic' });
    expect(ok.count).toBe(itemsAt(site.dataset, 'PO', 1).length);
    expect(ok.sample[0]).toBe(itemsAt(site.dataset, 'PO', 1)[0]!.key);
    expect(searches(site)).toBe(1);
    await expect(checkRoadmapJql({ jira: client }, { jql: 'project = PO', maxItems: 10 })).rejects.toThrow(/more than 10 issues/);
  });

  it('the macro view: groups, burn-up over 90 days, inline drill-down that adds up', async () => {
    const view = await roadmapView({ jira: clientFor(site), siteUrl: site.url }, { jql: 'project = PO AND issuetype = Epic', weight: 'count', asOf: TODAY, groupBy: 'parent' });
    expect(view.unitsInline).toBe(true);
    for (const item of view.report.items) {
      expect(item.unitKeys!.length).toBe(item.units);
      expect(item.unitKeys!.filter((u) => u.statusCategory === 'done').reduce((n, u) => n + u.weight, 0)).toBe(item.work.done);
    }
    expect(view.groups.flatMap((g) => g.itemKeys).sort()).toEqual(view.report.items.map((i) => i.key).sort());
    expect(view.burnup.points).toHaveLength(90);
    expect(view.burnup.to).toBe(TODAY);
    const last = view.burnup.points.at(-1)!;
    expect(last.scope).toBe(view.report.totals.work.total);
    expect(last.done).toBe(view.report.totals.work.done - view.burnup.doneWithoutResolutionDate);
    expect(view.partial).toBeNull();
    expect(JSON.stringify(view).length).toBeLessThan(500_000);
  });

  it('explain: one item’s units with the report’s weight for unestimated ones, paged', async () => {
    const ds = site.dataset;
    const epic = itemsAt(ds, 'PO', 1).find((e) => unitsOfItem(ds, e).length > 5)!;
    const units = unitsOfItem(ds, epic);
    site.stats.reset();
    const first = await explainRoadmap({ jira: clientFor(site) }, { jql: 'x', weight: 'points', asOf: TODAY, itemKey: epic.key, imputedWeight: 4.25, offset: 0, limit: 3 });
    expect(first.total).toBe(units.length);
    expect(first.units.map((u) => u.key)).toEqual(units.slice(0, 3).map((u) => u.key));
    expect(first.nextOffset).toBe(3);
    for (const u of first.units) expect(u.weight).toBe(u.imputed ? 4.25 : u.estimate);
    // the item's own subtree only: the field list, the item, its children
    expect(site.stats.requests).toBeLessThanOrEqual(3);
    const rest = await explainRoadmap({ jira: clientFor(site) }, { jql: 'x', weight: 'points', asOf: TODAY, itemKey: epic.key, offset: 3, limit: 500 });
    expect(rest.nextOffset).toBeNull();
    expect(rest.units.length).toBe(units.length - 3);
  });
});

describe('roadmap service: the 10,000-unit BIG roadmap', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite({ dataset: createLargeDataset({ today: TODAY }) });
  });
  afterAll(() => site.close());
  beforeEach(() => site.stats.reset());

  const jql = 'project = BIG AND issuetype = Epic';

  it('costs ⌈items/100⌉ + ⌈units/100⌉ pages plus a small constant, with the numbers the dataset implies', async () => {
    const ds = site.dataset;
    const epics = itemsAt(ds, 'BIG', 1);
    const view = await roadmapView({ jira: clientFor(site), siteUrl: site.url }, { jql, weight: 'count', asOf: TODAY });
    const want = expectedRoadmap(ds, epics, 'count', TODAY);
    expect(view.report.totals).toMatchObject({ items: 250, units: 10_000, work: want.totals.work, percentDone: want.totals.percentDone });
    const bound = pages(epics.length) + pages(10_000) + 1 /* probe */ + GROUPS_PER_STREAM * DEFAULT_CONCURRENCY; /* a part-filled page per group */
    expect(searches(site)).toBeLessThanOrEqual(bound);
    expect(site.stats.requests).toBe(searches(site));
    // a 10,000-unit roadmap stays far below Forge's ~5 MB response limit: no per-unit lists inline
    expect(view.unitsInline).toBe(false);
    expect(view.report.items.every((i) => i.unitKeys === undefined)).toBe(true);
    expect(JSON.stringify(view).length).toBeLessThan(1_000_000);
  });

  it('strictly sequential reading costs exactly ⌈n/100⌉ per level', async () => {
    await readRoadmap(clientFor(site), { jql, weight: 'count', concurrency: 1 });
    expect(searches(site)).toBe(pages(250) + pages(10_000));
  });

  it('on a time budget: stops starting pages before the deadline and marks what is incomplete', async () => {
    // Every Jira call "takes" one virtual second; calls in flight together overlap.
    const sim = virtualTime(1000);
    const view = await roadmapView({ jira: clientFor(site, undefined, sim.wrap), siteUrl: site.url }, { jql, weight: 'count', asOf: TODAY, budget: { deadlineAt: 12_000, clock: sim.clock } });
    expect(view.partial).not.toBeNull();
    expect(view.partial!.kind).toBe('time');
    expect(view.partial!.allItemsRead).toBe(true);
    expect(view.partial!.reason).toMatch(/^Partial result: Jira was too slow/);
    expect(view.partial!.incompleteItems.length).toBeGreaterThan(0);
    const incomplete = view.report.items.filter((i) => i.incomplete).map((i) => i.key);
    expect(incomplete).toEqual(view.partial!.incompleteItems);
    expect(view.report.totals.units).toBeLessThan(10_000);
    // no page was started once the next one would pass the deadline
    expect(sim.clock()).toBeLessThanOrEqual(12_000);
    // finished groups give complete items: not everything is marked incomplete
    expect(view.partial!.incompleteItems.length).toBeLessThan(250);
    // 3 s of items, 1 s probe, then 20 groups of ≤ 13 epics (40 units each: 6 pages) on 10 streams:
    // the first wave (130 epics) is done at 10 s; the second cannot finish by 12 s.
    expect(view.partial!.incompleteItems.length).toBe(250 - DEFAULT_CONCURRENCY * Math.ceil(250 / (GROUPS_PER_STREAM * DEFAULT_CONCURRENCY)));
  });

  it('a request cap gives a partial result of kind "requests"', async () => {
    // Count what this client sends (the site's own counter may still see the previous test's
    // abandoned requests land on a loaded machine).
    const sent = { n: 0 };
    const read = await readRoadmap(clientFor(site, undefined, countingTransport(sent)), { jql, weight: 'count', budget: { maxRequests: 2 } });
    expect(read.partial).toMatchObject({ kind: 'requests', allItemsRead: false });
    expect(sent.n).toBe(2);
  });

  it('refuses a query with more items than a macro shows, before reading descendants', async () => {
    const sent = { n: 0 };
    await expect(readRoadmap(clientFor(site, undefined, countingTransport(sent)), { jql: 'project = BIG', weight: 'count', maxItems: 1000 })).rejects.toThrow(
      /more than 1,000 issues/,
    );
    expect(sent.n).toBeLessThanOrEqual(11);
  });
});
