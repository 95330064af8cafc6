/**
 * The roadmap resolvers: payload validation (BAD_INPUT naming the field), the envelope, reading as
 * the viewer from `req.context`, Jira's own message for bad JQL, and Forge's consent error left
 * for Forge to turn into its prompt.
 */
import { ROADMAP_KEYS, type Envelope, type RoadmapCheckJqlResult, type RoadmapExplainView, type RoadmapView } from '../../src/contract';
import { createJiraClient, type JiraClient } from '../../src/jira';
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import type { ForgeContext } from '../../src/resolvers/context';
import type { AppDeps } from '../../src/resolvers/deps';
import { roadmapResolvers } from '../../src/resolvers/roadmap';
import { MemoryStore } from '../../src/store/memory-store';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, startDemoSite, type DemoSite } from '../../local/demo-site';
import { expectedRoadmap, itemsAt } from '../services/roadmap-expected';

const TODAY = '2026-06-15';
const users = Object.values(DEMO_USERS);

let site: DemoSite;
let deps: AppDeps;
beforeAll(async () => {
  site = await startDemoSite({ dataset: createDataset({ today: TODAY }) });
  deps = {
    jiraFor(ctx: ForgeContext): JiraClient {
      const user = users.find((u) => u.accountId === ctx.accountId);
      // an unknown viewer gets a client Jira rejects (401), like a user without Jira access
      const email = user?.email ?? 'nobody@example.com';
      return createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email, apiToken: DEMO_API_TOKEN }), maxAttempts: 1 });
    },
    store: new MemoryStore(),
    today: () => TODAY,
    now: () => `${TODAY}T12:00:00.000Z`,
    siteUrl: () => 'https://shipshape-demo.atlassian.net',
  };
});
afterAll(() => site.close());

const lead: ForgeContext = { accountId: DEMO_USERS.lead.accountId, moduleKey: 'shipshape-roadmap' };
const call = async <T>(key: string, payload: unknown, context: ForgeContext = lead): Promise<Envelope<T>> =>
  (await roadmapResolvers(deps)[key]!({ payload, context })) as Envelope<T>;

describe('roadmap resolvers', () => {
  it('are registered with the app’s handlers', async () => {
    // imported here so the rest of this file runs while other features' resolvers are being written
    const { buildHandlers } = await import('../../src/resolvers');
    const keys = Object.keys(buildHandlers(deps));
    for (const k of Object.values(ROADMAP_KEYS)) expect(keys).toContain(k);
  });

  it.each([
    [{}, /"jql" is required/],
    [{ jql: '   ' }, /"jql" is required/],
    [{ jql: 7 }, /"jql" is required/],
    [{ jql: 'project = PO', weight: 'hours' }, /"weight" must be one of count, points, time/],
    [{ jql: 'project = PO', asOf: '2026-13-01' }, /"asOf" must be a date/],
    [{ jql: 'project = PO', groupBy: 'team' }, /"groupBy" must be one of none, parent, fixVersion, dueQuarter/],
    ['project = PO', /payload must be an object/],
  ])('report: payload %j is BAD_INPUT', async (payload, message) => {
    const res = await call(ROADMAP_KEYS.report, payload);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('BAD_INPUT');
      expect(res.error.message).toMatch(message);
    }
  });

  it('report: the envelope carries the view, numbers as the data implies, links to the site', async () => {
    const res = await call<RoadmapView>(ROADMAP_KEYS.report, { jql: 'project = PO AND issuetype = Epic', weight: 'count', groupBy: 'dueQuarter' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const want = expectedRoadmap(site.dataset, itemsAt(site.dataset, 'PO', 1), 'count', TODAY);
    expect(res.data.report.asOf).toBe(TODAY);
    expect(res.data.report.totals).toMatchObject({ items: want.totals.items, percentDone: want.totals.percentDone, work: want.totals.work });
    expect(res.data.groupBy).toBe('dueQuarter');
    expect(res.data.siteUrl).toBe('https://shipshape-demo.atlassian.net');
    expect(res.data.partial).toBeNull();
  });

  it('report: bad JQL answers BAD_INPUT with Jira’s own words; unknown projects are a reason with their keys', async () => {
    const res = await call(ROADMAP_KEYS.report, { jql: 'project = NOPE' });
    expect(res).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: "The value 'NOPE' does not exist for the field 'project'.", reason: 'UNKNOWN_PROJECT', subjects: ['NOPE'] },
    });
    // A project the viewer may not browse reads the same (Jira never says which).
    const hidden = await call(ROADMAP_KEYS.report, { jql: 'project in (PO, MOB)' }, { accountId: DEMO_USERS.mobile.accountId });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', reason: 'UNKNOWN_PROJECT', subjects: ['PO'] } });
    const syntax = await call(ROADMAP_KEYS.report, { jql: 'project = PO AND (' });
    expect(syntax).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(!syntax.ok && syntax.error.reason).toBeUndefined();
  });

  it('reads as the viewer in req.context, never as someone named in the payload', async () => {
    const mobile: ForgeContext = { accountId: DEMO_USERS.mobile.accountId };
    const res = await call<RoadmapView>(ROADMAP_KEYS.report, { jql: 'issuetype = Epic', accountId: DEMO_USERS.lead.accountId }, mobile);
    expect(res.ok && res.data.report.items.every((i) => i.key.startsWith('MOB-'))).toBe(true);
  });

  it('a viewer Jira does not accept gets FORBIDDEN with a message saying what to do', async () => {
    const res = await call(ROADMAP_KEYS.report, { jql: 'project = PO' }, { accountId: 'someone-without-jira' });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('FORBIDDEN');
      expect(res.error.message).toMatch(/not been granted access|not signed in/);
    }
  });

  it('Forge’s consent error is not swallowed: it reaches Forge, which shows its "Allow access" prompt', async () => {
    const consent = Object.assign(new Error('Authentication required'), { name: 'NEEDS_AUTHENTICATION_ERR' });
    const failing: AppDeps = {
      ...deps,
      jiraFor: () => {
        throw consent;
      },
    };
    await expect(roadmapResolvers(failing)[ROADMAP_KEYS.report]!({ payload: { jql: 'project = PO' }, context: lead })).rejects.toBe(consent);
  });

  it('check-jql: count and sample for a good query; Jira’s message for a bad or unbounded one', async () => {
    const ok = await call<RoadmapCheckJqlResult>(ROADMAP_KEYS.checkJql, { jql: 'project = PO AND issuetype = Initiative' });
    expect(ok).toEqual({ ok: true, data: { count: 3, capped: false, sample: itemsAt(site.dataset, 'PO', 2).map((i) => i.key) } });
    const bad = await call(ROADMAP_KEYS.checkJql, { jql: 'project = PO AND' });
    expect(bad.ok).toBe(false);
    const unbounded = await call(ROADMAP_KEYS.checkJql, { jql: 'order by rank' });
    expect(unbounded).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.' },
    });
  });

  it('explain: validates the key and page, and pages the units', async () => {
    const badKey = await call(ROADMAP_KEYS.explain, { jql: 'x', itemKey: 'PO 1; DROP' });
    expect(!badKey.ok && badKey.error.code).toBe('BAD_INPUT');
    const badLimit = await call(ROADMAP_KEYS.explain, { jql: 'x', limit: 5000 });
    expect(!badLimit.ok && badLimit.error.message).toMatch(/"limit" must be a whole number from 1 to 500/);
    const epic = itemsAt(site.dataset, 'PO', 1)[0]!;
    const page = await call<RoadmapExplainView>(ROADMAP_KEYS.explain, { jql: 'project = PO AND issuetype = Epic', itemKey: epic.key.toLowerCase(), limit: 2 });
    expect(page.ok).toBe(true);
    if (page.ok) {
      expect(page.data.itemKey).toBe(epic.key);
      expect(page.data.units).toHaveLength(2);
      expect(page.data.nextOffset).toBe(2);
    }
    const all = await call<RoadmapExplainView>(ROADMAP_KEYS.explain, { jql: 'project = PO AND issuetype = Epic', limit: 500 });
    expect(all.ok && all.data.total).toBe(expectedRoadmap(site.dataset, itemsAt(site.dataset, 'PO', 1), 'count', TODAY).totals.units);
  });

  it('a tight budget answers with a partial result, never a timeout', async () => {
    site.setLatency(30);
    try {
      const res = (await roadmapResolvers(deps, { readBudgetMs: 45, concurrency: 1 })[ROADMAP_KEYS.report]!({
        payload: { jql: 'project = PO AND issuetype = Initiative' },
        context: lead,
      })) as Envelope<RoadmapView>;
      expect(res.ok).toBe(true);
      if (res.ok) {
        expect(res.data.partial?.kind).toBe('time');
        expect(res.data.partial?.reason).toMatch(/Partial result/);
      }
    } finally {
      site.setLatency(0);
    }
  });
});
