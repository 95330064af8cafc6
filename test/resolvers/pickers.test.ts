/**
 * The picker resolvers over HTTP against the demo Jira site and the Confluence stand-in: people
 * by part of a name, names for stored ids in bulk, projects and spaces as the viewing user, and
 * payloads refused with the reason.
 */
import { PICKER_KEYS as K, type Envelope, type PeopleNames, type Person, type ProjectSearchResult, type SpaceSearchResult } from '../../src/contract';
import { createJiraClient } from '../../src/jira';
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import type { AppDeps, ForgeContext } from '../../src/resolvers';
import { pickerResolvers } from '../../src/resolvers/pickers';
import { MemoryStore } from '../../src/store/memory-store';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, startDemoSite, type DemoSite } from '../../local/demo-site';
import { standInConfluenceFor, startConfluenceSite, type ConfluenceSite } from '../../local/confluence-site';

let site: DemoSite;
let wiki: ConfluenceSite;
beforeAll(async () => {
  site = await startDemoSite({ dataset: createDataset({ today: '2026-11-20' }) });
  wiki = await startConfluenceSite();
});
afterAll(async () => {
  await site.close();
  await wiki.close();
});

const users = Object.values(DEMO_USERS);
let requests: string[] = [];

function setup(withConfluence = true) {
  const deps: AppDeps = {
    jiraFor: (ctx) => {
      const user = users.find((u) => u.accountId === ctx.accountId) ?? DEMO_USERS.outsider;
      const transport = fetchTransport({ baseUrl: site.url, email: user.email, apiToken: DEMO_API_TOKEN });
      return createJiraClient({
        transport: (req) => {
          requests.push(req.path);
          return transport(req);
        },
        deadlineMs: 300,
        baseDelayMs: 10,
      });
    },
    store: new MemoryStore(),
    today: () => '2026-11-20',
    now: () => '2026-11-20T10:00:00.000Z',
    siteUrl: () => site.url,
    ...(withConfluence ? { confluenceFor: standInConfluenceFor(wiki.url) } : {}),
  };
  const handlers = pickerResolvers(deps);
  return async <T>(key: string, payload: unknown, accountId: string = DEMO_USERS.lead.accountId): Promise<Envelope<T>> =>
    (await handlers[key]!({ payload, context: { accountId, moduleKey: 'shipshape-settings' } as ForgeContext })) as Envelope<T>;
}

const data = <T>(r: Envelope<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
};

beforeEach(() => {
  requests = [];
});

describe('people picker', () => {
  it('finds people by the start of any word of their name, with avatars', async () => {
    const call = setup();
    const byFirst = data(await call<Person[]>(K.peopleSearch, { query: 'pri' }));
    expect(byFirst).toEqual([{ accountId: DEMO_USERS.lead.accountId, displayName: 'Priya Raman', avatarUrl: expect.stringMatching(/^http/) }]);
    const bySurname = data(await call<Person[]>(K.peopleSearch, { query: ' Bianchi ' }));
    expect(bySurname.map((p) => p.displayName)).toEqual(['Marco Bianchi']);
    expect(data(await call<Person[]>(K.peopleSearch, { query: 'zzz' }))).toEqual([]);
  });

  it('turns stored account ids back into names in one bulk request, listing ids Jira does not know', async () => {
    const call = setup();
    const ids = [DEMO_USERS.mobile.accountId, DEMO_USERS.lead.accountId, '5f8a1c2b3d4e5f6a7b8c9dff', DEMO_USERS.mobile.accountId];
    const names = data(await call<PeopleNames>(K.peopleNames, { accountIds: ids }));
    expect(names.people.map((p) => p.displayName)).toEqual(['Marco Bianchi', 'Priya Raman']);
    expect(names.unknown).toEqual(['5f8a1c2b3d4e5f6a7b8c9dff']);
    expect(requests).toEqual(['/rest/api/3/user/bulk']);
    requests = [];
    expect(data(await call<PeopleNames>(K.peopleNames, { accountIds: [] }))).toEqual({ people: [], unknown: [] });
    expect(requests).toEqual([]);
  });

  it('refuses a bad payload with the reason', async () => {
    const call = setup();
    const fail = async (key: string, payload: unknown) => {
      const r = await call(key, payload);
      if (r.ok) throw new Error('expected a refusal');
      return r.error;
    };
    expect(await fail(K.peopleSearch, { query: '' })).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('type part of a name') });
    expect(await fail(K.peopleSearch, { query: 42 })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await fail(K.peopleSearch, { query: 'x'.repeat(101) })).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('too long') });
    expect(await fail(K.peopleNames, { accountIds: 'abc' })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await fail(K.peopleNames, { accountIds: ['ok-id', 'not an id!'] })).toMatchObject({ message: '"not an id!" is not an Atlassian account id.' });
    expect(await fail(K.peopleNames, { accountIds: Array.from({ length: 201 }, (_, i) => `id${i}`) })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await fail(K.projectSearch, { query: 'PO', startAt: -1 })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await fail(K.projectSearch, [])).toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('project picker', () => {
  it('lists only the projects the viewer can browse, by key or name', async () => {
    const call = setup();
    const all = data(await call<ProjectSearchResult>(K.projectSearch, { query: '' }));
    expect(all.projects.map((p) => p.key).sort()).toEqual(['MOB', 'PO']);
    expect(all.nextStartAt).toBeNull();
    expect(data(await call<ProjectSearchResult>(K.projectSearch, { query: 'mobile' })).projects.map((p) => p.key)).toEqual(['MOB']);
    const marco = data(await call<ProjectSearchResult>(K.projectSearch, { query: '' }, DEMO_USERS.mobile.accountId));
    expect(marco.projects.map((p) => p.key)).toEqual(['MOB']);
    const olivia = data(await call<ProjectSearchResult>(K.projectSearch, { query: '' }, DEMO_USERS.outsider.accountId));
    expect(olivia).toEqual({ projects: [], total: 0, nextStartAt: null });
  });
});

describe('space picker', () => {
  it('lists the Confluence spaces the viewer can see, filtered by name or key', async () => {
    const call = setup();
    const all = data(await call<SpaceSearchResult>(K.spaceSearch, { query: '' }));
    expect(all.spaces.map((s) => s.name)).toEqual(['Engineering', 'Product Ops']);
    expect(data(await call<SpaceSearchResult>(K.spaceSearch, { query: 'prod' })).spaces).toEqual([{ id: '98305', key: 'PO', name: 'Product Ops' }]);
    expect(data(await call<SpaceSearchResult>(K.spaceSearch, { query: '' }, DEMO_USERS.outsider.accountId)).spaces).toEqual([]);
  });

  it('says so when the host has no Confluence', async () => {
    const r = await setup(false)(K.spaceSearch, { query: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('Confluence is not connected') } });
  });
});
