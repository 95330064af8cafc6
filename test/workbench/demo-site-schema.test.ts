/**
 * The demo site's answers validated against Jira's own OpenAPI response schemas, so clients
 * written against the demo site read a real Jira Cloud site the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { basicAuthHeader, createDataset, DEMO_USERS, DEMO_VERSIONS, issuesOf, startDemoSite, versionByName, type DemoSite } from '../../local/demo-site';

const SPEC_PATH = resolve(__dirname, '../../../shared/jira/jira-platform-openapi.json');
const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as {
  components: { schemas: Record<string, unknown> };
};

// One Ajv, the spec's components registered once; each schema compiles lazily, once.
// ownProperties: a changelog item without `toString` must not be read as Object.prototype.toString.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, ownProperties: true });
addFormats(ajv);
ajv.addSchema({ $id: 'jira', components: spec.components });
const compiled = new Map<string, ValidateFunction>();
function validator(name: string, array = false): ValidateFunction {
  const id = `${name}${array ? '[]' : ''}`;
  let v = compiled.get(id);
  if (!v) {
    const ref = { $ref: `jira#/components/schemas/${name}` };
    v = ajv.compile(array ? { type: 'array', items: ref } : ref);
    compiled.set(id, v);
  }
  return v;
}

function expectValid(name: string, data: unknown, array = false): void {
  const v = validator(name, array);
  const valid = v(data);
  if (!valid)
    throw new Error(
      `${name}${array ? '[]' : ''}: ${ajv.errorsText(v.errors, { separator: '\n' })}`,
    );
}

const dataset = createDataset({ today: '2026-03-15' });
let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite({ dataset });
});
afterAll(async () => {
  await site.close();
});

async function get(path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${site.url}/rest/api/3${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      Authorization: basicAuthHeader(DEMO_USERS.lead.email),
      'Content-Type': 'application/json',
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: await res.json() };
}

describe('demo site answers match the Jira Cloud OpenAPI schemas', () => {
  it('the harness rejects wrong shapes (extra property, wrong type)', () => {
    expect(() => expectValid('Version', { id: '1', name: 'x', colour: 'red' })).toThrow(
      /additional/,
    );
    expect(() => expectValid('JQLCountResultsBean', { count: 'many' })).toThrow(/integer/);
  });

  it('search/jql (GET and POST), with every field shape checked too', async () => {
    const page = await get('/search/jql', {
      jql: 'project in (PO, MOB) ORDER BY key',
      fields: ['*all'],
      maxResults: 100,
    });
    expect(page.status).toBe(200);
    expectValid('SearchAndReconcileResults', page.json);
    const ids = await get('/search/jql?jql=project%3DPO&maxResults=3');
    expectValid('SearchAndReconcileResults', ids.json);

    // IssueBean.fields is free-form in the spec: check each field against its own schema.
    type Fields = Record<string, unknown> & {
      fixVersions: unknown[];
      parent?: { fields: Record<string, unknown> };
    };
    const issues = (page.json as { issues: { fields: Fields }[] }).issues;
    for (const { fields } of issues) {
      expectValid('StatusDetails', fields.status);
      expectValid('IssueTypeDetails', fields.issuetype);
      expectValid('Priority', fields.priority);
      expectValid('ProjectDetails', fields.project);
      expectValid('UserDetails', fields.reporter);
      if (fields.assignee) expectValid('UserDetails', fields.assignee);
      if (fields.resolution) expectValid('Resolution', fields.resolution);
      expectValid('Version', fields.fixVersions, true);
      if (fields.parent) expectValid('StatusDetails', fields.parent.fields.status);
    }
  });

  it('approximate-count', async () => {
    expectValid(
      'JQLCountResultsBean',
      (await get('/search/approximate-count', { jql: 'project = PO' })).json,
    );
  });

  it('field, priority suggestions, my permissions, issuetype, statuscategory, myself', async () => {
    expectValid('FieldDetails', (await get('/field')).json, true);
    const suggestions = (await get('/jql/autocompletedata/suggestions?fieldName=priority&fieldValue=hi')).json as { results: { displayName: string }[] };
    expectValid('AutoCompleteSuggestions', suggestions);
    expect(suggestions.results.map((r) => r.displayName)).toContain('<b>Hi</b>ghest');
    expectValid('Permissions', (await get('/mypermissions?permissions=ADMINISTER')).json);
    expectValid('IssueTypeDetails', (await get('/issuetype')).json, true);
    expectValid('StatusCategory', (await get('/statuscategory')).json, true);
    expectValid('User', (await get('/myself')).json);
  });

  it('project, project versions (page and list), version and its counts', async () => {
    expectValid('Project', (await get('/project/PO')).json);
    expectValid(
      'PageBeanVersion',
      (await get('/project/PO/version?expand=issuesstatus&maxResults=3')).json,
    );
    expectValid('Version', (await get('/project/MOB/versions?expand=issuesstatus')).json, true);
    const v = versionByName(dataset, 'PO', DEMO_VERSIONS.poNoDate)!;
    expectValid('Version', (await get(`/version/${v.id}?expand=issuesstatus`)).json);
    expectValid('VersionIssueCounts', (await get(`/version/${v.id}/relatedIssueCounts`)).json);
    expectValid(
      'VersionUnresolvedIssuesCount',
      (await get(`/version/${v.id}/unresolvedIssueCount`)).json,
    );
  });

  it('user picker, users in bulk, project search (the pickers)', async () => {
    const picker = await get('/user/picker?query=ra&maxResults=5&showAvatar=true');
    expectValid('FoundUsers', picker.json);
    expect((picker.json as { users: unknown[] }).users.length).toBeGreaterThan(0);
    const bulk = await get(
      `/user/bulk?accountId=${DEMO_USERS.lead.accountId}&accountId=${DEMO_USERS.mobile.accountId}&maxResults=2`,
    );
    expectValid('PageBeanUser', bulk.json);
    expect((bulk.json as { values: unknown[] }).values).toHaveLength(2);
    const projects = await get('/project/search?query=o&maxResults=1&orderBy=name');
    expectValid('PageBeanProject', projects.json);
    expect(projects.json).toMatchObject({ isLast: false, total: 2, maxResults: 1 });
  });

  it('issue and mypermissions', async () => {
    const key = issuesOf(dataset, { project: 'PO', level: -1 })[0]!.key;
    expectValid('IssueBean', (await get(`/issue/${key}`)).json);
    expectValid(
      'Permissions',
      (await get('/mypermissions?permissions=BROWSE_PROJECTS&projectKey=PO')).json,
    );
  });

  it('changelogs: bulk fetch (filtered, paged) and per issue; status list', async () => {
    const ids = dataset.issues.slice(0, 300).map((i) => i.id);
    const first = await get('/changelog/bulkfetch', { issueIdsOrKeys: ids, fieldIds: ['status', 'fixVersions', 'duedate'], maxResults: 50 });
    expect(first.status).toBe(200);
    expectValid('BulkChangelogResponseBean', first.json);
    const token = (first.json as { nextPageToken?: string }).nextPageToken;
    expect(token).toBeDefined();
    const next = await get('/changelog/bulkfetch', { issueIdsOrKeys: ids, fieldIds: ['status', 'fixVersions', 'duedate'], maxResults: 50, nextPageToken: token });
    expectValid('BulkChangelogResponseBean', next.json);
    const all = await get('/changelog/bulkfetch', { issueIdsOrKeys: ids });
    expectValid('BulkChangelogResponseBean', all.json);
    const tooMany = await get('/changelog/bulkfetch', { issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => String(i)) });
    expect(tooMany.status).toBe(400);
    expectValid('ErrorCollection', tooMany.json);
    const key = issuesOf(dataset, { project: 'PO', level: 0 })[0]!.key;
    expectValid('PageBeanChangelog', (await get(`/issue/${key}/changelog?maxResults=2`)).json);
    expectValid('StatusDetails', (await get('/status')).json, true);
  });

  it('error bodies are ErrorCollections', async () => {
    const bad = await get('/search/jql', { jql: 'project = PO AND foo = 1' });
    expect(bad.status).toBe(400);
    expectValid('ErrorCollection', bad.json);
    const missing = await get('/project/NOPE');
    expect(missing.status).toBe(404);
    expectValid('ErrorCollection', missing.json);
  });
});
