/** callJira through the client: error mapping, retries, backoff, deadline (fake clock, no real waits). */
import { createJiraClient, type JiraClient } from '../../src/jira';
import { DEFAULT_RETRY_POLICY, jiraMessages } from '../../src/jira/call-jira';
import { backoffDelay, parseRetryAfter } from '../../src/http/retry';
import { BadInputError, ForbiddenError, JiraUnavailableError, NotFoundError, RateLimitedError } from '../../src/errors';
import { fakeTime, reply, scriptedTransport, type FakeTime } from '../fixtures/fake-transport';
import type { Transport, HttpRequest, HttpResponse } from '../../src/jira/transport';

function clientFor(
  script: Array<HttpResponse | Error>,
  time: FakeTime = fakeTime(),
  extra: { deadlineMs?: number; random?: () => number } = {},
) {
  const fake = scriptedTransport(...script);
  const client: JiraClient = createJiraClient({
    transport: fake.transport,
    clock: time.clock,
    sleep: time.sleep,
    random: extra.random ?? (() => 0.5),
    ...extra,
  });
  return { client, fake, time };
}

const ME = { accountId: 'abc', displayName: 'Mia' };

describe('status → error mapping', () => {
  it('400 → BadInputError with Jira errorMessages and errors values', async () => {
    const { client } = clientFor([
      reply(400, {
        errorMessages: ["Error in the JQL Query: Expecting ')' but got the end of the query."],
        errors: { jql: 'Field "foo" does not exist.' },
      }),
    ]);
    const err = await client.searchPage('project = PO AND (', ['summary']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadInputError);
    expect((err as Error).message).toBe(`Error in the JQL Query: Expecting ')' but got the end of the query. Field "foo" does not exist.`);
  });

  it('400 without a body still says what happened', async () => {
    const { client } = clientFor([reply(400, '')]);
    await expect(client.getMyself()).rejects.toThrow(new BadInputError('Jira rejected the request as invalid.'));
  });

  it('401 (plain text body, as Jira Cloud sends it) → ForbiddenError about sign-in and app access', async () => {
    const { client, fake } = clientFor([reply(401, 'Client must be authenticated to access this resource.')]);
    const err = await client.getMyself().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForbiddenError);
    expect((err as Error).message).toMatch(/not signed in/);
    expect((err as Error).message).toMatch(/not been granted access/);
    expect(fake.requests).toHaveLength(1); // never retried
  });

  it("403 → ForbiddenError carrying Jira's reason", async () => {
    const { client } = clientFor([
      reply(403, {
        errorMessages: ['You do not have the permission to see the specified project.'],
        errors: {},
      }),
    ]);
    await expect(client.getProject('SECRET')).rejects.toThrow(
      new ForbiddenError(
        'You do not have permission to see this in Jira (403): You do not have the permission to see the specified project.',
      ),
    );
  });

  it("404 → NotFoundError with Jira's message", async () => {
    const { client } = clientFor([
      reply(404, {
        errorMessages: ["No project could be found with key 'NOPE'."],
        errors: {},
      }),
    ]);
    const err = await client.getProject('NOPE').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).code).toBe('NOT_FOUND');
    expect((err as Error).message).toBe("No project could be found with key 'NOPE'.");
  });

  it('another 4xx is an unexpected error (not retried, not one of ours)', async () => {
    const { client, fake } = clientFor([reply(405, { errorMessages: ['Method not allowed'] })]);
    const err = await client.getMyself().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('Jira answered GET /rest/api/3/myself with 405: Method not allowed.');
    expect(fake.requests).toHaveLength(1);
  });

  it('a 200 that is not JSON (cut off on the way) is retried like a 5xx', async () => {
    const { client, fake } = clientFor([reply(200, '{"accountId":"ab'), reply(200, ME)]);
    await expect(client.getMyself()).resolves.toEqual(ME);
    expect(fake.requests).toHaveLength(2);
  });

  it('a 200 that is never JSON ends as Jira unavailable, not an unexpected error', async () => {
    const { client, fake } = clientFor(Array.from({ length: 6 }, () => reply(200, '<html>login</html>')));
    const err = await client.getMyself().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraUnavailableError);
    expect((err as Error).message).toBe('Jira gave no usable answer for 8 s (6 attempts): the answer was cut off (not valid JSON).');
    expect(fake.requests).toHaveLength(6);
  });

  it('jiraMessages reads ErrorCollection, plain text, and ignores HTML', () => {
    expect(jiraMessages('{"errorMessages":["a"],"errors":{"x":"b"}}')).toEqual(['a', 'b']);
    expect(jiraMessages('{"message":"m"}')).toEqual(['m']);
    expect(jiraMessages('Unauthorized')).toEqual(['Unauthorized']);
    expect(jiraMessages('<html><body>502</body></html>')).toEqual([]);
    expect(jiraMessages('')).toEqual([]);
  });
});

describe('429 rate limiting', () => {
  it('waits Retry-After seconds (plus up to 20 % jitter), then succeeds', async () => {
    const { client, time, fake } = clientFor([
      reply(429, { errorMessages: ['Rate limit exceeded.'] }, { 'Retry-After': '3' }),
      reply(200, ME),
    ]);
    await expect(client.getMyself()).resolves.toEqual(ME);
    expect(time.sleeps).toEqual([3300]); // 3 s × (1 + 0.2 × 0.5)
    expect(fake.requests).toHaveLength(2);
  });

  it('falls back to backoff when Retry-After is absent', async () => {
    const { client, time } = clientFor([reply(429), reply(200, ME)], fakeTime(), { random: () => 0.5 });
    await client.getMyself();
    expect(time.sleeps).toEqual([250]); // 0.5 × min(8000, 500 × 2^0)
  });

  it('gives RateLimitedError when 429s outlast the attempts', async () => {
    const r = () => reply(429, '', { 'Retry-After': '1' });
    const { client, fake } = clientFor([r(), r(), r(), r(), r(), r()]);
    const err = await client.getMyself().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as Error).message).toBe('Jira kept answering 429 (rate limited) for 6 s (6 attempts). Try again in a minute.'); // 5 × 1.1 s
    expect(fake.requests).toHaveLength(6);
  });

  it('does not sleep past the deadline when Retry-After is longer than the time left', async () => {
    const { client, time } = clientFor([reply(429, '', { 'Retry-After': '30' })], fakeTime(), { deadlineMs: 10_000 });
    const err = await client.getMyself().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as Error).message).toMatch(/asked us to wait 30 s, longer than the time left/);
    expect(time.sleeps).toEqual([]);
  });

  it('parseRetryAfter reads seconds and HTTP dates', () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('5xx and network errors', () => {
  it('retries 5xx with full-jitter exponential backoff, capped', () => {
    const p = DEFAULT_RETRY_POLICY;
    for (let retry = 1; retry <= 8; retry++) {
      const ceiling = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (retry - 1));
      expect(backoffDelay(retry, p, () => 0)).toBe(0);
      expect(backoffDelay(retry, p, () => 0.999999)).toBeLessThan(ceiling);
      expect(backoffDelay(retry, p, () => 0.999999)).toBeGreaterThanOrEqual(ceiling - 1);
    }
    expect(backoffDelay(10, p, () => 0.5)).toBe(4000); // capped at 8 s
  });

  it('recovers after 503s, sleeping within the jitter bounds', async () => {
    const randoms = [0.1, 0.9, 0.6];
    const { client, time } = clientFor([reply(503), reply(500), reply(502), reply(200, ME)], fakeTime(), {
      random: () => randoms.shift() ?? 0,
    });
    await expect(client.getMyself()).resolves.toEqual(ME);
    expect(time.sleeps).toEqual([50, 900, 1200]); // ceilings 500, 1000, 2000
  });

  it('gives up with JiraUnavailableError saying how long and how often', async () => {
    const s = () => reply(503, 'Service Unavailable');
    const { client, fake } = clientFor([s(), s(), s(), s(), s(), s()], fakeTime(), { random: () => 0.999 });
    const err = await client.getMyself().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraUnavailableError);
    // sleeps ≈ 0.5 + 1 + 2 + 4 + 8 s = 15 s before the 6th attempt
    expect((err as Error).message).toBe('Jira kept answering 503 for 15 s (6 attempts).');
    expect(fake.requests).toHaveLength(6);
  });

  it('stops at the deadline, never sleeping past it (slow answers eat the budget too)', async () => {
    const time = fakeTime();
    const start = time.clock();
    const requests: HttpRequest[] = [];
    // Each answer takes 3 s; like fetchTransport, the fake aborts when the time left runs out.
    const slow503: Transport = (req) => {
      requests.push(req);
      const limit = req.timeoutMs ?? Infinity;
      time.advance(Math.min(3000, limit));
      return 3000 > limit ? Promise.reject(new Error('The operation was aborted due to timeout')) : Promise.resolve(reply(503));
    };
    const client = createJiraClient({
      transport: slow503,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 0.999,
      deadlineMs: 10_000,
      maxAttempts: 100,
    });
    const err = await client.getMyself().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraUnavailableError);
    expect(time.clock() - start).toBe(10_000);
    expect(time.sleeps).toEqual([499, 999]);
    expect((err as Error).message).toBe('Jira could not be reached for 10 s (3 attempts): The operation was aborted due to timeout');
    // The transport is told how much time is left so it can abort a hung request.
    // Each attempt gets its own timeout (8 s by default), never more than the time left.
    expect(requests.map((r) => r.timeoutMs)).toEqual([8_000, 6_501, 2_502]);
  });

  it('honours an absolute deadlineAt shared by all calls', async () => {
    const time = fakeTime();
    const fake = scriptedTransport(reply(503), reply(503));
    const client = createJiraClient({
      transport: fake.transport,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 0.999,
      deadlineAt: time.clock() + 1600,
    });
    await expect(client.getMyself()).rejects.toBeInstanceOf(JiraUnavailableError);
    // a 499 ms sleep still leaves the retry its second (MIN_ATTEMPT_MS); after 999 ms more it would not
    expect(fake.requests).toHaveLength(2);
  });

  it('retries network errors and says the site could not be reached', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED'), {
        code: 'ECONNREFUSED',
      }),
    });
    const ok = clientFor([refused, reply(200, ME)]);
    await expect(ok.client.getMyself()).resolves.toEqual(ME);

    const bad = clientFor([refused, refused], fakeTime(), { random: () => 0 });
    const client = createJiraClient({
      transport: bad.fake.transport,
      clock: bad.time.clock,
      sleep: bad.time.sleep,
      random: () => 0,
      maxAttempts: 2,
    });
    const err = await client.getMyself().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraUnavailableError);
    expect((err as Error).message).toBe('Jira could not be reached for 0 s (2 attempts): fetch failed (ECONNREFUSED)');
  });

  it('does not retry an error the transport marks final (Forge consent)', async () => {
    const consent = Object.assign(new Error('Authentication required'), {
      name: 'NEEDS_AUTHENTICATION_ERR',
      retryable: false,
    });
    const { client, fake } = clientFor([consent]);
    await expect(client.getMyself()).rejects.toBe(consent);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('per-attempt timeout (real timers, tens of milliseconds)', () => {
  const never = new Promise<never>(() => undefined);
  const stalledBody = (): HttpResponse => ({ status: 200, headers: { get: () => null }, text: () => never });

  function quick(script: Array<HttpResponse | Error | 'hang'>) {
    const requests: HttpRequest[] = [];
    const transport: Transport = (req) => {
      requests.push(req);
      const next = script[requests.length - 1] ?? new Error('no more answers');
      if (next === 'hang') return never;
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    };
    const time = fakeTime();
    const client = createJiraClient({ transport, clock: Date.now, sleep: time.sleep, random: () => 0, attemptTimeoutMs: 40, deadlineMs: 5_000 });
    return { client, requests };
  }

  it('a request that hangs is abandoned after its own timeout and retried', async () => {
    const { client, requests } = quick(['hang', reply(200, ME)]);
    await expect(client.getMyself()).resolves.toEqual(ME);
    expect(requests).toHaveLength(2);
    expect(requests[0]!.timeoutMs).toBe(40);
    expect(requests[0]!.signal?.aborted).toBe(true); // a transport that can cancel is told to
    expect(requests[1]!.signal?.aborted).toBe(false);
  });

  it('a body that stalls after the headers counts against the attempt, and is retried', async () => {
    const { client, requests } = quick([stalledBody(), stalledBody(), reply(200, ME)]);
    await expect(client.getMyself()).resolves.toEqual(ME);
    expect(requests).toHaveLength(3);
  });

  it('when every attempt hangs, the reason says so', async () => {
    const { client, requests } = quick(Array.from({ length: 6 }, () => 'hang' as const));
    const err = await client.getMyself().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraUnavailableError);
    expect((err as Error).message).toMatch(/^Jira gave no usable answer for 0 s \(6 attempts\): no complete answer within 40 ms\.$/);
    expect(requests).toHaveLength(6);
  });
});

describe('answers in an unexpected shape', () => {
  it.each([
    ['{}', {}, 'issues: expected an array, got nothing'],
    ['null', null, '(body): expected an object, got null'],
    ['an empty body', '', '(body): expected an object, got nothing'],
    ['issues that are not issues', { issues: [{ id: '1', key: 'PO-1' }, { id: 2, key: 'PO-2' }] }, 'issues[1].id: expected a string, got a number'],
    ['a status name that is not text', { issues: [{ id: '1', key: 'PO-1', fields: { status: { name: 7 } } }] }, 'issues[0].fields.status.name: expected a string, got a number'],
    ['not the last page, but no token', { issues: [], isLast: false }, 'nextPageToken: missing although isLast is false'],
  ])('a search answering %s is UNAVAILABLE (reason JIRA) naming the path, never "no issues"', async (_what, body, problem) => {
    const { client, fake } = clientFor([reply(200, body)]);
    const err = await client.searchAll('project = PO', ['summary', 'status']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JiraUnavailableError);
    expect((err as JiraUnavailableError).code).toBe('UNAVAILABLE');
    expect((err as Error).message).toBe(`Jira answered in an unexpected shape: ${problem} (POST /rest/api/3/search/jql).`);
    expect(fake.requests).toHaveLength(1);
  });

  it('extra fields and custom fields are kept, not stripped', async () => {
    const page = { issues: [{ id: '1', key: 'PO-1', expand: 'x', fields: { summary: 's', customfield_10016: 5, status: null } }], names: {}, isLast: true };
    const { client } = clientFor([reply(200, page)]);
    await expect(client.searchAll('project = PO', ['summary'])).resolves.toEqual(page.issues);
  });

  it('a version page without values is not an empty version list', async () => {
    const { client } = clientFor([reply(200, { startAt: 0, total: 3 })]);
    await expect(client.getProjectVersions('PO')).rejects.toThrow('Jira answered in an unexpected shape: values: expected an array, got nothing (GET /rest/api/3/project/PO/version).');
  });
});

describe('shapes for endpoints other branches call', () => {
  it('mypermissions and JQL suggestions need their maps and lists', async () => {
    const { permissions, autocompleteSuggestions } = await import('../../src/jira/schemas');
    expect(permissions.problem({ permissions: { ADMINISTER: { key: 'ADMINISTER', havePermission: true } } }, '(body)')).toBeNull();
    expect(permissions.problem({}, '(body)')).toEqual({ path: 'permissions', message: 'expected an object, got nothing' });
    expect(permissions.problem({ permissions: { ADMINISTER: { havePermission: 'yes' } } }, '(body)')).toEqual({
      path: 'permissions.ADMINISTER.havePermission',
      message: 'expected true or false, got a string',
    });
    expect(autocompleteSuggestions.problem({ results: [{ value: 'Highest', displayName: '<b>High</b>est' }] }, '(body)')).toBeNull();
    expect(autocompleteSuggestions.problem(null, '(body)')).toEqual({ path: '(body)', message: 'expected an object, got null' });
  });
});
