import {
  callConfluence,
  ConfluenceError,
  confluenceSegment,
  createConfluenceClient,
  isDuplicateTitle,
  nextCursor,
  toPathAndQuery,
  type HttpRequest,
  type ConfluenceTransport,
} from '../../src/confluence';
import { route } from '@forge/api';
import { toErrorBody } from '../../src/errors';
import { anything, type Shape } from '../../src/http/shape';
import type { CallOptions } from '../../src/confluence/call';
import { request } from '../fixtures/fake-transport';

interface Scripted {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A transport answering from a script, recording every request. */
function scripted(...answers: Array<Scripted | Error>): ConfluenceTransport & { calls: HttpRequest[] } {
  const calls: HttpRequest[] = [];
  const t = (async (req: HttpRequest) => {
    calls.push(req);
    const a = answers.length > 1 ? answers.shift()! : answers[0]!;
    if (a instanceof Error) throw a;
    const text = a.body === undefined ? '' : typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
    const headers = new Map(Object.entries(a.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    return { status: a.status, headers: { get: (n: string) => headers.get(n.toLowerCase()) ?? null }, text: async () => text };
  }) as ConfluenceTransport & { calls: HttpRequest[] };
  t.calls = calls;
  return t;
}

const v2Error = (status: number, code: string, title: string) => ({ errors: [{ status, code, title, detail: null }] });
const fast = { sleep: async () => undefined, baseDelayMs: 1 };
const GET: HttpRequest = request('GET', route`/wiki/api/v2/pages/1`);
/** callConfluence for tests about statuses and retries: any JSON body is fine. */
const callAny = <T = unknown>(t: ConfluenceTransport, req: HttpRequest, opts?: CallOptions) =>
  callConfluence<T>(t, req, anything as Shape<T>, opts);

describe('callConfluence error mapping', () => {
  const cases: Array<[number, string, RegExp]> = [
    [400, 'BAD_INPUT', /refused the request\. Confluence said: A page with this title already exists/],
    [401, 'FORBIDDEN', /did not accept the credentials \(401\)/],
    [403, 'FORBIDDEN', /do not have permission .* \(403\)/],
    [404, 'NOT_FOUND', /no such space or page, or you cannot see it \(404\)/],
    [409, 'CONFLICT', /changed the page at the same time \(409\).*Current Version is: 3/],
    [429, 'RATE_LIMITED', /rate limiting/],
    [503, 'UNAVAILABLE', /Confluence is unavailable \(503\) after retrying/],
  ];
  it.each(cases)('%i → a ConfluenceError with code %s', async (status, code, message) => {
    const title = status === 409 ? 'Version must be incremented on update. Current Version is: 3' : 'A page with this title already exists: A page already exists with the same TITLE in this space';
    const t = scripted({ status, body: v2Error(status, 'X', title), headers: status === 429 ? { 'Retry-After': '0' } : {} });
    const err = await callAny(t, GET, fast).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfluenceError);
    expect((err as ConfluenceError).info.status).toBe(status);
    expect(toErrorBody(err).code).toBe(code);
    // Which product failed is said by reason, never left to the message.
    if (status === 429 || status >= 500) expect(toErrorBody(err).reason).toBe('CONFLUENCE');
    expect((err as Error).message).toMatch(message);
  });

  it('reads plain-text and `{ message }` bodies too', async () => {
    const a = (await callAny(scripted({ status: 401, body: 'Client must be authenticated' }), GET, fast).catch((e: unknown) => e)) as Error;
    expect(a.message).toContain('Client must be authenticated');
    const b = (await callAny(scripted({ status: 403, body: { message: 'scope does not match' } }), GET, fast).catch((e: unknown) => e)) as Error;
    expect(b.message).toContain('scope does not match');
  });

  it('retries 429 after Retry-After, then succeeds', async () => {
    const waits: number[] = [];
    const t = scripted({ status: 429, headers: { 'Retry-After': '2' }, body: v2Error(429, 'TOO_MANY_REQUESTS', 'Rate limit exceeded.') }, { status: 200, body: { id: '1' } });
    const res = await callAny<{ id: string }>(t, request('POST', route`/wiki/api/v2/pages`, { body: {} }), { sleep: async (ms) => void waits.push(ms), random: () => 0.5 });
    expect(res.data.id).toBe('1');
    expect(waits).toEqual([2200]); // Retry-After, plus up to 20% so parallel callers do not return together
    expect(t.calls).toHaveLength(2);
  });

  it('a Retry-After that leaves no time for the retry is rate limited at once, not slept and then timed out', async () => {
    let clock = 0;
    const waits: number[] = [];
    const t = scripted({ status: 429, headers: { 'Retry-After': '19.5' }, body: v2Error(429, 'TOO_MANY_REQUESTS', 'Rate limit exceeded.') }, { status: 200, body: { id: '1' } });
    const opts = { sleep: async (ms: number) => void (waits.push(ms), (clock += ms)), nowMs: () => clock, budgetMs: 20_000, random: () => 0 };
    await expect(callAny(t, GET, opts)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(waits).toEqual([]);
    expect(t.calls).toHaveLength(1);
  });

  it('retries 5xx and network failures for GET and PUT with backoff, up to maxAttempts', async () => {
    const waits: number[] = [];
    const t = scripted({ status: 502 }, new Error('socket hang up'), { status: 200, body: { ok: 1 } });
    await expect(callAny(t, GET, { sleep: async (ms) => void waits.push(ms), baseDelayMs: 100, random: () => 0.5 })).resolves.toMatchObject({ data: { ok: 1 } });
    expect(waits).toEqual([50, 100]); // full jitter: uniform below 100, then below 200
    const always = scripted({ status: 500 });
    await expect(callAny(always, request('PUT', route`/wiki/api/v2/pages/1`, { body: {} }), { ...fast, maxAttempts: 3 })).rejects.toMatchObject({ code: 'UNAVAILABLE', reason: 'CONFLUENCE' });
    expect(always.calls).toHaveLength(3);
  });

  it('never retries a POST on 5xx or a network failure (a repeat could create a second page)', async () => {
    const t = scripted({ status: 503 }, { status: 200, body: {} });
    await expect(callAny(t, request('POST', route`/wiki/api/v2/pages`, { body: {} }), fast)).rejects.toMatchObject({ code: 'UNAVAILABLE', reason: 'CONFLUENCE' });
    expect(t.calls).toHaveLength(1);
    const n = scripted(new Error('ECONNRESET'));
    await expect(callAny(n, request('POST', route`/wiki/api/v2/pages`, { body: {} }), fast)).rejects.toThrow(/could not be reached: ECONNRESET/);
    expect(n.calls).toHaveLength(1);
  });

  it('stops retrying when the time budget is spent', async () => {
    let clock = 0;
    const t = scripted({ status: 503 });
    const err = await callAny(t, GET, { sleep: async (ms) => void (clock += ms), nowMs: () => clock, budgetMs: 1000, baseDelayMs: 400, maxAttempts: 10, random: () => 0.999 }).catch((e) => e);
    expect(err).toMatchObject({ code: 'UNAVAILABLE', reason: 'CONFLUENCE' });
    expect(t.calls.length).toBeLessThanOrEqual(3);
  });

  it('recognises Confluence\'s duplicate-title refusal', async () => {
    const err = await callAny(
      scripted({ status: 400, body: v2Error(400, 'BAD_REQUEST', 'A page with this title already exists: A page already exists with the same TITLE in this space') }),
      GET,
      fast,
    ).catch((e) => e);
    expect(isDuplicateTitle(err)).toBe(true);
    expect(isDuplicateTitle(new Error('x'))).toBe(false);
  });
});

describe('paths and pagination', () => {
  it('encodes dynamic segments and refuses traversal', () => {
    expect(route`/wiki/api/v2/pages/${confluenceSegment('12/x?y#z')}`.value).toBe('/wiki/api/v2/pages/12%2Fx%3Fy%23z');
    expect(() => confluenceSegment('12/../../admin')).toThrow(/not a valid Confluence id/);
    expect(() => confluenceSegment('..')).toThrow(/not a valid Confluence id/);
    expect(() => toPathAndQuery('/rest/api/3/myself')).toThrow(/unsafe Confluence path/);
    expect(toPathAndQuery('/wiki/api/v2/pages', { 'space-id': ['1', '2'], title: 'A & B', cursor: undefined })).toBe('/wiki/api/v2/pages?space-id=1%2C2&title=A+%26+B');
  });

  it('reads the cursor from _links.next or a Link header', () => {
    expect(nextCursor('/wiki/api/v2/pages?space-id=1&cursor=abc%3D&limit=25')).toBe('abc=');
    expect(nextCursor('</wiki/api/v2/spaces?cursor=xyz>; rel="next", <https://x/wiki>; rel="base"')).toBe('xyz');
    expect(nextCursor(undefined)).toBeUndefined();
  });

  it('follows cursors across pages when finding pages by title', async () => {
    const page = (id: string) => ({ id, title: 'T', spaceId: '9', status: 'current', version: { number: 2 }, _links: { webui: `/spaces/X/pages/${id}` } });
    const t = scripted(
      { status: 200, body: { results: [page('1')], _links: { next: '/wiki/api/v2/pages?cursor=c2', base: 'https://acme.atlassian.net/wiki' } } },
      { status: 200, body: { results: [page('2'), { ...page('3'), title: 'T2' }], _links: { base: 'https://acme.atlassian.net/wiki' } } },
    );
    const client = createConfluenceClient(t, fast);
    const found = await client.findPagesByTitle('9', 'T');
    expect(found.map((p) => [p.id, p.version, p.url])).toEqual([
      ['1', 2, 'https://acme.atlassian.net/wiki/spaces/X/pages/1'],
      ['2', 2, 'https://acme.atlassian.net/wiki/spaces/X/pages/2'],
    ]);
    expect(t.calls[0]!.query).toMatchObject({ 'space-id': ['9'], title: 'T' });
    expect(t.calls[1]!.query).toMatchObject({ cursor: 'c2' });
  });

  it('sends create and update bodies in the v2 shapes', async () => {
    const t = scripted({ status: 200, body: { id: '5', title: 'T', spaceId: '9', status: 'current', version: { number: 4 } } });
    const client = createConfluenceClient(t, fast);
    await client.createPage({ spaceId: '9', title: 'T', parentId: '3', storage: '<p>x</p>' });
    await client.updatePage({ id: '5', title: 'T', storage: '<p>y</p>', version: 4, message: 'm' });
    expect(t.calls[0]).toMatchObject({
      method: 'POST',
      path: '/wiki/api/v2/pages',
      body: { spaceId: '9', status: 'current', title: 'T', parentId: '3', body: { representation: 'storage', value: '<p>x</p>' } },
    });
    expect(t.calls[1]).toMatchObject({
      method: 'PUT',
      path: '/wiki/api/v2/pages/5',
      body: { id: '5', status: 'current', title: 'T', body: { representation: 'storage', value: '<p>y</p>' }, version: { number: 4, message: 'm' } },
    });
  });
});

describe('answers that are not what Confluence sends', () => {
  const page = { id: '1', title: 'T', spaceId: '9', status: 'current', version: { number: 2 } };

  it.each([
    ['{}', {}, 'results: expected an array, got nothing'],
    ['null', null, '(body): expected an object, got null'],
    ['a space without a key', { results: [{ id: '1', name: 'PO' }] }, 'results[0].key: expected a string, got nothing'],
  ])('a space list answering %s is unavailable naming the field, not "no such space"', async (_what, body, problem) => {
    const client = createConfluenceClient(scripted({ status: 200, body }), fast);
    const err = await client.getSpaceByKey('PO').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'UNAVAILABLE', reason: 'CONFLUENCE' });
    expect(toErrorBody(err)).toMatchObject({ code: 'UNAVAILABLE', reason: 'CONFLUENCE' });
    expect((err as Error).message).toBe(`Confluence answered in an unexpected shape: ${problem} (GET /wiki/api/v2/spaces).`);
  });

  it('a page body cut off is retried for GET, and unavailable for POST (never a second create)', async () => {
    const get = scripted({ status: 200, body: '{"id":"1","tit' }, { status: 200, body: page });
    await expect(createConfluenceClient(get, fast).getPage('1')).resolves.toMatchObject({ id: '1', version: 2 });
    expect(get.calls).toHaveLength(2);
    const post = scripted({ status: 200, body: '{"id":"1","tit' });
    const err = await createConfluenceClient(post, fast)
      .createPage({ spaceId: '9', title: 'T', storage: '<p/>' })
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe('Confluence answered 200 with a body cut off (not valid JSON)');
    expect(post.calls).toHaveLength(1);
  });

  it('an attempt that hangs is abandoned after its own timeout and retried', async () => {
    let n = 0;
    const calls: HttpRequest[] = [];
    const hangOnce: ConfluenceTransport = (req) => {
      calls.push(req);
      if (++n === 1) return new Promise(() => undefined);
      return Promise.resolve({ status: 200, headers: { get: () => null }, text: async () => JSON.stringify(page) });
    };
    await expect(createConfluenceClient(hangOnce, { ...fast, attemptTimeoutMs: 30 }).getPage('1')).resolves.toMatchObject({ id: '1' });
    expect(calls).toHaveLength(2);
    expect(calls[0]!.signal?.aborted).toBe(true);
  });
});
