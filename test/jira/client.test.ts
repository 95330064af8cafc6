/** One test per endpoint's request shape, paging through the client, and story-point discovery. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJiraClient, ISSUE_FIELDS, STORY_POINT_ESTIMATE_TYPE, discoverStoryPointsField } from '../../src/jira';
import { BadInputError, JiraUnavailableError } from '../../src/errors';
import { fakeTime, fakeTransport, reply, type Responder } from '../fixtures/fake-transport';
import { aRawField, aRawIssue, aRawVersion, POINTS_FIELD } from '../fixtures/jira-builders';
import type { RawField } from '../../src/jira/types';

function clientWith(responder: Responder, override?: string) {
  const time = fakeTime();
  const fake = fakeTransport(responder);
  const client = createJiraClient({
    transport: fake.transport,
    clock: time.clock,
    sleep: time.sleep,
    random: () => 0,
    storyPointsFieldOverride: override ?? null,
  });
  return { client, requests: fake.requests };
}

describe('search (POST /rest/api/3/search/jql, token paging)', () => {
  it('sends jql, fields, maxResults and the token in the body', async () => {
    const { client, requests } = clientWith(() => reply(200, { issues: [], isLast: true }));
    await client.searchPage('project = PO', ['summary', 'status'], 'tok', 30);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      body: {
        jql: 'project = PO',
        fields: ['summary', 'status'],
        maxResults: 30,
        nextPageToken: 'tok',
      },
    });
  });

  it('asks for 100 a page with real fields, 5,000 with ids/keys only, and never more', async () => {
    const { client, requests } = clientWith(() => reply(200, { issues: [], isLast: true }));
    await client.searchPage('project = PO', ['summary']);
    await client.searchPage('project = PO', ['id', 'key']);
    await client.searchPage('project = PO', ['summary'], undefined, 1000);
    expect(requests.map((r) => (r.body as { maxResults: number }).maxResults)).toEqual([100, 5000, 100]);
    expect(requests[0]?.body).not.toHaveProperty('nextPageToken');
  });

  it('searchAll follows nextPageToken across pages until isLast', async () => {
    const all = Array.from({ length: 250 }, (_, i) => aRawIssue({ key: `PO-${i + 1}` }));
    const { client, requests } = clientWith((req) => {
      const body = req.body as { nextPageToken?: string; maxResults: number };
      const offset = body.nextPageToken ? Number(body.nextPageToken.slice(1)) : 0;
      const end = offset + body.maxResults;
      return reply(200, {
        issues: all.slice(offset, end),
        ...(end < all.length ? { nextPageToken: `o${end}`, isLast: false } : { isLast: true }),
      });
    });
    const got = await client.searchAll('project = PO', ['summary']);
    expect(got.map((i) => i.key)).toEqual(all.map((i) => i.key));
    expect(requests.map((r) => (r.body as { nextPageToken?: string }).nextPageToken)).toEqual([undefined, 'o100', 'o200']);
  });

  it('searchAll of nothing is one request and an empty list', async () => {
    const { client, requests } = clientWith(() => reply(200, { issues: [], isLast: true }));
    await expect(client.searchAll('project = EMPTY', ['summary'])).resolves.toEqual([]);
    expect(requests).toHaveLength(1);
  });
});

describe('project versions (startAt paging)', () => {
  it('reads every page with status, orderBy and expand as query parameters', async () => {
    const versions = Array.from({ length: 120 }, (_, i) => aRawVersion({ id: String(20000 + i), name: `v${i}` }));
    const { client, requests } = clientWith((req) => {
      const startAt = Number(req.query?.startAt);
      const max = Number(req.query?.maxResults);
      const values = versions.slice(startAt, startAt + max);
      return reply(200, {
        startAt,
        maxResults: max,
        total: versions.length,
        isLast: startAt + max >= versions.length,
        values,
      });
    });
    const got = await client.getProjectVersions('PO', {
      status: ['released', 'unreleased'],
      orderBy: '-releaseDate',
      expand: 'issuesstatus',
    });
    expect(got).toHaveLength(120);
    expect(requests.map((r) => r.query?.startAt)).toEqual([0, 50, 100]);
    expect(requests[0]).toMatchObject({
      method: 'GET',
      path: '/rest/api/3/project/PO/version',
      query: {
        startAt: 0,
        maxResults: 50,
        status: ['released', 'unreleased'],
        orderBy: '-releaseDate',
        expand: ['issuesstatus'],
      },
    });
  });

  it('reads the official paginated example (isLast false, then the rest)', async () => {
    const example: unknown = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/jira-captured/spec-examples/project_version_paginated_200.json'), 'utf8'),
    );
    const { client, requests } = clientWith((_req, n) =>
      n === 1
        ? reply(200, example)
        : reply(200, {
            startAt: 2,
            maxResults: 50,
            total: 2,
            isLast: true,
            values: [],
          }),
    );
    const got = await client.getProjectVersions('PR');
    expect(got.map((v) => v.id)).toEqual(['10000', '10010']);
    expect(requests.map((r) => r.query?.startAt)).toEqual([0, 2]);
  });
});

describe('one function per endpoint', () => {
  // Each with the least answer of the shape it reads, and a 200 that is not that shape.
  const version = { id: '10000', name: 'PO 2.1' };
  const cases: Array<[string, (c: ReturnType<typeof createJiraClient>) => Promise<unknown>, string, Record<string, unknown> | undefined, unknown, string]> =
    [
      ['getFields', (c) => c.getFields(), '/rest/api/3/field', undefined, [{ id: 'summary', name: 'Summary' }], '(body): expected an array, got an object'],
      ['getProject', (c) => c.getProject('PO'), '/rest/api/3/project/PO', undefined, { id: '10000', key: 'PO' }, 'id: expected a string, got nothing'],
      ['getVersion', (c) => c.getVersion('10000'), '/rest/api/3/version/10000', undefined, version, 'id: expected a string, got nothing'],
      [
        'getVersionRelatedIssueCounts',
        (c) => c.getVersionRelatedIssueCounts('10000'),
        '/rest/api/3/version/10000/relatedIssueCounts',
        undefined,
        { issuesFixedCount: 3 },
        '(body): expected an object, got an array',
      ],
      ['getMyself', (c) => c.getMyself(), '/rest/api/3/myself', undefined, { accountId: 'abc' }, '(body): expected an object, got an array'],
      [
        'getMyPermissions',
        (c) => c.getMyPermissions(['ADMINISTER']),
        '/rest/api/3/mypermissions',
        { permissions: ['ADMINISTER'] },
        { permissions: { ADMINISTER: { key: 'ADMINISTER', havePermission: true } } },
        '(body): expected an object, got an array',
      ],
      ['getIssueTypes', (c) => c.getIssueTypes(), '/rest/api/3/issuetype', undefined, [{ id: '1', name: 'Epic', hierarchyLevel: 1 }], '(body): expected an array, got an object'],
      [
        'getIssue',
        (c) => c.getIssue('PO-1', ['summary', 'parent']),
        '/rest/api/3/issue/PO-1',
        { fields: ['summary', 'parent'] },
        { id: '1', key: 'PO-1', fields: { summary: 'x', parent: null } },
        'id: expected a string, got nothing',
      ],
    ];
  it.each(cases)('%s → GET %s', async (_name, run, path, query, body) => {
    const { client, requests } = clientWith(() => reply(200, body));
    await expect(run(client)).resolves.toEqual(body);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.path).toBe(path);
    if (query) expect(requests[0]?.query).toEqual(query);
  });

  it.each(cases)('%s: a 200 in another shape is UNAVAILABLE (reason JIRA) naming the field, not retried', async (_name, run, path, _q, body, problem) => {
    const wrong = Array.isArray(body) ? {} : problem.includes('got an array') ? [] : {};
    const { client, requests } = clientWith(() => reply(200, wrong));
    const err = await run(client).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraUnavailableError);
    expect((err as Error).message).toBe(`Jira answered in an unexpected shape: ${problem} (GET ${path}).`);
    expect(requests).toHaveLength(1);
  });

  it('encodes keys and ids into the path, so input cannot reach another resource', async () => {
    const { client, requests } = clientWith(() => reply(200, { id: '1', key: 'X' }));
    await client.getProject('A/B?x');
    expect(requests[0]?.path).toBe('/rest/api/3/project/A%2FB%3Fx');
    await expect(client.getVersion('..')).rejects.toBeInstanceOf(BadInputError);
    expect(requests).toHaveLength(1);
  });
});

describe('story-point field discovery (SPEC §1)', () => {
  const estimate = aRawField({
    id: 'customfield_10016',
    name: 'Story point estimate',
    schema: {
      type: 'number',
      custom: STORY_POINT_ESTIMATE_TYPE,
      customId: 10016,
    },
  });
  const named = aRawField({
    id: 'customfield_10026',
    name: '  story POINTS ',
    schema: {
      type: 'number',
      custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float',
    },
  });
  const namedText = aRawField({
    id: 'customfield_10030',
    name: 'Story Points',
    schema: { type: 'string' },
  });
  const summary: RawField = {
    id: 'summary',
    name: 'Summary',
    custom: false,
    schema: { type: 'string', system: 'summary' },
  };

  it('prefers the jsw-story-points field', () => {
    expect(discoverStoryPointsField([summary, named, estimate])).toBe('customfield_10016');
  });
  it('else takes the number field named "Story Points" (case-insensitive, trimmed)', () => {
    expect(discoverStoryPointsField([summary, namedText, named])).toBe('customfield_10026');
  });
  it('is null when there is neither', () => {
    expect(discoverStoryPointsField([summary, namedText])).toBeNull();
  });
  it('lets the setting beat both, by id or by name', () => {
    expect(discoverStoryPointsField([estimate, named], 'customfield_10026')).toBe('customfield_10026');
    expect(discoverStoryPointsField([estimate, named], 'Story points')).toBe('customfield_10026');
    expect(() => discoverStoryPointsField([estimate], 'Effort')).toThrow(BadInputError);
  });

  it('reads the field list once per client, even for concurrent callers', async () => {
    const { client, requests } = clientWith(() => reply(200, [summary, estimate]));
    const [a, b] = await Promise.all([client.storyPointsField(), client.storyPointsField()]);
    await client.issueFields();
    expect([a, b]).toEqual(['customfield_10016', 'customfield_10016']);
    expect(requests).toHaveLength(1);
    await expect(client.issueFields()).resolves.toEqual([...ISSUE_FIELDS, 'customfield_10016']);
  });

  it('an id override needs no request at all', async () => {
    const { client, requests } = clientWith(() => reply(500), 'customfield_10099');
    await expect(client.storyPointsField()).resolves.toBe('customfield_10099');
    expect(requests).toHaveLength(0);
  });

  it('forgets a failed discovery so the next call can try again', async () => {
    let n = 0;
    const { client } = clientWith(() => (++n === 1 ? reply(403) : reply(200, [estimate])));
    await expect(client.storyPointsField()).rejects.toThrow(/permission/);
    await expect(client.storyPointsField()).resolves.toBe('customfield_10016');
  });
});

describe('domain helpers on the client', () => {
  it('searchDomainIssues asks for ISSUE_FIELDS + the points field and maps the results', async () => {
    const estimate = aRawField({
      id: POINTS_FIELD,
      name: 'Story point estimate',
      schema: { type: 'number', custom: STORY_POINT_ESTIMATE_TYPE },
    });
    const { client, requests } = clientWith((req) =>
      req.path === '/rest/api/3/field'
        ? reply(200, [estimate])
        : reply(200, {
            issues: [
              aRawIssue({
                key: 'PO-7',
                status: 'done',
                points: 5,
                parent: 'PO-1',
              }),
            ],
            isLast: true,
          }),
    );
    const [issue] = await client.searchDomainIssues('parent = PO-1');
    expect(issue).toMatchObject({
      key: 'PO-7',
      statusCategory: 'done',
      points: 5,
      parentKey: 'PO-1',
    });
    expect((requests[1]?.body as { fields: string[] }).fields).toEqual([...ISSUE_FIELDS, POINTS_FIELD]);
  });
});
