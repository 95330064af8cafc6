/**
 * The issue panel's resolver over HTTP against the demo site, as different viewers. Expected
 * numbers are derived from the dataset here (SPEC §2: level-0 descendants at all depths, by
 * status category), never copied from an answer.
 */
import type { IssueProgress } from '../../src/contract';
import { buildHandlers } from '../../src/resolvers';
import { MemoryStore } from '../../src/store/memory-store';
import { createWorkbenchDeps } from '../../local/workbench/deps';
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
} from '../../local/demo-site';
import { expectedRoadmap, itemsAt } from '../services/roadmap-expected';

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

  it('weights by story points as the dataset implies (unestimated units count as the mean of the estimated ones)', async () => {
    const epics = itemsAt(ds, 'PO', 1).filter((e) => levelZeroBeneath(e.key).length > 0);
    let imputed = 0;
    for (const epic of epics) {
      const res = await asUser(DEMO_USERS.lead.accountId, { issueKey: epic.key, weight: 'points' });
      if (!res.ok) throw new Error(res.error.message);
      const data = res.data as IssueProgress;
      const want = expectedRoadmap(ds, [epic], 'points', TODAY).items[0]!;
      expect(data.weight).toBe('points');
      for (const k of ['total', 'done', 'inProgress', 'todo'] as const) expect(data.work[k]).toBeCloseTo(want.work[k], 9);
      expect(data.percentDone).toBe(want.percentDone);
      expect(data.unestimated).toBe(want.unestimated);
      if (want.unestimated > 0) imputed++;
      // switching the weighting changes the sums, never which units count
      const byCount = await asUser(DEMO_USERS.lead.accountId, { issueKey: epic.key, weight: 'count' });
      expect(byCount.ok && (byCount.data as IssueProgress).units).toBe(data.units);
    }
    expect(imputed).toBeGreaterThan(0); // the dataset has unestimated units, so the note has something to say
  });

  it('an issue with no children gets its parent chain, each ancestor rolled up as the dataset implies, read level by level', async () => {
    const ancestorsOf = (issue: DemoIssue): DemoIssue[] => {
      const out: DemoIssue[] = [];
      for (let k = issue.parentKey; k; k = ds.issues.find((i) => i.key === k)?.parentKey ?? null) out.push(ds.issues.find((i) => i.key === k)!);
      return out;
    };
    const childless = ds.issues.filter((i) => i.projectKey === 'PO' && levelOf(ds, i) === 0 && childrenOf(ds, i.key).length === 0);
    const deep = childless.filter((i) => ancestorsOf(i).length >= 2).slice(0, 4);
    const subtask = ds.issues.find((i) => i.projectKey === 'PO' && levelOf(ds, i) === -1 && ancestorsOf(i).length >= 3)!;
    expect(deep.length).toBeGreaterThan(1);
    expect(subtask).toBeDefined();
    for (const weight of ['count', 'points'] as const) {
      for (const issue of [...deep, subtask]) {
        site.stats.reset();
        const res = await asUser(DEMO_USERS.lead.accountId, { issueKey: issue.key, weight });
        if (!res.ok) throw new Error(res.error.message);
        const data = res.data as IssueProgress;
        const ancestors = ancestorsOf(issue);
        expect(data.hasChildren).toBe(false);
        expect(data.parentChain.map((a) => a.key)).toEqual(ancestors.map((a) => a.key));
        for (const [i, a] of ancestors.entries()) {
          const want = expectedRoadmap(ds, [a], weight, TODAY).items[0]!;
          const got = data.parentChain[i]!;
          expect([got.key, got.units, got.unestimated, got.percentDone]).toEqual([a.key, want.units, want.unestimated, want.percentDone]);
          for (const k of ['total', 'done', 'inProgress', 'todo'] as const) expect(got.work[k]).toBeCloseTo(want.work[k], 9);
          expect(got.includesIssue).toBe(true);
          expect(got.forecast.method).toMatch(/Throughput/);
        }
        // Batched: one GET per issue on the chain, and one search per level (and page) beneath the top.
        const top = ancestors[ancestors.length - 1]!;
        const beneathTop = ds.issues.filter((i) => ancestorsOf(i).some((x) => x.key === top.key)).length;
        const byPath = site.stats.byPath;
        const gets = Object.entries(byPath).filter(([p]) => p.startsWith('/rest/api/3/issue/')).reduce((n, [, c]) => n + c, 0);
        expect(gets).toBe(1 + ancestors.length);
        expect(byPath['/rest/api/3/search/jql'] ?? 0).toBeLessThanOrEqual(2 + ancestors.length + Math.ceil(beneathTop / 100));
      }
    }
  });

  it('lists a work item’s direct sub-tasks as children that do not count, in the same one search', async () => {
    const story = ds.issues.find((i) => i.projectKey === 'PO' && levelOf(ds, i) === 0 && childrenOf(ds, i.key).length >= 2)!;
    expect(story).toBeDefined();
    const subtasks = childrenOf(ds, story.key);
    expect(subtasks.every((c) => levelOf(ds, c) === -1)).toBe(true);
    site.stats.reset();
    const res = await asUser(DEMO_USERS.lead.accountId, { issueKey: story.key, weight: 'count' });
    if (!res.ok) throw new Error(res.error.message);
    const data = res.data as IssueProgress;
    // SPEC §2: sub-tasks are never units; the story is its own single unit.
    expect([data.hasChildren, data.units, data.work.total]).toEqual([false, 1, 1]);
    expect(data.children.map((c) => c.key).sort()).toEqual(subtasks.map((c) => c.key).sort());
    for (const c of data.children) expect([c.hierarchyLevel, c.countsTowardParent]).toEqual([-1, false]);
    // One `parent in (…)` search for the story's children, one per level under the top ancestor; no per-issue reads.
    const ancestors = (() => {
      const out: string[] = [];
      for (let k = story.parentKey; k; k = ds.issues.find((i) => i.key === k)?.parentKey ?? null) out.push(k);
      return out;
    })();
    const gets = Object.entries(site.stats.byPath).filter(([p]) => p.startsWith('/rest/api/3/issue/')).reduce((n, [, c]) => n + c, 0);
    expect(gets).toBe(1 + ancestors.length);
  });

  it('has no parent chain for an issue with children of its own, or with no parent', async () => {
    const epic = itemsAt(ds, 'PO', 1).find((e) => levelZeroBeneath(e.key).length > 0)!;
    const orphan = ds.issues.find((i) => i.projectKey === 'PO' && levelOf(ds, i) === 0 && !i.parentKey && childrenOf(ds, i.key).length === 0)!;
    for (const issue of [epic, orphan]) {
      const res = await asUser(DEMO_USERS.lead.accountId, { issueKey: issue.key });
      expect(res.ok && (res.data as IssueProgress).parentChain).toEqual([]);
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
