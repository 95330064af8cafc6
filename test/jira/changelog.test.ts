/**
 * The changelog endpoints (SPEC §7): against Atlassian's examples and a real captured Jira Cloud
 * changelog (test/fixtures/changelog/SOURCES.md), then over HTTP against the demo site, whose
 * changelogs must rebuild every issue's current state.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HISTORY_FIELD_IDS, issueAt, type HistoricIssue } from '../../src/domain/history';
import { addDays } from '../../src/domain/dates';
import { createJiraClient, toIssue, type JiraClient } from '../../src/jira';
import { toChangeHistories, withIssueStatuses, BULK_CHANGELOG_MAX_ISSUES } from '../../src/jira/changelog';
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, startDemoSite, type DemoSite } from '../../local/demo-site';
import { fakeTransport, reply } from '../fixtures/fake-transport';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(resolve(__dirname, '../fixtures/changelog', name), 'utf8')) as T;

describe('changelog endpoints against recorded answers', () => {
  test("bulk fetch follows Atlassian's example's nextPageToken and sends ids and field ids", async () => {
    const example = fixture<Record<string, unknown>>('spec-bulkfetch_200.json');
    const fake = fakeTransport((_req, n) => reply(200, n === 1 ? example : { issueChangeLogs: [{ issueId: '10100', changeHistories: [] }] }));
    const jira = createJiraClient({ transport: fake.transport });
    const logs = await jira.bulkChangelogs(['10100'], HISTORY_FIELD_IDS);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['10100'], fieldIds: ['status', 'fixVersions', 'duedate'] } });
    expect((fake.requests[1]!.body as { nextPageToken?: string }).nextPageToken).toBe('UxAQBFRF');
    const raw = logs.get('10100')!;
    expect(raw.map((h) => h.created)).toEqual([1492070429, 1492071429]); // epoch numbers, kept as given
    expect(toChangeHistories(raw)).toEqual([]); // a summary edit is not a §7 field
  });

  test('bulk fetch asks for at most 1000 issues a request', async () => {
    const fake = fakeTransport(() => reply(200, { issueChangeLogs: [] }));
    const jira = createJiraClient({ transport: fake.transport });
    await jira.bulkChangelogs(Array.from({ length: 2500 }, (_, i) => String(10000 + i)), ['status']);
    expect(fake.requests.map((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length).sort()).toEqual([1000, 1000, 500]);
    expect(BULK_CHANGELOG_MAX_ISSUES).toBe(1000);
  });

  test("the per-issue changelog pages by startAt (Atlassian's example is page 2 of 5)", async () => {
    const example = fixture<{ values: unknown[] }>('spec-issue-changelog_200.json');
    const fake = fakeTransport((req) => {
      const startAt = Number((req.query as { startAt: number }).startAt);
      return reply(200, startAt === 0 ? { ...example, startAt: 0, isLast: false } : { startAt, total: 5, isLast: true, values: [] });
    });
    const jira = createJiraClient({ transport: fake.transport });
    const all = await jira.issueChangelog('TT-1');
    expect(all.map((h) => h.id)).toEqual(['10001', '10002']);
    expect(fake.requests.map((r) => r.path)).toEqual(['/rest/api/3/issue/TT-1/changelog', '/rest/api/3/issue/TT-1/changelog']);
  });

  test('a real captured Jira Cloud changelog (+0100) rebuilds the issue day by day', async () => {
    const page = fixture<Record<string, unknown>>('real-hack-jira-cfd_issue-changelog.json');
    const jira = createJiraClient({ transport: fakeTransport(() => reply(200, page)).transport });
    const histories = toChangeHistories(await jira.issueChangelog('CFD-1'));
    expect(histories.map((h) => [h.id, h.items])).toEqual([
      ['70530', [{ field: 'status', from: '10123', to: '10124' }]],
      ['70805', [{ field: 'status', from: '10124', to: '10125' }]],
    ]);
    const issue: HistoricIssue = {
      key: 'CFD-1', created: '2023-11-01T08:00:00.000+0100', statusId: '10125', statusCategory: 'done',
      fixVersionIds: [], dueDate: null, resolutionDate: '2023-11-07', histories,
    };
    const categories = new Map([['10123', 'todo'], ['10124', 'inprogress'], ['10125', 'done']] as const);
    expect(issueAt(issue, '2023-11-02', categories)?.statusCategory).toBe('todo');
    expect(issueAt(issue, '2023-11-03', categories)?.statusCategory).toBe('inprogress'); // 09:58 +0100 is 08:58 UTC
    expect(issueAt(issue, '2023-11-06', categories)?.statusCategory).toBe('inprogress');
    expect(issueAt(issue, '2023-11-07', categories)?.statusCategory).toBe('done');
  });
});

describe('changelogs over HTTP from the demo site', () => {
  const TODAY = '2026-11-20';
  const dataset = createDataset({ today: TODAY });
  let site: DemoSite;
  let jira: JiraClient;
  beforeAll(async () => {
    site = await startDemoSite({ dataset });
    jira = createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: DEMO_USERS.lead.email, apiToken: DEMO_API_TOKEN }) });
  });
  afterAll(async () => {
    await site.close();
  });

  test("every issue's changelog ends in its current state and starts at creation; one request per 1000 issues", async () => {
    const raw = await jira.searchAll('project in (PO, MOB) ORDER BY key', ['status', 'fixVersions', 'duedate', 'created', 'resolutiondate', 'issuetype']);
    const issues = raw.map((r) => toIssue(r, null));
    site.stats.reset();
    const logs = await jira.bulkChangelogs(issues.map((i) => i.id), HISTORY_FIELD_IDS);
    expect(site.stats.requests).toBe(Math.ceil(issues.length / 1000));
    const categories = withIssueStatuses(await jira.statusCategories(), issues);
    let reopened = 0;
    let moved = 0;
    let slipped = 0;
    for (const [n, i] of issues.entries()) {
      const h: HistoricIssue = {
        key: i.key, created: raw[n]!.fields!.created as string, statusId: i.statusId ?? null, statusCategory: i.statusCategory,
        fixVersionIds: i.fixVersionIds, dueDate: i.dueDate, resolutionDate: i.resolutionDate, histories: toChangeHistories(logs.get(i.id) ?? []),
      };
      expect(issueAt(h, TODAY, categories)).toEqual({ statusId: i.statusId, statusCategory: i.statusCategory, fixVersionIds: i.fixVersionIds, dueDate: i.dueDate });
      expect(issueAt(h, addDays(i.created!, -1), categories)).toBeNull();
      if (i.resolutionDate) {
        expect(issueAt(h, i.resolutionDate, categories)?.statusCategory).toBe('done');
      }
      const items = h.histories.flatMap((x) => x.items);
      if (items.some((x) => x.field === 'status' && x.from === '10001')) reopened++;
      if (h.histories.some((x) => x.items.filter((y) => y.field === 'fixVersions').length === 2)) moved++;
      if (items.some((x) => x.field === 'duedate' && x.from && x.to && x.from < x.to)) slipped++;
    }
    // The story the demo tells: reopenings, moved versions and slipped dates all occur.
    expect(reopened).toBeGreaterThan(3);
    expect(moved).toBeGreaterThan(3);
    expect(slipped).toBeGreaterThan(3);
  });

  test('the per-issue endpoint gives the same histories as the bulk one', async () => {
    const [issue] = (await jira.searchAll('project = PO ORDER BY key', ['status'])).slice(5, 6);
    const bulk = (await jira.bulkChangelogs([issue!.id], [])).get(issue!.id) ?? [];
    const single = await jira.issueChangelog(issue!.key);
    expect(single.map((h) => h.id)).toEqual(bulk.map((h) => h.id));
  });

  test('JQL WAS finds issues that left a version; WAS NOT, WAS IN and WAS NOT IN agree with it', async () => {
    const keys = async (jql: string): Promise<string[]> => (await jira.searchAll(jql, ['key'])).map((i) => i.key);
    const po = await keys('project = PO');
    for (const v of dataset.versions.filter((x) => x.projectKey === 'PO')) {
      const was = await keys(`project = PO AND fixVersion WAS ${v.id}`);
      const now = await keys(`project = PO AND fixVersion = ${v.id}`);
      expect(was).toEqual(expect.arrayContaining(now));
      const wasNot = await keys(`project = PO AND fixVersion WAS NOT ${v.id}`);
      expect(new Set([...was, ...wasNot]).size).toBe(po.length);
      expect(was.filter((k) => wasNot.includes(k))).toEqual([]);
    }
    const left = await keys('project = PO AND fixVersion WAS "PO 2.1" AND NOT fixVersion = "PO 2.1"');
    expect(left.length).toBeGreaterThan(0);
    const wasIn = await keys('project = PO AND status WAS IN (Done, "In Review")');
    const wasNotIn = await keys('project = PO AND status WAS NOT IN (Done, "In Review")');
    expect(wasIn.length + wasNotIn.length).toBe(po.length);
    const wasDone = await keys('project = PO AND status WAS Done');
    expect(wasDone).toEqual(expect.arrayContaining(await keys('project = PO AND status = Done')));
    await expect(keys('project = PO AND priority WAS High')).rejects.toThrow(/not supported/);
  });
});
