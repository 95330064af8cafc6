/** The Confluence v2 stand-in itself: shapes, and the refusals that make "never duplicates" mean something. */
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are read loosely */
import { DEMO_API_TOKEN, DEMO_USERS } from '../../local/demo-site/model';
import { DUPLICATE_TITLE_MESSAGE, startConfluenceSite, xhtmlProblem, type ConfluenceSite } from '../../local/confluence-site';

let site: ConfluenceSite;
beforeAll(async () => {
  site = await startConfluenceSite();
});
afterAll(async () => {
  await site.close();
});

const auth = (email: string = DEMO_USERS.lead.email) => `Basic ${Buffer.from(`${email}:${DEMO_API_TOKEN}`).toString('base64')}`;

async function call(method: string, path: string, body?: unknown, email?: string): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(`${site.url}${path}`, {
    method,
    headers: { Authorization: auth(email), Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers };
}

const po = () => site.spaces().find((s) => s.key === 'PO')!;

describe('Confluence v2 stand-in', () => {
  it('answers GET /spaces?keys= as MultiEntityResult<SpaceBulk>', async () => {
    const { status, json } = await call('GET', '/wiki/api/v2/spaces?keys=PO,ENG');
    expect(status).toBe(200);
    expect(json.results.map((s: { key: string }) => s.key)).toEqual(['PO', 'ENG']);
    expect(json.results[0]).toMatchObject({ id: po().id, key: 'PO', name: 'Product Ops', type: 'global', status: 'current', homepageId: po().homepageId, _links: { webui: '/spaces/PO' } });
    expect(json._links.base).toBe(`${site.url}/wiki`);
  });

  it('requires Basic auth with a demo user and the demo token', async () => {
    const res = await fetch(`${site.url}/wiki/api/v2/spaces`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ errors: [{ status: 401, code: 'UNAUTHORIZED', title: expect.any(String), detail: null }] });
    const wrong = await fetch(`${site.url}/wiki/api/v2/spaces`, { headers: { Authorization: `Basic ${Buffer.from(`${DEMO_USERS.lead.email}:nope`).toString('base64')}` } });
    expect(wrong.status).toBe(401);
  });

  it('creates a page (PageSingle with version 1 and _links.base) under the homepage by default', async () => {
    const { status, json } = await call('POST', '/wiki/api/v2/pages', { spaceId: po().id, status: 'current', title: 'Site test A', body: { representation: 'storage', value: '<p>Hello &amp; welcome</p>' } });
    expect(status).toBe(200);
    expect(json).toMatchObject({ title: 'Site test A', spaceId: po().id, status: 'current', parentId: po().homepageId, parentType: 'page', version: { number: 1 }, body: { storage: { representation: 'storage', value: '<p>Hello &amp; welcome</p>' } } });
    expect(json._links.base).toBe(`${site.url}/wiki`);
    expect(json._links.webui).toBe(`/spaces/PO/pages/${json.id}/Site%2Btest%2BA`);
  });

  it('refuses a second page with the same title in a space, with Confluence\'s error body', async () => {
    const first = await call('POST', '/wiki/api/v2/pages', { spaceId: po().id, title: 'Only once', body: { representation: 'storage', value: '<p>1</p>' } });
    expect(first.status).toBe(200);
    const second = await call('POST', '/wiki/api/v2/pages', { spaceId: po().id, title: 'Only once', body: { representation: 'storage', value: '<p>2</p>' } });
    expect(second.status).toBe(400);
    expect(second.json).toEqual({ errors: [{ status: 400, code: 'BAD_REQUEST', title: DUPLICATE_TITLE_MESSAGE, detail: null }] });
    expect(site.pages().filter((p) => p.title === 'Only once')).toHaveLength(1);
    // Another space may have the same title.
    const eng = site.spaces().find((s) => s.key === 'ENG')!;
    expect((await call('POST', '/wiki/api/v2/pages', { spaceId: eng.id, title: 'Only once', body: { representation: 'storage', value: '<p>3</p>' } })).status).toBe(200);
    // Renaming another page onto the title is refused too.
    const other = await call('POST', '/wiki/api/v2/pages', { spaceId: po().id, title: 'Other', body: { representation: 'storage', value: '<p/>' } });
    const rename = await call('PUT', `/wiki/api/v2/pages/${other.json.id}`, { id: other.json.id, status: 'current', title: 'Only once', body: { representation: 'storage', value: '<p/>' }, version: { number: 2 } });
    expect(rename.status).toBe(400);
  });

  it('refuses an update whose version is not the current one plus one (409), and applies the right one', async () => {
    const { json: page } = await call('POST', '/wiki/api/v2/pages', { spaceId: po().id, title: 'Versioned', body: { representation: 'storage', value: '<p>v1</p>' } });
    const put = (n: number, value: string) =>
      call('PUT', `/wiki/api/v2/pages/${page.id}`, { id: page.id, status: 'current', title: 'Versioned', body: { representation: 'storage', value }, version: { number: n, message: 'm' } });
    const stale = await put(1, '<p>stale</p>');
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({ errors: [{ status: 409, code: 'CONFLICT', title: 'Version must be incremented on update. Current Version is: 1', detail: null }] });
    expect((await put(3, '<p>skip</p>')).status).toBe(409);
    const ok = await put(2, '<p>v2</p>');
    expect(ok.status).toBe(200);
    expect(ok.json.version).toMatchObject({ number: 2, message: 'm' });
    expect((await put(2, '<p>again</p>')).status).toBe(409);
    const got = await call('GET', `/wiki/api/v2/pages/${page.id}?body-format=storage`);
    expect(got.json).toMatchObject({ version: { number: 2 }, body: { storage: { value: '<p>v2</p>' } } });
  });

  it('finds pages by space and title, with cursor pagination', async () => {
    for (let i = 0; i < 3; i++) await call('POST', '/wiki/api/v2/pages', { spaceId: po().id, title: `Paged ${i}`, body: { representation: 'storage', value: '' } });
    const byTitle = await call('GET', `/wiki/api/v2/pages?space-id=${po().id}&title=${encodeURIComponent('Paged 1')}`);
    expect(byTitle.json.results.map((p: { title: string }) => p.title)).toEqual(['Paged 1']);
    expect(byTitle.json.results[0].body).toEqual({});
    const first = await call('GET', `/wiki/api/v2/spaces/${po().id}/pages?limit=2`);
    expect(first.json.results).toHaveLength(2);
    expect(first.json._links.next).toMatch(/cursor=/);
    expect(first.headers.get('link')).toMatch(/rel="next"/);
    const second = await call('GET', first.json._links.next);
    expect(second.json.results[0].id).not.toBe(first.json.results[0].id);
    expect((await call('GET', '/wiki/api/v2/pages?space-id=PO')).status).toBe(400);
  });

  it('hides spaces from users without access, and refuses writes where the user may only read', async () => {
    const outsider = await call('GET', '/wiki/api/v2/spaces?keys=PO', undefined, DEMO_USERS.outsider.email);
    expect(outsider.json.results).toEqual([]);
    const eng = site.spaces().find((s) => s.key === 'ENG')!;
    const mobile = await call('POST', '/wiki/api/v2/pages', { spaceId: eng.id, title: 'Mobile page', body: { representation: 'storage', value: '' } }, DEMO_USERS.mobile.email);
    expect(mobile.status).toBe(404);
    expect(mobile.json.errors[0]).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('refuses storage format that is not well formed, and bad requests', async () => {
    const bad = await call('POST', '/wiki/api/v2/pages', { spaceId: po().id, title: 'Broken', body: { representation: 'storage', value: '<p>Tom & Jerry</p>' } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].title).toMatch(/Error parsing xhtml: a bare "&"/);
    expect((await call('POST', '/wiki/api/v2/pages', { title: 'No space' })).status).toBe(400);
    expect((await call('POST', '/wiki/api/v2/pages', { spaceId: po().id, body: { representation: 'storage', value: '' } })).status).toBe(400);
    expect((await call('PUT', '/wiki/api/v2/pages/999999999', { id: '999999999', status: 'current', title: 'x', body: { representation: 'storage', value: '' }, version: { number: 2 } })).status).toBe(404);
  });

  it('checks XHTML well-formedness like Confluence', () => {
    expect(xhtmlProblem('<p>a &amp; b <strong>c</strong></p><ac:link><ri:page ri:content-title="x &quot;y&quot;" /></ac:link>')).toBeNull();
    expect(xhtmlProblem('<p><![CDATA[a < b & c]]></p>')).toBeNull();
    expect(xhtmlProblem('<p><b>x</p></b>')).toMatch(/closes <b>/);
    expect(xhtmlProblem('<p>x')).toMatch(/never closed/);
    expect(xhtmlProblem('<p>1 < 2</p>')).toMatch(/malformed tag/);
    expect(xhtmlProblem('<a href=x>y</a>')).toMatch(/malformed tag/);
  });

  it('injects faults for retry tests', async () => {
    site.injectFaults({ status: 429, count: 1, retryAfterSeconds: 0 });
    const limited = await call('GET', '/wiki/api/v2/spaces');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('0');
    expect((await call('GET', '/wiki/api/v2/spaces')).status).toBe(200);
  });
});
