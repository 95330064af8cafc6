/**
 * The issue panel's resolver over HTTP against the demo site, as different viewers. Expected
 * numbers are derived from the dataset here (SPEC §2: level-0 descendants at all depths, by
 * status category), never copied from an answer.
 */
import type { IssueProgress } from '../../src/contract';
import { buildHandlers } from '../../src/resolvers';
import { MemoryStore } from '../../src/store/memory-store';
import { createWorkbenchDeps } from '../../src/workbench/deps';
import {
  childrenOf,
  createDataset,
  DEMO_API_TOKEN,
  DEMO_USERS,
  issuesOf,
  levelOf,
  startDemoSite,
  statusCategoryKeyOf,
  type Dataset,
  type DemoIssue,
  type DemoSite,
} from '../../src/workbench/demo-site';

const TODAY = '2026-11-23';
let site: DemoSite;
let ds: Dataset;
let handlers: ReturnType<typeof buildHandlers>;

beforeAll(async () => {
  ds = createDataset({ seed: 42, today: TODAY });
  site = await startDemoSite({ dataset: ds });
  const users = Object.values(DEMO_USERS);
  handlers = buildHandlers(
    createWorkbenchDeps({
      jira: (accountId) => ({
        baseUrl: site.url,
        email: users.find((u) => u.accountId === accountId)?.email ?? 'nobody@example.com',
        apiToken: DEMO_API_TOKEN,
      }),
      store: new MemoryStore(),
      today: () => TODAY,
    }),
  );
});
afterAll(() => site.close());

const asUser = (accountId: string, payload: unknown) =>
  handlers['issue-progress']({ payload, context: { accountId, extension: { type: 'jira:issuePanel' } } });

function levelZeroBeneath(key: string): DemoIssue[] {
  const out: DemoIssue[] = [];
  const walk = (k: string) => {
    for (const c of childrenOf(ds, k)) {
      if (levelOf(ds, c) === 0) out.push(c);
      if (levelOf(ds, c) > 0) walk(c.key);
    }
  };
  walk(key);
  return out;
}

describe('issue-progress resolver', () => {
  it('rolls up every epic of PO exactly as the dataset implies', async () => {
    const epics = issuesOf(ds, { project: 'PO', level: 1 });
    expect(epics.length).toBeGreaterThan(3);
    let withChildren = 0;
    for (const epic of epics) {
      const res = await asUser(DEMO_USERS.lead.accountId, { issueKey: epic.key });
      if (!res.ok) throw new Error(res.error.message);
      const data = res.data as IssueProgress;
      const units = levelZeroBeneath(epic.key);
      if (units.length === 0) {
        expect(data.hasChildren).toBe(false);
        expect(data.work.total).toBe(1);
        continue;
      }
      withChildren++;
      const by = (k: string) => units.filter((u) => statusCategoryKeyOf(ds, u) === k).length;
      expect(data.hasChildren).toBe(true);
      expect(data.work).toEqual({
        total: units.length,
        done: by('done'),
        inProgress: by('indeterminate'),
        todo: units.length - by('done') - by('indeterminate'),
      });
      expect(data.children.map((c) => c.key).sort()).toEqual(childrenOf(ds, epic.key).map((c) => c.key).sort());
      expect(data.siteUrl).toBe(site.url);
    }
    expect(withChildren).toBeGreaterThan(2);
  });

  it('counts an initiative through its epics, all levels down', async () => {
    const initiative = issuesOf(ds, { project: 'PO', level: 2 }).find((i) => levelZeroBeneath(i.key).length > 0)!;
    const res = await asUser(DEMO_USERS.lead.accountId, { issueKey: initiative.key });
    expect(res.ok && (res.data as IssueProgress).units).toBe(levelZeroBeneath(initiative.key).length);
  });

  it('reads as the viewer: a user who cannot browse PO gets the envelope error, not the data', async () => {
    const epic = issuesOf(ds, { project: 'PO', level: 1 })[0];
    const res = await asUser(DEMO_USERS.mobile.accountId, { issueKey: epic.key });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('NOT_FOUND');
      expect(res.error.message).toMatch(/not exist|permission/i);
    }
  });

  it('validates its payload', async () => {
    for (const payload of [{ issueKey: 'DROP TABLE' }, { issueKey: 12 }, { issueKey: 'PO-1', weight: 'heavy' }, { issueKey: 'PO-1', asOf: '2026-02-30' }, 'PO-1']) {
      const res = await asUser(DEMO_USERS.lead.accountId, payload);
      expect(res).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: expect.any(String) } });
    }
  });

  it('falls back to the issue in the Forge context', async () => {
    const epic = issuesOf(ds, { project: 'MOB', level: 1 })[0];
    const res = await handlers['issue-progress']({
      payload: {},
      context: { accountId: DEMO_USERS.mobile.accountId, extension: { type: 'jira:issuePanel', issue: { key: epic.key } } },
    });
    expect(res.ok && (res.data as IssueProgress).issue.key).toBe(epic.key);
  });
});
