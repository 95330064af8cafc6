import { basicAuthHeader, createDataset, createLargeDataset, DEMO_USERS, DEMO_VERSIONS, issuesOf, levelOf, startDemoSite, versionByName, type DemoSite } from '../../local/demo-site';

const TODAY = '2026-03-15';
const dataset = createDataset({ today: TODAY });
let site: DemoSite;

beforeAll(async () => {
  site = await startDemoSite({ dataset });
});
afterAll(async () => {
  await site.close();
});

// JSON answers are inspected ad hoc below; the expectations (and the schema test) check shapes.
/* eslint-disable @typescript-eslint/no-explicit-any */
interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

async function call<T = any>(
  path: string,
  init: { method?: string; body?: unknown; email?: string; auth?: string } = {},
): Promise<Answer<T>> {
  const res = await fetch(`${site.url}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: {
      Authorization: init.auth ?? basicAuthHeader(init.email ?? DEMO_USERS.lead.email),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // plain text (401)
  }
  return { status: res.status, body: body as T, headers: res.headers };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const q = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

describe('demo site: authentication', () => {
  it('answers 401 in plain text for wrong or missing credentials', async () => {
    const wrong = await call('/rest/api/3/myself', {
      auth: basicAuthHeader(DEMO_USERS.lead.email, 'nope'),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toBe('Client must be authenticated to access this resource.');
    expect((await call('/rest/api/3/myself', { auth: '' })).status).toBe(401);
    expect(
      (
        await call('/rest/api/3/myself', {
          auth: basicAuthHeader('stranger@example.com'),
        })
      ).status,
    ).toBe(401);
  });

  it('answers /myself as the logged-in user, e-mail matched case-insensitively', async () => {
    const me = await call('/rest/api/3/myself', {
      email: DEMO_USERS.mobile.email.toUpperCase(),
    });
    expect(me.body).toMatchObject({
      accountId: DEMO_USERS.mobile.accountId,
      emailAddress: DEMO_USERS.mobile.email,
      active: true,
    });
  });

  it('answers unknown paths with a 404 ErrorCollection', async () => {
    const res = await call('/rest/api/3/nope');
    expect(res.status).toBe(404);
    expect(res.body.errorMessages).toHaveLength(1);
  });
});

describe('demo site: /search/jql', () => {
  const jql = 'project = PO ORDER BY key';
  const po = issuesOf(dataset, { project: 'PO' });

  it('returns ids only by default, and the asked fields in Jira shapes', async () => {
    const ids = await call(`/rest/api/3/search/jql?${q({ jql, maxResults: 2 })}`);
    expect(ids.body.issues).toEqual([{ id: po[0]!.id }, { id: po[1]!.id }]);

    const epic = issuesOf(dataset, { project: 'PO', level: 1 }).find((e) => e.parentKey)!;
    const res = await call('/rest/api/3/search/jql', {
      body: {
        jql: `key = ${epic.key}`,
        fields: [
          'summary',
          'status',
          'issuetype',
          'parent',
          'assignee',
          'fixVersions',
          'duedate',
          'customfield_10016',
          'resolution',
          'created',
        ],
      },
    });
    const issue = res.body.issues[0];
    expect(issue).toMatchObject({
      id: epic.id,
      key: epic.key,
      self: `${site.url}/rest/api/3/issue/${epic.id}`,
    });
    expect(issue.fields.issuetype).toMatchObject({
      name: 'Epic',
      hierarchyLevel: 1,
      subtask: false,
    });
    expect(issue.fields.status.statusCategory).toMatchObject({
      key: expect.stringMatching(/^(new|indeterminate|done)$/),
    });
    expect(issue.fields.parent).toMatchObject({
      key: epic.parentKey,
      fields: { issuetype: { hierarchyLevel: 2 } },
    });
    expect(issue.fields.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0000$/);
    expect(Object.keys(issue.fields).sort()).toEqual(
      [
        'assignee',
        'created',
        'customfield_10016',
        'duedate',
        'fixVersions',
        'issuetype',
        'parent',
        'resolution',
        'status',
        'summary',
      ].sort(),
    );
    expect(res.body).toMatchObject({ isLast: true });
    expect(res.body.nextPageToken).toBeUndefined();
  });

  it('omits parent for top-level issues and supports *all and exclusions', async () => {
    const top = po.find((i) => i.parentKey === null)!;
    const all = await call(
      `/rest/api/3/search/jql?${q({ jql: `key = ${top.key}`, fields: '*all,-labels' })}`,
    );
    const fields = all.body.issues[0].fields;
    expect(fields.parent).toBeUndefined();
    expect(fields.labels).toBeUndefined();
    expect(fields).toHaveProperty('summary');
    expect(fields).toHaveProperty('customfield_10016');
  });

  it('pages with an opaque nextPageToken until isLast', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const res = await call('/rest/api/3/search/jql', {
        body: {
          jql,
          fields: ['summary'],
          maxResults: 40,
          ...(token ? { nextPageToken: token } : {}),
        },
      });
      expect(res.status).toBe(200);
      seen.push(...res.body.issues.map((i: { key: string }) => i.key));
      token = res.body.nextPageToken;
      expect(res.body.isLast).toBe(token === undefined);
      pages++;
    } while (token);
    expect(seen).toEqual(po.map((i) => i.key));
    expect(pages).toBe(Math.ceil(po.length / 40));
  });

  it('rejects a token from another query', async () => {
    const first = await call('/rest/api/3/search/jql', {
      body: { jql, maxResults: 10 },
    });
    const other = await call('/rest/api/3/search/jql', {
      body: { jql: 'project = MOB', nextPageToken: first.body.nextPageToken },
    });
    expect(other.status).toBe(400);
  });

  it('answers JQL errors with 400 and Jira messages', async () => {
    const res = await call(`/rest/api/3/search/jql?${q({ jql: 'foo = bar' })}`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errorMessages: ["Field 'foo' does not exist or you do not have permission to view it."],
      errors: {},
    });
    const unbounded = await call('/rest/api/3/search/jql', {
      body: { jql: 'order by key' },
    });
    expect(unbounded.body.errorMessages).toEqual([
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    ]);
  });

  it('counts approximately', async () => {
    const res = await call('/rest/api/3/search/approximate-count', {
      body: { jql: 'project = PO' },
    });
    expect(res.body).toEqual({ count: po.length });
  });

  it('caps pages at 100 with fields and 5000 with ids only', async () => {
    const big = await startDemoSite({
      dataset: createLargeDataset({ today: TODAY }),
    });
    try {
      const auth = basicAuthHeader(DEMO_USERS.lead.email);
      const post = async (body: unknown) =>
        (
          await fetch(`${big.url}/rest/api/3/search/jql`, {
            method: 'POST',
            headers: {
              Authorization: auth,
              'Content-Type': 'application/json',
            },
            body: JSON.stringify(body),
          })
        ).json();
      const jqlBig = `fixVersion = "${DEMO_VERSIONS.bigVersion}"`;
      const withFields = await post({
        jql: jqlBig,
        fields: ['summary', 'status'],
        maxResults: 5000,
      });
      expect(withFields.issues).toHaveLength(100);
      expect(withFields.isLast).toBe(false);
      const idsOnly = await post({
        jql: jqlBig,
        fields: ['key'],
        maxResults: 5000,
      });
      expect(idsOnly.issues).toHaveLength(5000);
      expect(idsOnly.isLast).toBe(true);
      expect(idsOnly.issues[0]).toEqual({
        expand: '',
        id: expect.any(String),
        self: expect.any(String),
        key: expect.stringMatching(/^BIG-/),
      });
    } finally {
      await big.close();
    }
  });
});

describe('demo site: visibility', () => {
  const mobEpics = issuesOf(dataset, { project: 'MOB', level: 1 }).map((i) => i.key);

  it('shows each user only the projects they can browse', async () => {
    const res = await call('/rest/api/3/search/jql', {
      email: DEMO_USERS.mobile.email,
      body: { jql: 'issuetype = Epic', fields: ['key'] },
    });
    expect(res.body.issues.map((i: { key: string }) => i.key)).toEqual(mobEpics);
    const none = await call('/rest/api/3/search/jql', {
      email: DEMO_USERS.outsider.email,
      body: { jql: 'issuetype = Epic' },
    });
    expect(none.body).toEqual({ issues: [], isLast: true });
  });

  it('answers 404 with Jira messages for hidden projects, issues and versions', async () => {
    const project = await call('/rest/api/3/project/PO', {
      email: DEMO_USERS.mobile.email,
    });
    expect(project).toMatchObject({
      status: 404,
      body: {
        errorMessages: ["No project could be found with key 'PO'."],
        errors: {},
      },
    });
    const poIssue = issuesOf(dataset, { project: 'PO' })[0]!;
    const issue = await call(`/rest/api/3/issue/${poIssue.key}`, {
      email: DEMO_USERS.outsider.email,
    });
    expect(issue).toMatchObject({
      status: 404,
      body: {
        errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      },
    });
    const v = versionByName(dataset, 'PO', DEMO_VERSIONS.poBlocked)!;
    expect(
      (
        await call(`/rest/api/3/version/${v.id}`, {
          email: DEMO_USERS.mobile.email,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('/rest/api/3/project/MOB', {
          email: DEMO_USERS.mobile.email,
        })
      ).status,
    ).toBe(200);
  });
});

describe('demo site: projects and versions', () => {
  it('pages versions with status filters, ordering and issue status counts', async () => {
    const page = await call(
      `/rest/api/3/project/PO/version?${q({ status: 'unreleased', orderBy: '-releaseDate', expand: 'issuesstatus', maxResults: 2 })}`,
    );
    expect(page.body).toMatchObject({
      startAt: 0,
      maxResults: 2,
      isLast: false,
      total: 5,
    });
    expect(page.body.values.map((v: { name: string }) => v.name)).toEqual(['PO 3.0', 'PO 2.1']);
    expect(page.body.values[1].issuesStatusForFixVersion).toEqual({
      unmapped: 0,
      toDo: expect.any(Number),
      inProgress: expect.any(Number),
      done: expect.any(Number),
    });
    const next = await call(page.body.nextPage.replace(site.url, ''));
    expect(next.body.values.map((v: { name: string }) => v.name)).toEqual([
      'PO 2.0',
      'PO 1.3 Hotfix',
    ]);
    const archived = await call(`/rest/api/3/project/PO/version?${q({ status: 'archived' })}`);
    expect(archived.body.values.map((v: { name: string }) => v.name)).toEqual([
      DEMO_VERSIONS.poArchived,
    ]);
    const all = await call('/rest/api/3/project/PO/versions');
    expect(all.body.map((v: { name: string }) => v.name)).toEqual(
      dataset.versions.filter((v) => v.projectKey === 'PO').map((v) => v.name),
    );
  });

  it('answers version details and counts', async () => {
    const v = versionByName(dataset, 'PO', DEMO_VERSIONS.poPastDue)!;
    const version = await call(`/rest/api/3/version/${v.id}`);
    expect(version.body).toMatchObject({
      id: v.id,
      name: v.name,
      released: false,
      archived: false,
      releaseDate: '2026-03-11',
      overdue: true,
      projectId: 10000,
    });
    const all = issuesOf(dataset, { fixVersion: v.name });
    const counts = await call(`/rest/api/3/version/${v.id}/relatedIssueCounts`);
    expect(counts.body).toMatchObject({ issuesFixedCount: all.length });
    const unresolved = await call(`/rest/api/3/version/${v.id}/unresolvedIssueCount`);
    expect(unresolved.body).toMatchObject({
      issuesCount: all.length,
      issuesUnresolvedCount: all.filter((i) => !i.resolutionId).length,
    });
  });

  it('answers an issue with all fields by default', async () => {
    const story = issuesOf(dataset, { project: 'MOB', level: 0 })[0]!;
    const res = await call(`/rest/api/3/issue/${story.key.toLowerCase()}`);
    expect(res.body).toMatchObject({
      key: story.key,
      fields: {
        summary: story.summary,
        issuetype: { hierarchyLevel: levelOf(dataset, story) },
      },
    });
    const few = await call(`/rest/api/3/issue/${story.id}?fields=summary`);
    expect(Object.keys(few.body.fields)).toEqual(['summary']);
  });

  it('answers the field list with the story point field', async () => {
    const res = await call('/rest/api/3/field');
    expect(res.body).toContainEqual(
      expect.objectContaining({
        id: 'customfield_10016',
        name: 'Story point estimate',
        schema: expect.objectContaining({
          custom: 'com.pyxis.greenhopper.jira:jsw-story-points',
        }),
      }),
    );
  });

  it('answers mypermissions per project', async () => {
    const res = await call(
      `/rest/api/3/mypermissions?${q({ permissions: 'BROWSE_PROJECTS', projectKey: 'MOB' })}`,
      { email: DEMO_USERS.mobile.email },
    );
    expect(res.body.permissions.BROWSE_PROJECTS.havePermission).toBe(true);
    const none = await call(`/rest/api/3/mypermissions?${q({ permissions: 'BROWSE_PROJECTS' })}`, {
      email: DEMO_USERS.outsider.email,
    });
    expect(none.body.permissions.BROWSE_PROJECTS.havePermission).toBe(false);
  });
});

describe('demo site: knobs', () => {
  it('injects 429 with Retry-After, then 5xx, then recovers', async () => {
    site.injectFaults({ status: 429, count: 2, retryAfterSeconds: 3 });
    const a = await call('/rest/api/3/myself');
    expect(a.status).toBe(429);
    expect(a.headers.get('retry-after')).toBe('3');
    expect((await call('/rest/api/3/myself')).status).toBe(429);
    expect((await call('/rest/api/3/myself')).status).toBe(200);
    site.injectFaults({ status: 503, count: 1 });
    const b = await call('/rest/api/3/myself');
    expect(b.status).toBe(503);
    expect(b.body.errorMessages).toHaveLength(1);
    expect((await call('/rest/api/3/myself')).status).toBe(200);
  });

  it('delays answers and counts requests by path', async () => {
    site.stats.reset();
    site.setLatency(120);
    const started = Date.now();
    await call('/rest/api/3/issuetype');
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    site.setLatency(0);
    await call('/rest/api/3/issuetype?x=1');
    expect(site.stats.requests).toBe(2);
    expect(site.stats.byPath).toEqual({ '/rest/api/3/issuetype': 2 });
  });
});

describe('demo site: changing issues between two reads', () => {
  it('each change bumps `updated` so `updated >= -5m` finds it; a deleted issue is gone; a hidden one is gone for that user only', async () => {
    const own = await startDemoSite({ dataset: createDataset({ today: TODAY }) });
    try {
      const search = async (jql: string, email: string = DEMO_USERS.lead.email) => {
        const res = await fetch(`${own.url}/rest/api/3/search/jql`, {
          method: 'POST',
          headers: { Authorization: basicAuthHeader(email), 'Content-Type': 'application/json' },
          body: JSON.stringify({ jql, fields: ['key'], maxResults: 5000 }),
        });
        return ((await res.json()) as { issues: Array<{ key: string }> }).issues.map((i) => i.key);
      };
      const recent = 'project in (PO, MOB) AND updated >= -5m';
      const before = await search(recent);
      const [a, b, c, d] = own.dataset.issues.filter((i) => i.projectKey === 'MOB' && levelOf(own.dataset, i) === 0 && !before.includes(i.key));
      own.mutate.setStatus(a!.key, 'done');
      own.mutate.setPoints(b!.key, 21);
      const added = own.mutate.add({ projectKey: 'MOB', type: 'Story', parentKey: c!.parentKey, summary: 'Added' });
      expect(await search(recent)).toEqual(expect.arrayContaining([a!.key, b!.key, added]));
      own.mutate.remove(c!.key);
      expect(await search(`key in (${a!.key}, ${added})`)).toHaveLength(2);
      expect(await search('project = MOB')).not.toContain(c!.key);
      own.mutate.hideFrom(d!.key, DEMO_USERS.mobile);
      expect(await search('project = MOB', DEMO_USERS.mobile.email)).not.toContain(d!.key);
      expect(await search('project = MOB')).toContain(d!.key);
    } finally {
      await own.close();
    }
  });
});
