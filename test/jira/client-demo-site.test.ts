/**
 * The client over real HTTP against the demo Jira site: paging, errors, 429/500 injection and
 * latency, through fetchTransport. Sleeps are recorded, not waited, except where latency is the point.
 */
import { createJiraClient, ISSUE_FIELDS, readTree, type JiraClient } from '../../src/jira';
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import { BadInputError, ForbiddenError, JiraUnavailableError, NotFoundError, RateLimitedError } from '../../src/errors';
import {
  createDataset,
  DEMO_API_TOKEN,
  DEMO_USERS,
  issuesOf,
  levelOf,
  startDemoSite,
  statusCategoryKeyOf,
  STORY_POINTS_FIELD_ID,
  type DemoSite,
} from '../../local/demo-site';

const TODAY = '2026-11-20';
let site: DemoSite;
let sleeps: number[];

beforeAll(async () => {
  // The demo projects plus a small BIG project, so searches span several pages.
  site = await startDemoSite({
    dataset: createDataset({
      today: TODAY,
      scale: { units: 450, epics: 3, versionIssues: 120 },
    }),
  });
});

afterAll(async () => {
  await site.close();
});

beforeEach(() => {
  site.stats.reset();
  site.injectFaults({ status: 500, count: 0 });
  site.setLatency(0);
  sleeps = [];
});

function client(
  opts: {
    user?: { email: string };
    token?: string;
    deadlineMs?: number;
    maxAttempts?: number;
  } = {},
): JiraClient {
  return createJiraClient({
    transport: fetchTransport({
      baseUrl: site.url,
      email: (opts.user ?? DEMO_USERS.lead).email,
      apiToken: opts.token ?? DEMO_API_TOKEN,
    }),
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    ...(opts.deadlineMs !== undefined ? { deadlineMs: opts.deadlineMs } : {}),
    ...(opts.maxAttempts !== undefined ? { maxAttempts: opts.maxAttempts } : {}),
  });
}

const searches = (): number => site.stats.byPath['/rest/api/3/search/jql'] ?? 0;

describe('paging against the demo site', () => {
  it('searchAll reads every page of 100 (token paging)', async () => {
    const expected = issuesOf(site.dataset, { project: 'BIG' });
    const got = await client().searchAll('project = BIG ORDER BY key ASC', ['summary']);
    expect(got).toHaveLength(expected.length);
    expect(new Set(got.map((i) => i.key))).toEqual(new Set(expected.map((i) => i.key)));
    expect(searches()).toBe(Math.ceil(expected.length / 100));
  });

  it('asks for 5,000 a page when only keys are wanted', async () => {
    const got = await client().searchAll('project = BIG', ['key']);
    expect(got.length).toBe(issuesOf(site.dataset, { project: 'BIG' }).length);
    expect(searches()).toBe(1);
  });

  it('getProjectVersions reads all versions (startAt paging) and filters by status', async () => {
    const c = client();
    const all = await c.getProjectVersions('PO');
    expect(all.map((v) => v.id).sort()).toEqual(
      site.dataset.versions
        .filter((v) => v.projectKey === 'PO')
        .map((v) => v.id)
        .sort(),
    );
    const unreleased = await c.getProjectVersions('PO', {
      status: 'unreleased',
    });
    expect(unreleased.every((v) => v.released === false && v.archived === false)).toBe(true);
  });

  it('discovers the story-point field and maps issues as the dataset says', async () => {
    const c = client();
    await expect(c.storyPointsField()).resolves.toBe(STORY_POINTS_FIELD_ID);
    const issues = await c.searchDomainIssues('project = PO');
    const expected = issuesOf(site.dataset, { project: 'PO' });
    expect(issues).toHaveLength(expected.length);
    const byKey = new Map(expected.map((i) => [i.key, i]));
    const category = {
      new: 'todo',
      indeterminate: 'inprogress',
      done: 'done',
    } as Record<string, string>;
    for (const issue of issues) {
      const demo = byKey.get(issue.key);
      expect(demo).toBeDefined();
      if (!demo) continue;
      expect(issue.statusCategory).toBe(category[statusCategoryKeyOf(site.dataset, demo)] ?? 'todo');
      expect(issue.points).toBe(demo.points);
      expect(issue.parentKey).toBe(demo.parentKey);
      expect(issue.hierarchyLevel).toBe(levelOf(site.dataset, demo));
      expect(issue.dueDate).toBe(demo.dueDate);
      expect(issue.fixVersionIds).toEqual(demo.fixVersionIds);
    }
  });

  it('readTree reads BIG level by level within the request bound', async () => {
    const epics = issuesOf(site.dataset, { project: 'BIG', level: 1 }).map((i) => i.key);
    const units = issuesOf(site.dataset, { project: 'BIG', level: 0 });
    const c = client();
    const { issues: got } = await readTree((jql, fields, token) => c.searchPage(jql, fields, token), epics, { fields: ISSUE_FIELDS });
    expect(got.filter((i) => i.fields?.issuetype?.hierarchyLevel === 0)).toHaveLength(units.length);
    expect(searches()).toBeLessThanOrEqual(Math.ceil(units.length / 100) + 2);
  });
});

describe('every endpoint over HTTP', () => {
  it('answers with the shapes the client types', async () => {
    const c = client();
    const project = await c.getProject('PO');
    expect(project.key).toBe('PO');
    const [version] = await c.getProjectVersions('PO');
    expect(version).toBeDefined();
    if (!version) return;
    await expect(c.getVersion(version.id)).resolves.toMatchObject({
      id: version.id,
      name: version.name,
    });
    const counts = await c.getVersionRelatedIssueCounts(version.id);
    expect(typeof counts.issuesFixedCount).toBe('number');
    await expect(c.getMyself()).resolves.toMatchObject({
      accountId: DEMO_USERS.lead.accountId,
    });
    expect(await c.getPriorityNames()).toEqual(site.dataset.priorities.map((p) => p.name));
    expect((await c.getMyPermissions(['ADMINISTER'])).permissions?.ADMINISTER?.havePermission).toBe(true);
    const marco = client({ user: DEMO_USERS.mobile });
    expect((await marco.getMyPermissions(['ADMINISTER'])).permissions?.ADMINISTER?.havePermission).toBe(false);
    await expect(marco.getMyPermissions(['NOT_A_PERMISSION'])).rejects.toThrow(/Invalid permission key: NOT_A_PERMISSION/);
    expect((await c.getIssueTypes()).some((t) => t.hierarchyLevel === -1)).toBe(true);
    expect((await c.getFields()).length).toBeGreaterThan(5);
    const key = issuesOf(site.dataset, { project: 'PO' })[0]?.key ?? 'PO-1';
    await expect(c.getDomainIssue(key)).resolves.toMatchObject({ key });
  });

  it('maps real error answers', async () => {
    await expect(client({ token: 'wrong' }).getMyself()).rejects.toBeInstanceOf(ForbiddenError);
    await expect(client().getProject('NOPE')).rejects.toThrow(new NotFoundError("No project could be found with key 'NOPE'."));
    await expect(client({ user: DEMO_USERS.outsider }).getProject('PO')).rejects.toBeInstanceOf(NotFoundError);
    const bad = await client()
      .searchPage('project = PO AND (', ['summary'])
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(BadInputError);
    expect((bad as Error).message.length).toBeGreaterThan(10);
    await expect(client().searchPage('project in (PO, NOPE, ZZZ, NOPE)', ['summary'])).rejects.toMatchObject({ code: 'BAD_INPUT', reason: 'UNKNOWN_PROJECT', subjects: ['NOPE', 'ZZZ'] });
  });

  it('says which product failed: Jira 503s and 429s that outlast the retries carry reason JIRA', async () => {
    site.injectFaults({ status: 503, count: 100 });
    await expect(client({ maxAttempts: 2 }).getMyself()).rejects.toMatchObject({ code: 'UNAVAILABLE', reason: 'JIRA' });
    site.injectFaults({ status: 429, count: 100, retryAfterSeconds: 0 });
    await expect(client({ maxAttempts: 2 }).getMyself()).rejects.toMatchObject({ code: 'RATE_LIMITED', reason: 'JIRA' });
  });
});

describe('faults and latency', () => {
  it('waits out 429s for Retry-After, then succeeds', async () => {
    site.injectFaults({ status: 429, count: 2, retryAfterSeconds: 2 });
    await expect(client().getMyself()).resolves.toMatchObject({
      accountId: DEMO_USERS.lead.accountId,
    });
    expect(sleeps).toEqual([2200, 2200]); // 2 s plus 20 % × random 0.5 jitter
    expect(site.stats.requests).toBe(3);
  });

  it('gives RateLimitedError when 429s do not stop', async () => {
    site.injectFaults({ status: 429, count: 10, retryAfterSeconds: 1 });
    await expect(client({ maxAttempts: 3 }).getMyself()).rejects.toBeInstanceOf(RateLimitedError);
    expect(site.stats.requests).toBe(3);
  });

  it('backs off through 500s mid-paging and still returns every issue once', async () => {
    const c = client();
    const first = await c.searchPage('project = BIG ORDER BY key ASC', ['summary']);
    site.injectFaults({ status: 500, count: 2 });
    const rest = await c.searchPage('project = BIG ORDER BY key ASC', ['summary'], first.nextPageToken ?? undefined);
    expect(sleeps).toEqual([250, 500]); // 0.5 × 500, 0.5 × 1000
    expect(rest.issues?.[0]?.key).not.toBe(first.issues?.[0]?.key);
  });

  it('gives JiraUnavailableError naming the status when 503s do not stop', async () => {
    site.injectFaults({ status: 503, count: 10 });
    await expect(client({ maxAttempts: 3 }).getMyself()).rejects.toThrow(/^Jira kept answering 503 for \d+ s \(3 attempts\)\.$/);
  });

  it('a site slower than the deadline is reported as giving no answer, without hanging', async () => {
    site.setLatency(400);
    const started = Date.now();
    const err = await client({ deadlineMs: 150 })
      .getMyself()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraUnavailableError);
    expect((err as Error).message).toMatch(/^Jira gave no usable answer for 0 s \(1 attempt\): no complete answer within 150 ms\.$/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('latency within the deadline is just slower', async () => {
    site.setLatency(60);
    await expect(client().getMyself()).resolves.toMatchObject({
      accountId: DEMO_USERS.lead.accountId,
    });
  });
});
