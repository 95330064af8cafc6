/** callJira through the client: error mapping, retries, backoff, deadline (fake clock, no real waits). */
import { createJiraClient, type JiraClient } from '../../src/jira';
import { backoffDelay, DEFAULT_RETRY_POLICY, jiraMessages, parseRetryAfter } from '../../src/jira/call-jira';
import { BadInputError, ForbiddenError, JiraUnavailableError, NotFoundError, RateLimitedError } from '../../src/errors';
import { fakeTime, reply, scriptedTransport, type FakeTime } from '../fixtures/fake-transport';
import type { Transport, TransportRequest, TransportResponse } from '../../src/jira/transport';

function clientFor(
  script: Array<TransportResponse | Error>,
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

  it('a 200 that is not JSON is an unexpected error', async () => {
    const { client } = clientFor([reply(200, '<html>login</html>')]);
    await expect(client.getMyself()).rejects.toThrow(/not JSON/);
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
  it('waits Retry-After seconds, then succeeds', async () => {
    const { client, time, fake } = clientFor([
      reply(429, { errorMessages: ['Rate limit exceeded.'] }, { 'Retry-After': '3' }),
      reply(200, ME),
    ]);
    await expect(client.getMyself()).resolves.toEqual(ME);
    expect(time.sleeps).toEqual([3000]);
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
    expect((err as Error).message).toBe('Jira kept answering 429 (rate limited) for 5 s (6 attempts). Try again in a minute.');
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
    const requests: TransportRequest[] = [];
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
    expect(requests.map((r) => r.timeoutMs)).toEqual([10_000, 6_501, 2_502]);
  });

  it('honours an absolute deadlineAt shared by all calls', async () => {
    const time = fakeTime();
    const fake = scriptedTransport(reply(503), reply(503));
    const client = createJiraClient({
      transport: fake.transport,
      clock: time.clock,
      sleep: time.sleep,
      random: () => 0.999,
      deadlineAt: time.clock() + 600,
    });
    await expect(client.getMyself()).rejects.toBeInstanceOf(JiraUnavailableError);
    expect(fake.requests).toHaveLength(2); // 499 ms sleep fits, 999 ms does not
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
