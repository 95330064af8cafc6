/**
 * Over HTTP against the demo site: one epic with thousands of stories is read in parallel by
 * created ranges (few rounds, close to the minimum points, the same tree as a sequential read), and
 * the issue panel's roll-up goes through the viewer's cache (a repeat view costs a few points and
 * equals a fresh read, after a change too; another viewer never gets the first one's tree).
 */
import { createJiraClient, jiraPorts } from '../../src/jira';
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import { issueProgress } from '../../src/services/issue-progress';
import { issueHistoryView } from '../../src/services/history';
import { readRoadmap } from '../../src/services/roadmap-reader';
import type { ViewerCache } from '../../src/services/tree-cache';
import { MemoryStore } from '../../src/store/memory-store';
import type { IssueProgress } from '../../src/contract';
import { createDataset, createLargeDataset, DEMO_API_TOKEN, DEMO_USERS, levelOf, startDemoSite, TEAM_USERS, todayUtc, type DemoSite } from '../../local/demo-site';

const TODAY = '2026-06-15';

function portsAs(site: DemoSite, user: { email: string } = DEMO_USERS.lead) {
  const client = createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: user.email, apiToken: DEMO_API_TOKEN }), maxAttempts: 2, baseDelayMs: 1 });
  return { client, ports: jiraPorts(client) };
}

describe('one epic with 3,000 stories', () => {
  let site: DemoSite;
  beforeAll(async () => {
    // created dates relative to today, as the ranges end now
    site = await startDemoSite({ dataset: createLargeDataset({ today: todayUtc(), scale: { units: 3000, epics: 1, versionIssues: 10 } }) });
  });
  afterAll(() => site.close());

  const read = async (concurrency: number) => {
    const { client, ports } = portsAs(site);
    const r = await readRoadmap(ports, { jql: 'project = BIG AND issuetype = Epic', weight: 'points', concurrency });
    return { r, usage: client.usage() };
  };

  it('is read in parallel by created ranges: at most half the sequential rounds, ≤ 1.1× the minimum points, the same tree', async () => {
    const sequential = await read(1);
    const parallel = await read(10);
    expect(sequential.r.descendants).toHaveLength(3000);
    const keys = (x: typeof sequential) => x.r.descendants.map((d) => d.key).sort();
    expect(keys(parallel)).toEqual(keys(sequential));
    const byKey = new Map(sequential.r.descendants.map((d) => [d.key, d]));
    expect(parallel.r.descendants.every((d) => JSON.stringify(d) === JSON.stringify(byKey.get(d.key)))).toBe(true);
    expect(sequential.r.stats.rounds).toBeGreaterThanOrEqual(31); // the item page, then 30 pages one after another
    expect(parallel.r.stats.rounds).toBeLessThanOrEqual(sequential.r.stats.rounds / 2);
    // minimum: the item page (1 + 1 issue) and 30 pages of 100 (30 + 3,000), plus the field list
    const minimum = 1 + 1 + 30 + 3000 + 1;
    expect(parallel.usage.points).toBeLessThanOrEqual(minimum * 1.1);
    expect(parallel.r.partial).toBeNull();
  });
});

describe('one wide epic under a request budget', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite({ dataset: createLargeDataset({ today: todayUtc(), scale: { units: 3000, epics: 1, versionIssues: 10 } }) });
  });
  afterAll(() => site.close());

  it('the range counts are requests the budget can refuse: the read stops within it and says which item is incomplete', async () => {
    const { client, ports } = portsAs(site);
    const r = await readRoadmap(ports, { jql: 'project = BIG AND issuetype = Epic', weight: 'count', concurrency: 10, budget: { maxRequests: 5 } });
    expect(client.usage().requests).toBeLessThanOrEqual(5);
    expect(r.partial).toMatchObject({ kind: 'requests', incompleteItems: [r.items[0]!.key] });
  });
});

describe('the issue panel reads through the viewer’s cache', () => {
  let site: DemoSite;
  const store = new MemoryStore();
  beforeAll(async () => {
    site = await startDemoSite({ dataset: createDataset({ today: TODAY }) });
  });
  afterAll(() => site.close());

  const epic = () => {
    const ds = site.dataset;
    const withUnits = ds.issues.filter((i) => i.projectKey === 'PO' && levelOf(ds, i) === 1 && ds.issues.filter((c) => c.parentKey === i.key).length >= 3);
    return withUnits[0]!;
  };
  const panel = async (user: { email?: string; accountId: string } = DEMO_USERS.lead, cached = true) => {
    const { client, ports } = portsAs(site, { email: user.email ?? '' });
    const cache: ViewerCache = { store, viewer: user.accountId };
    const p = await issueProgress({ jira: ports, siteUrl: site.url, ...(cached ? { cache } : {}) }, { issueKey: epic().key, weight: 'points', asOf: TODAY });
    return { p, points: client.usage().points };
  };
  const numbers = (p: IssueProgress) => ({ work: p.work, percentDone: p.percentDone, units: p.units, unestimated: p.unestimated, children: p.children });

  it('a repeat view reads no issue and equals a fresh read; after a change it equals a fresh read again', async () => {
    const first = await panel();
    const again = await panel();
    expect(numbers(again.p)).toEqual(numbers(first.p));
    expect(numbers(again.p)).toEqual(numbers((await panel(DEMO_USERS.lead, false)).p));
    expect(again.points).toBeLessThan(first.points);
    expect(again.points).toBeLessThanOrEqual(8); // the issue, the counts and the searches for changes: no child re-read

    const child = site.dataset.issues.find((i) => i.parentKey === epic().key && levelOf(site.dataset, i) === 0 && i.points !== 13)!;
    site.mutate.setPoints(child.key, 13);
    const fresh = numbers((await panel(DEMO_USERS.lead, false)).p);
    expect(fresh).not.toEqual(numbers(first.p));
    expect(numbers((await panel()).p)).toEqual(fresh);
  });

  it('the panel’s history reads the roll-up’s cached tree: it costs less than a fresh read and says the same', async () => {
    const history = async () => {
      const { client, ports } = portsAs(site);
      const h = await issueHistoryView({ jira: ports }, { issueKey: epic().key, asOf: TODAY, cache });
      return { h, points: client.usage().points };
    };
    const cache: ViewerCache = { store, viewer: DEMO_USERS.lead.accountId };
    await issueProgress({ jira: portsAs(site).ports, siteUrl: site.url, cache }, { issueKey: epic().key, weight: 'count', asOf: TODAY }); // the roll-up stores the tree
    const first = await history();
    const again = await history();
    expect(again.h).toEqual(first.h);
    const { ports } = portsAs(site);
    expect(again.h).toEqual(await issueHistoryView({ jira: ports }, { issueKey: epic().key, asOf: TODAY }));
    const uncached = async () => {
      const { client, ports: p } = portsAs(site);
      await issueHistoryView({ jira: p }, { issueKey: epic().key, asOf: TODAY });
      return client.usage().points;
    };
    // the roll-up's entry serves the history: only the changes since, the changelogs and the statuses
    const fresh = await uncached();
    expect(first.points).toBeLessThan(fresh);
    expect(again.points).toBeLessThan(fresh);
  });

  it('another viewer never gets the first viewer’s tree', async () => {
    await panel(); // the lead's tree is stored
    const hidden = site.dataset.issues.find((i) => i.parentKey === epic().key && levelOf(site.dataset, i) === 0)!;
    const other = TEAM_USERS.find((u) => u.active)!; // browses every project, like the lead
    site.mutate.hideFrom(hidden.key, other);
    const theirs = await panel(other);
    expect(theirs.p.children.map((c) => c.key)).not.toContain(hidden.key);
    expect((await panel()).p.children.map((c) => c.key)).toContain(hidden.key);
  });
});
