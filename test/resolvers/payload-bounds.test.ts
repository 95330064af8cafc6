/**
 * Every resolver key bounds its payload before walking it: a payload nested 5,000 deep or holding
 * millions of values is a clear BAD_INPUT, never an UNEXPECTED (stack overflow) or a hang.
 */
import { buildHandlers } from '../../src/resolvers';
import { MemoryStore } from '../../src/store/memory-store';
import { COMPETENCY_KEYS } from '../../src/contract';

function nested(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = { levels: [v] };
  return v;
}

const handlers = buildHandlers({
  store: new MemoryStore(),
  today: () => '2026-01-01',
  now: () => '2026-01-01T00:00:00.000Z',
  siteUrl: () => 'https://acme.atlassian.net',
  jiraFor: () => {
    throw new Error('no Jira: the bound must answer before any Jira call');
  },
});
const context = { accountId: '5f8a1c2b3d4e5f6a7b8c9d11', cloudId: 'c1', moduleKey: 'shipshape-competency' };

describe('resolver payload bounds (one check at the entry, for every key)', () => {
  const keys = Object.keys(handlers);

  it('covers every key', () => {
    expect(keys.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['a framework nested 5,000 deep', { framework: nested(5000) }, 'nested more than 32 levels deep'],
    ['a payload nested 100,000 deep', nested(100_000), 'nested more than 32 levels deep'],
    ['300,000 values', { jql: 'x', list: Array.from({ length: 300_000 }, () => 1) }, 'more than 200,000 values'],
    ['3 MB of text', { jql: 'x'.repeat(3_000_000) }, 'more than 2,500,000 characters'],
  ])('%s is BAD_INPUT naming the bound, for every key', async (_what, payload, why) => {
    for (const key of keys) {
      const r = await handlers[key]!({ payload, context });
      expect(r).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining(why) } });
      if (!r.ok) expect(r.error.message.length).toBeLessThan(120);
    }
  });

  it('an uploaded framework text nested 5,000 deep is a validation problem at the root, not a crash', async () => {
    let text = '"x"';
    for (let i = 0; i < 5000; i++) text = `{"levels":[${text}]}`;
    const r = await handlers[COMPETENCY_KEYS.frameworkValidate]!({ payload: { text }, context });
    expect(r).toMatchObject({ ok: true, data: { ok: false, errors: [{ path: '(root)', message: expect.stringContaining('nested more than 32 levels deep') }] } });
  });

  it('real payloads pass: the default framework round-trips through validate', async () => {
    const got = await handlers[COMPETENCY_KEYS.frameworkGet]!({ payload: {}, context });
    expect(got.ok).toBe(true);
    const framework = (got as { data: { framework: unknown } }).data.framework;
    const r = await handlers[COMPETENCY_KEYS.frameworkValidate]!({ payload: { framework }, context });
    expect(r).toMatchObject({ ok: true, data: { ok: true } });
  });
});

describe('messages quote at most a short prefix of any input', () => {
  const huge = 'L'.repeat(1_048_576);
  const fields = ['level', 'levelId', 'from', 'to', 'category', 'query', 'currentLevel', 'targetLevel', 'person', 'projectKey', 'versionId', 'version', 'issueKey', 'itemKey', 'jql', 'checkId', 'spaceKey', 'asOf', 'weight', 'groupBy', 'currentLevelSince'];

  it('a 1 MB value in any field of any key comes back as a short message', async () => {
    const payload = Object.fromEntries(fields.map((f) => [f, huge]));
    for (const key of Object.keys(handlers)) {
      const r = await handlers[key]!({ payload, context });
      if (!r.ok) expect({ key, short: r.error.message.length < 400 }).toEqual({ key, short: true });
    }
  });

  it('a 1 MB level name in an assessment is named by its first characters and its length', async () => {
    const r = await handlers[COMPETENCY_KEYS.assessmentSaveMine]!({
      payload: { person: 'A', currentLevel: huge, currentLevelSince: '2024-01-01', targetLevel: 'PO2', demonstrated: [] },
      context,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BAD_INPUT');
      expect(r.error.message).toContain(`"${'L'.repeat(60)}"… (1,048,576 characters)`);
      expect(r.error.message.length).toBeLessThan(300);
    }
  });
});

