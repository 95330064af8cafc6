/**
 * The per-viewer incremental read over HTTP against the demo site: after each kind of change
 * between two views (status, estimate, parent moved in the roadmap and out of it, issue added,
 * deleted, made invisible to the viewer) the repeat view's numbers are exactly a fresh read's; a
 * second user never receives the first user's tree; and a repeat view costs a few points.
 */
import { createJiraClient, jiraPorts, type JiraClient, type JiraPorts } from '../../src/jira';
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import { roadmapView } from '../../src/services/roadmap';
import { versionIssues } from '../../src/services/readiness';
import { loadCached, type ViewerCache } from '../../src/services/tree-cache';
import { MemoryStore } from '../../src/store/memory-store';
import type { RoadmapView } from '../../src/contract';
import { createDataset, createLargeDataset, DEMO_API_TOKEN, DEMO_USERS, DEMO_VERSIONS, jiraTimestamp, levelOf, startDemoSite, type DemoSite } from '../../local/demo-site';

const TODAY = '2026-06-15';

function clientAs(site: DemoSite, user: { email: string } = DEMO_USERS.lead): { client: JiraClient; ports: JiraPorts } {
  const client = createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: user.email, apiToken: DEMO_API_TOKEN }), maxAttempts: 2, baseDelayMs: 1 });
  return { client, ports: jiraPorts(client) };
}

/** What a viewer sees: every number of the report, the groups and the burn-up (not the order of unit lists). */
function numbers(v: RoadmapView) {
  return {
    totals: v.report.totals,
    items: v.report.items.map((i) => ({ key: i.key, work: i.work, percentDone: i.percentDone, units: i.units, unestimated: i.unestimated, statusCategory: i.statusCategory, ownUnit: i.ownUnit })),
    notDoneOnTime: v.report.notDoneOnTime,
    groups: v.groups,
    burnup: v.burnup.points,
  };
}

describe('incremental roadmap reads per viewer', () => {
  let site: DemoSite;
  const store = new MemoryStore();
  const lead: ViewerCache = { store, viewer: DEMO_USERS.lead.accountId };
  const jql = 'project = PO AND issuetype = Epic ORDER BY duedate';
  const req = { jql, weight: 'points' as const, asOf: TODAY, groupBy: 'parent' as const };

  beforeAll(async () => {
    site = await startDemoSite({ dataset: createDataset({ today: TODAY }) });
  });
  afterAll(() => site.close());

  const cachedView = async (user: { email: string } = DEMO_USERS.lead, cache = lead) => {
    const { client, ports } = clientAs(site, user);
    const view = await roadmapView({ jira: ports, siteUrl: site.url }, { ...req, cache });
    return { view, usage: client.usage() };
  };
  const freshView = async (user: { email: string } = DEMO_USERS.lead) => roadmapView({ jira: clientAs(site, user).ports, siteUrl: site.url }, req);
  const unitOf = (epicKey: string, n = 0) => site.dataset.issues.filter((i) => i.parentKey === epicKey && levelOf(site.dataset, i) === 0)[n]!;
  const epics = () => site.dataset.issues.filter((i) => i.projectKey === 'PO' && levelOf(site.dataset, i) === 1);

  it('the first view reads everything; a repeat view with nothing changed costs a handful of points and equals it', async () => {
    const first = await cachedView();
    const again = await cachedView();
    expect(numbers(again.view)).toEqual(numbers(first.view));
    expect(numbers(again.view)).toEqual(numbers(await freshView()));
    expect(again.usage.points).toBeLessThan(15);
    expect(again.usage.objects).toBe(0);
    expect(first.usage.points).toBeGreaterThan(again.usage.points * 10);
  });

  it('an item brought back by the skew margin unchanged costs its own object, not a re-read of the items', async () => {
    await cachedView();
    const item = epics()[0]!;
    item.updated = jiraTimestamp(site.now()); // touched in Jira, nothing this read uses changed
    const { view, usage } = await cachedView();
    expect(numbers(view)).toEqual(numbers(await freshView()));
    expect(usage.objects).toBe(1);
  });

  it('a repeat view that runs out of its request budget is partial, marked, and not saved', async () => {
    await cachedView();
    site.mutate.remove(unitOf(epics()[2]!.key, 1).key); // a deletion: the counts differ, keys get listed
    for (const maxRequests of [3, 6, 9]) {
      const { ports } = clientAs(site);
      const view = await roadmapView({ jira: ports, siteUrl: site.url }, { ...req, cache: lead, budget: { maxRequests } });
      expect(view.partial).toMatchObject({ kind: 'requests' });
    }
    const { view } = await cachedView();
    expect(numbers(view)).toEqual(numbers(await freshView()));
  });

  const changes: Array<[string, () => void]> = [
    ['a status change', () => site.mutate.setStatus(unitOf(epics()[1]!.key).key, 'done')],
    ['an estimate change', () => site.mutate.setPoints(unitOf(epics()[2]!.key).key, 13)],
    ['a work item moved to another epic of the roadmap', () => site.mutate.setParent(unitOf(epics()[3]!.key).key, epics()[4]!.key)],
    ['a work item moved out of the roadmap', () => site.mutate.setParent(unitOf(epics()[4]!.key).key, site.dataset.issues.find((i) => i.projectKey === 'MOB' && levelOf(site.dataset, i) === 1)!.key)],
    ['a work item added', () => void site.mutate.add({ projectKey: 'PO', type: 'Story', parentKey: epics()[5]!.key, summary: 'New story', points: 5 })],
    ['a work item deleted', () => site.mutate.remove(unitOf(epics()[6]!.key).key)],
    ['a work item made invisible to the viewer', () => site.mutate.hideFrom(unitOf(epics()[7]!.key).key, DEMO_USERS.lead)],
    ['an epic made invisible to the viewer', () => site.mutate.hideFrom(epics()[8]!.key, DEMO_USERS.lead)],
    ['an epic added with work items', () => {
      const epic = site.mutate.add({ projectKey: 'PO', type: 'Epic', parentKey: null, summary: 'New epic' });
      site.mutate.add({ projectKey: 'PO', type: 'Story', parentKey: epic, summary: 'Its story', points: 3 });
    }],
  ];

  it.each(changes)('after %s the repeat view equals a fresh read', async (_what, change) => {
    await cachedView(); // the viewer's tree as of now
    const before = numbers(await freshView());
    change();
    const fresh = numbers(await freshView());
    expect(fresh).not.toEqual(before); // the change shows in the numbers, so the comparison means something
    const { view, usage } = await cachedView();
    expect(numbers(view)).toEqual(fresh);
    expect(usage.points).toBeLessThan(400); // never a re-read of the whole roadmap's 300+ issues… plus the items when one changed
  });

  it('a second user never receives the first user’s cached tree', async () => {
    const everyEpic = { jql: 'issuetype = Epic', weight: 'count' as const, asOf: TODAY };
    const query = `roadmap:count::${everyEpic.jql}`;
    const viewAs = (user: { email: string }, cache?: ViewerCache) => roadmapView({ jira: clientAs(site, user).ports, siteUrl: site.url }, { ...everyEpic, ...(cache ? { cache } : {}) });
    const priya = await viewAs(DEMO_USERS.lead, lead); // Priya sees PO and MOB; her tree is stored
    expect(priya.report.items.some((i) => i.key.startsWith('PO-'))).toBe(true);
    const marco: ViewerCache = { store, viewer: DEMO_USERS.mobile.accountId };
    expect(await loadCached(marco, query)).toBeUndefined();
    const his = await viewAs(DEMO_USERS.mobile, marco);
    expect(his.report.items.some((i) => i.key.startsWith('PO-'))).toBe(false);
    expect(numbers(his)).toEqual(numbers(await viewAs(DEMO_USERS.mobile)));
    // his repeat view is built on his own tree, and hers stays hers
    expect(numbers(await viewAs(DEMO_USERS.mobile, marco))).toEqual(numbers(his));
    expect((await loadCached(lead, query))?.items.some((i) => i.key.startsWith('PO-'))).toBe(true);
    expect((await loadCached(marco, query))?.items.some((i) => i.key.startsWith('PO-'))).toBe(false);
  });
});

describe('the cost of a repeat view of the 10,000-unit roadmap', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite({ dataset: createLargeDataset({ today: TODAY }) });
  });
  afterAll(() => site.close());

  it('≤ 1% of the first view’s points with nothing changed, ≤ 5% with 1% of its work items changed, and the numbers of a fresh read', async () => {
    const cache: ViewerCache = { store: new MemoryStore(), viewer: DEMO_USERS.lead.accountId };
    const req = { jql: 'project = BIG AND issuetype = Epic', weight: 'points' as const, asOf: TODAY };
    const view = async (withCache = true) => {
      const client = createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: DEMO_USERS.lead.email, apiToken: DEMO_API_TOKEN }) });
      const v = await roadmapView({ jira: jiraPorts(client), siteUrl: site.url }, { ...req, ...(withCache ? { cache } : {}) });
      return { v, points: client.usage().points };
    };
    const first = await view();
    const same = await view();
    expect(same.points).toBeLessThanOrEqual(first.points * 0.01);

    const ds = site.dataset;
    const units = ds.issues.filter((i) => i.projectKey === 'BIG' && levelOf(ds, i) === 0);
    const epics = ds.issues.filter((i) => i.projectKey === 'BIG' && levelOf(ds, i) === 1);
    // 1% of 10,000 work items: 60 status, 20 estimates, 10 moved, 5 added, 5 deleted
    units.slice(0, 60).forEach((u, n) => site.mutate.setStatus(u.key, n % 2 ? 'done' : 'indeterminate'));
    units.slice(100, 120).forEach((u) => site.mutate.setPoints(u.key, 8));
    units.slice(200, 210).forEach((u, n) => site.mutate.setParent(u.key, epics[n + 3]!.key));
    for (let n = 0; n < 5; n++) site.mutate.add({ projectKey: 'BIG', type: 'Story', parentKey: epics[n * 7]!.key, summary: `Added ${n}`, points: 2 });
    units.slice(300, 305).forEach((u) => site.mutate.remove(u.key));

    const repeat = await view();
    expect(repeat.points).toBeLessThanOrEqual(first.points * 0.05);
    const fresh = await view(false);
    expect(repeat.v.report.totals).toEqual(fresh.v.report.totals);
    expect(repeat.v.report.items.map((i) => [i.key, i.work, i.units])).toEqual(fresh.v.report.items.map((i) => [i.key, i.work, i.units]));
  }, 240_000); // four reads of 10,000 units on a loaded machine
});

describe('incremental readiness reads per viewer', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite({ dataset: createDataset({ today: TODAY, scale: { units: 400, epics: 3, versionIssues: 250 } }) });
  });
  afterAll(() => site.close());

  it('a repeat read costs a count and the changes, and equals a fresh read after a status change, a new issue and one leaving the version', async () => {
    const cache: ViewerCache = { store: new MemoryStore(), viewer: DEMO_USERS.lead.accountId };
    const version = site.dataset.versions.find((v) => v.projectKey === 'BIG' && v.name === DEMO_VERSIONS.bigVersion)!;
    const read = async (withCache = true) => {
      const { client, ports } = clientAs(site);
      const issues = await versionIssues({ jira: ports }, { versionId: version.id, ...(withCache ? { cache } : {}) });
      return { keys: issues.map((i) => `${i.key}:${i.statusCategory}`).sort(), points: client.usage().points };
    };
    const first = await read();
    const same = await read();
    expect(same.keys).toEqual(first.keys);
    expect(same.points).toBeLessThan(10); // the count and a search of what changed in the last minutes
    const inVersion = site.dataset.issues.filter((i) => i.fixVersionIds.includes(version.id) && levelOf(site.dataset, i) === 0);
    site.mutate.setStatus(inVersion[0]!.key, 'done');
    site.mutate.setFixVersions(inVersion[1]!.key, []);
    site.mutate.add({ projectKey: 'BIG', type: 'Bug', parentKey: null, summary: 'Late bug', fixVersionIds: [version.id] });
    const fresh = await read(false);
    const repeat = await read();
    expect(repeat.keys).toEqual(fresh.keys);
    expect(repeat.points).toBeLessThan(fresh.points);
  });
});
