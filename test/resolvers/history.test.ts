/**
 * The history resolvers (SPEC §7): payload validation (BAD_INPUT naming the field), reading as
 * the viewer, and answers that agree with the demo data's changelogs.
 */
import { HISTORY_KEYS, type Envelope, type IssueHistoryView, type ReleaseHistoryView, type RoadmapHistoryView } from '../../src/contract';
import { createJiraClient, type JiraClient } from '../../src/jira';
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import type { ForgeContext } from '../../src/resolvers/context';
import type { AppDeps } from '../../src/resolvers/deps';
import { buildHandlers } from '../../src/resolvers';
import { MemoryStore } from '../../src/store/memory-store';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, DEMO_VERSIONS, issuesOf, startDemoSite, versionByName, type DemoSite } from '../../local/demo-site';
import { HistoryOracle, quarterStartOf } from '../services/history-expected';

const TODAY = '2026-06-15';
const dataset = createDataset({ today: TODAY });
const oracle = new HistoryOracle(dataset);
const users = Object.values(DEMO_USERS);
let site: DemoSite;
let deps: AppDeps;
beforeAll(async () => {
  site = await startDemoSite({ dataset });
  deps = {
    jiraFor(ctx: ForgeContext): JiraClient {
      const user = users.find((u) => u.accountId === ctx.accountId);
      return createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: user?.email ?? 'nobody@example.com', apiToken: DEMO_API_TOKEN }), maxAttempts: 1 });
    },
    store: new MemoryStore(),
    today: () => TODAY,
    now: () => `${TODAY}T12:00:00.000Z`,
    siteUrl: () => 'https://shipshape-demo.atlassian.net',
  };
});
afterAll(() => site.close());

const lead: ForgeContext = { accountId: DEMO_USERS.lead.accountId, moduleKey: 'shipshape-readiness-gadget' };
const call = async <T>(key: string, payload: unknown, context: ForgeContext = lead): Promise<Envelope<T>> =>
  (await buildHandlers(deps)[key]!({ payload, context })) as Envelope<T>;

describe('history resolvers', () => {
  it.each([
    [HISTORY_KEYS.release, { versionId: '10105' }, /"projectKey" is required/],
    [HISTORY_KEYS.release, { projectKey: 'PO', versionId: 'x' }, /"versionId" is not valid/],
    [HISTORY_KEYS.release, { projectKey: 'PO', versionId: '10105', baselineMode: 'yesterday' }, /"baselineMode" must be one of startDate, date, daysAgo/],
    [HISTORY_KEYS.release, { projectKey: 'PO', versionId: '10105', baselineMode: 'date' }, /Choose the baseline date/],
    [HISTORY_KEYS.roadmap, { jql: 'project = PO', baselineMode: 'date' }, /Choose the baseline date/],
    [HISTORY_KEYS.roadmap, { jql: 'project = PO', baselineDate: '2026-02-30' }, /"baselineDate" must be a date/],
    [HISTORY_KEYS.issue, { issueKey: 'not a key' }, /"issueKey" is not valid/],
  ])('%s: payload %j is BAD_INPUT', async (key, payload, message) => {
    const res = await call(key, payload);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('BAD_INPUT');
      expect(res.error.message).toMatch(message);
    }
  });

  it('release: the version’s scope since its start, as the changelogs say; 28 days ago as a choice', async () => {
    const v = versionByName(dataset, 'MOB', DEMO_VERSIONS.mobAtRisk)!;
    const res = await call<ReleaseHistoryView>(HISTORY_KEYS.release, { projectKey: 'MOB', versionId: v.id });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const want = oracle.releaseScope(v.id, v.startDate!, TODAY);
    expect(res.data.scope).toMatchObject({ baselineDate: v.startDate, added: want.added, removed: want.removed, atBaseline: want.atBaseline.length });
    expect(res.data.baselineSource).toBe('startDate');
    const ago = await call<ReleaseHistoryView>(HISTORY_KEYS.release, { projectKey: 'MOB', versionId: v.id, baselineMode: 'daysAgo' });
    expect(ago.ok && ago.data.scope.baselineDate).toBe('2026-05-18');
    // A viewer who cannot see MOB gets NOT_FOUND, never another user's data.
    const olivia = await call<ReleaseHistoryView>(HISTORY_KEYS.release, { projectKey: 'MOB', versionId: v.id }, { accountId: DEMO_USERS.outsider.accountId, moduleKey: 'x' });
    expect(olivia.ok).toBe(false);
  });

  it('roadmap and issue: slips since the quarter start', async () => {
    const b = quarterStartOf(TODAY);
    const roadmap = await call<RoadmapHistoryView>(HISTORY_KEYS.roadmap, { jql: 'project = PO AND issuetype = Epic' });
    expect(roadmap.ok).toBe(true);
    if (!roadmap.ok) return;
    expect(roadmap.data.baseline.date).toBe(b);
    expect(roadmap.data.partial).toBe(false);
    const epics = issuesOf(dataset, { project: 'PO', level: 1 });
    for (const i of roadmap.data.items) {
      const e = epics.find((x) => x.key === i.key)!;
      expect({ dueDateAtBaseline: i.dueDateAtBaseline, dueDateChanges: i.dueDateChanges, slipDays: i.slipDays }).toEqual(oracle.slip(e, b, TODAY));
    }
    const epic = epics[3]!;
    const issue = await call<IssueHistoryView>(HISTORY_KEYS.issue, { issueKey: epic.key });
    expect(issue.ok && issue.data.slipDays).toBe(oracle.slip(epic, b, TODAY).slipDays);
  });

  it('roadmap: read through the viewer’s cache, and a repeat view answers exactly what the first did', async () => {
    const payload = { jql: 'project = MOB AND issuetype = Epic' };
    const before = (await deps.store.list('readcache')).length;
    const first = await call<RoadmapHistoryView>(HISTORY_KEYS.roadmap, payload);
    expect((await deps.store.list('readcache')).length).toBeGreaterThan(before); // the lead's tree is kept
    const again = await call<RoadmapHistoryView>(HISTORY_KEYS.roadmap, payload);
    expect(again).toEqual(first);
  });
});
