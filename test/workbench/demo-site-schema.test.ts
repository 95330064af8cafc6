/**
 * The demo site's answers validated against Jira's own OpenAPI response schemas, so clients
 * written against the demo site read a real Jira Cloud site the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import {
  createDataset,
  DEMO_VERSIONS,
  issuesOf,
  versionByName,
} from '../../local/demo-site/dataset';
import { basicAuthHeader } from '../../local/demo-site/credentials';
import { DEMO_USERS } from '../../local/demo-site/model';
import { startDemoSite, type DemoSite } from '../../local/demo-site/server';

const SPEC_PATH = resolve(__dirname, '../../../shared/jira/jira-platform-openapi.json');
const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as {
  components: { schemas: Record<string, unknown> };
};

// One Ajv, the spec's components registered once; each schema compiles lazily, once.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
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

  it('issue and mypermissions', async () => {
    const key = issuesOf(dataset, { project: 'PO', level: -1 })[0]!.key;
    expectValid('IssueBean', (await get(`/issue/${key}`)).json);
    expectValid(
      'Permissions',
      (await get('/mypermissions?permissions=BROWSE_PROJECTS&projectKey=PO')).json,
    );
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
