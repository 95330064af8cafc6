/** Path and query building, and the two transports (fetch with a fake fetch, Forge with the @forge/api stand-in). */
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import { forgeTransport } from '../../src/jira/forge-transport';
import { createJiraClient } from '../../src/jira';
import type { HttpResponse } from '../../src/jira/transport';
import { route } from '@forge/api';
import { assertSafePath, jiraSegment, toPathAndQuery } from '../../src/jira/transport';
import { BadInputError } from '../../src/errors';
import { forgeApi } from '../fixtures/forge-api-mock';
import { reply, request } from '../fixtures/fake-transport';

jest.mock('@forge/api', () => jest.requireActual<typeof import('../fixtures/forge-api-mock')>('../fixtures/forge-api-mock').forgeApiModule);

describe('jiraSegment / toPathAndQuery', () => {
  it('encodes each dynamic segment, so it stays one segment', () => {
    expect(route`/rest/api/3/project/${jiraSegment('PO')}/version`.value).toBe('/rest/api/3/project/PO/version');
    expect(route`/rest/api/3/issue/${jiraSegment('A/B?x=1#y')}`.value).toBe('/rest/api/3/issue/A%2FB%3Fx%3D1%23y');
    for (const bad of ['..', '../../admin', '.', '']) expect(() => jiraSegment(bad)).toThrow(BadInputError);
  });

  it('encodes query values, joins lists with commas, and drops undefined', () => {
    expect(
      toPathAndQuery('/rest/api/3/issue/PO-1', {
        fields: ['summary', 'customfield_10016'],
        expand: undefined,
        jql: 'a = "b c" & d',
        n: 5,
        b: true,
      }),
    ).toBe('/rest/api/3/issue/PO-1?fields=summary%2Ccustomfield_10016&jql=a+%3D+%22b+c%22+%26+d&n=5&b=true');
    expect(toPathAndQuery('/rest/api/3/myself')).toBe('/rest/api/3/myself');
  });

  it('refuses paths outside /rest/ or with traversal', () => {
    expect(() => assertSafePath('/rest/api/3/../../admin')).toThrow(/unsafe/);
    expect(() => assertSafePath('/rest/api/3/issue/%2e%2e/x')).toThrow(/unsafe/);
    expect(() => assertSafePath('/wiki/api/v2/pages')).toThrow(/unsafe/);
    expect(() => assertSafePath('/rest/api/3/issue/PO-1?fields=x')).toThrow(/unsafe/);
    expect(() => assertSafePath('/rest/api/3/issue/..%2Fadmin')).not.toThrow();
  });
});

describe('fetchTransport', () => {
  it('sends basic auth, JSON headers and body to baseUrl + path + query', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fakeFetch = ((url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(
        new Response('{"ok":true}', {
          status: 200,
          headers: { 'Retry-After': '2' },
        }),
      );
    }) as unknown as typeof fetch;
    const t = fetchTransport({
      baseUrl: 'https://acme.atlassian.net/',
      email: 'mia@acme.test',
      apiToken: 'tok',
      fetch: fakeFetch,
    });
    const res = await t(request('POST', route`/rest/api/3/search/jql`, { query: { a: 'x y' }, body: { jql: 'project = PO' }, timeoutMs: 500 }));
    expect(res.status).toBe(200);
    expect(res.headers.get('retry-after')).toBe('2');
    await expect(res.text()).resolves.toBe('{"ok":true}');
    expect(calls[0]?.url).toBe('https://acme.atlassian.net/rest/api/3/search/jql?a=x+y');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{"jql":"project = PO"}');
    expect(calls[0]?.init.headers).toEqual({
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Basic ${Buffer.from('mia@acme.test:tok').toString('base64')}`,
    });
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('sends no body or Content-Type on GET', async () => {
    let init: RequestInit | undefined;
    const fakeFetch = ((_url: string, i: RequestInit) => {
      init = i;
      return Promise.resolve(new Response('[]'));
    }) as unknown as typeof fetch;
    await fetchTransport({
      baseUrl: 'http://x',
      email: 'e',
      apiToken: 't',
      fetch: fakeFetch,
    })(request('GET', route`/rest/api/3/field`));
    expect(init?.body).toBeUndefined();
    expect(init?.headers).not.toHaveProperty('Content-Type');
  });
});

describe('forgeTransport', () => {
  beforeEach(() => forgeApi.reset());

  it('calls requestJira as the user with the endpoint\'s route and its query added by route', async () => {
    forgeApi.answers.push(reply(200, { accountId: 'a' }));
    const res = await forgeTransport()(request('GET', route`/rest/api/3/issue/${jiraSegment('PO-1')}`, { query: { fields: ['summary', 'status'] } }));
    expect(res.status).toBe(200);
    expect(forgeApi.calls).toEqual([
      {
        as: 'user',
        product: 'jira',
        url: '/rest/api/3/issue/PO-1?fields=summary%2Cstatus',
        isRoute: true,
        init: {
          method: 'GET',
          headers: { Accept: 'application/json' },
          body: undefined,
        },
      },
    ]);
  });

  it('sends JSON bodies', async () => {
    forgeApi.answers.push(reply(200, { issues: [] }));
    await forgeTransport()(request('POST', route`/rest/api/3/search/jql`, { body: { jql: 'x' } }));
    expect(forgeApi.calls[0]?.init).toEqual({
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
      },
      body: '{"jql":"x"}',
    });
  });

  it("passes Forge's consent error through untouched, marked not retryable", async () => {
    const consent = Object.assign(new Error('Authentication required'), {
      name: 'NEEDS_AUTHENTICATION_ERR',
    });
    forgeApi.answers.push(consent);
    const err = await forgeTransport()(request('GET', route`/rest/api/3/myself`)).catch((e: unknown) => e);
    expect(err).toBe(consent);
    expect(err).toHaveProperty('retryable', false);
  });

  it('refuses an unsafe path before calling Forge', async () => {
    await expect(forgeTransport()(request('GET', '/rest/api/3/../admin'))).rejects.toThrow(/unsafe/);
    await expect(forgeTransport()(request('GET', route`/wiki/api/v2/pages`))).rejects.toThrow(/unsafe Jira path/);
    expect(forgeApi.calls).toHaveLength(0);
  });

  it('Forge takes no AbortSignal, yet a hung request or a stalled body is abandoned after the attempt timeout and retried', async () => {
    const never = new Promise<never>(() => undefined);
    const hung = { then: (_ok: unknown, _fail: unknown) => undefined } as unknown as HttpResponse; // requestJira never settles
    const stalled: HttpResponse = { status: 200, headers: { get: () => null }, text: () => never };
    forgeApi.answers.push(hung, stalled, reply(200, { accountId: 'a' }));
    const client = createJiraClient({ transport: forgeTransport(), attemptTimeoutMs: 40, sleep: async () => undefined, random: () => 0 });
    await expect(client.getMyself()).resolves.toEqual({ accountId: 'a' });
    expect(forgeApi.calls).toHaveLength(3);
  });
});

