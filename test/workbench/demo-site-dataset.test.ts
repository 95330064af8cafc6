import { childrenOf, createDataset, createLargeDataset, DEMO_VERSIONS, issueByKey, issuesOf, levelOf, statusCategoryKeyOf, STATUS, versionByName } from '../../local/demo-site';

const TODAY = '2026-03-15';
const ds = createDataset({ today: TODAY });

/** Readiness view of a version: issues without sub-tasks, counted by status category. */
function versionCounts(name: string) {
  const issues = issuesOf(ds, { fixVersion: name }).filter((i) => levelOf(ds, i) >= 0);
  const by = (k: string) => issues.filter((i) => statusCategoryKeyOf(ds, i) === k).length;
  return {
    total: issues.length,
    done: by('done'),
    inProgress: by('indeterminate'),
    todo: by('new') + by('undefined'),
    issues,
  };
}

describe('demo dataset', () => {
  it('is deterministic for a seed and a date, and varies with the seed', () => {
    expect(createDataset({ today: TODAY })).toEqual(ds);
    expect(JSON.stringify(createDataset({ today: TODAY, seed: 7 }).issues)).not.toEqual(
      JSON.stringify(ds.issues),
    );
  });

  it('numbers keys per project in creation order, parents before children', () => {
    for (const project of ['PO', 'MOB']) {
      const keys = issuesOf(ds, { project }).map((i) => Number(i.key.split('-')[1]));
      expect(keys).toEqual(keys.map((_, n) => n + 1));
    }
    const created = ds.issues.map((i) => i.created);
    expect([...created].sort()).toEqual(created);
    for (const i of ds.issues) {
      if (!i.parentKey) continue;
      const parent = issueByKey(ds, i.parentKey)!;
      expect(parent.rank).toBeLessThan(i.rank);
      expect(levelOf(ds, parent)).toBeGreaterThan(levelOf(ds, i));
    }
  });

  it('has the hierarchy shapes SPEC §2 cares about', () => {
    const epics = issuesOf(ds, { level: 1 });
    const initiatives = issuesOf(ds, { level: 2 });
    expect(initiatives.length).toBeGreaterThanOrEqual(3);
    // An epic with no children and no parent; an initiative with an empty epic.
    expect(epics.some((e) => childrenOf(ds, e.key).length === 0 && e.parentKey === null)).toBe(
      true,
    );
    expect(
      initiatives.some((i) =>
        childrenOf(ds, i.key).some((e) => childrenOf(ds, e.key).length === 0),
      ),
    ).toBe(true);
    // Stories without a parent, and sub-tasks.
    expect(issuesOf(ds, { level: 0 }).some((i) => i.parentKey === null)).toBe(true);
    expect(issuesOf(ds, { level: -1 }).length).toBeGreaterThan(10);
    // Estimates: some missing, some zero.
    const units = issuesOf(ds, { level: 0 });
    expect(units.some((i) => i.points === null)).toBe(true);
    expect(units.some((i) => i.points === 0)).toBe(true);
    expect(units.some((i) => i.originalEstimateSeconds === null)).toBe(true);
    // A rare status with category `undefined`.
    expect(ds.issues.filter((i) => i.statusId === STATUS.triage).length).toBe(2);
  });

  it('keeps dates consistent with the as-of date', () => {
    const ts = (s: string) => s.slice(0, 10);
    for (const i of ds.issues) {
      expect(ts(i.created) <= TODAY).toBe(true);
      const done = statusCategoryKeyOf(ds, i) === 'done';
      expect(i.resolutionDate !== null).toBe(done);
      if (i.resolutionDate) {
        expect(i.resolutionDate >= i.created).toBe(true);
        expect(ts(i.resolutionDate) <= TODAY).toBe(true);
      }
    }
    const overdue = ds.issues.filter(
      (i) => i.dueDate && i.dueDate < TODAY && statusCategoryKeyOf(ds, i) !== 'done',
    );
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('tells the release stories the readiness tests rely on', () => {
    expect(versionCounts(DEMO_VERSIONS.poNearlyReady)).toMatchObject({
      total: 20,
      done: 17,
      inProgress: 2,
      todo: 1,
    });
    const nearly = versionCounts(DEMO_VERSIONS.poNearlyReady).issues;
    const resolvedIn14 = nearly.filter(
      (i) => i.resolutionDate && i.resolutionDate.slice(0, 10) > '2026-03-01',
    );
    expect(resolvedIn14).toHaveLength(17);

    const blocked = versionCounts(DEMO_VERSIONS.poBlocked);
    expect(blocked).toMatchObject({
      total: 18,
      done: 5,
      inProgress: 6,
      todo: 7,
    });
    const openBlockers = blocked.issues.filter(
      (i) => ['1', '10000'].includes(i.priorityId) && statusCategoryKeyOf(ds, i) !== 'done',
    );
    expect(openBlockers).toHaveLength(1);

    expect(versionCounts(DEMO_VERSIONS.mobAllDone)).toMatchObject({
      total: 12,
      done: 12,
    });
    expect(versionCounts(DEMO_VERSIONS.mobAtRisk)).toMatchObject({
      total: 16,
      done: 2,
      inProgress: 4,
      todo: 10,
    });
    expect(versionCounts(DEMO_VERSIONS.poEmpty).total).toBe(0);

    expect(versionByName(ds, 'PO', DEMO_VERSIONS.poPastDue)).toMatchObject({
      released: false,
      releaseDate: '2026-03-11',
    });
    expect(versionByName(ds, 'PO', DEMO_VERSIONS.poNoDate)?.releaseDate).toBeNull();
    expect(versionByName(ds, 'PO', DEMO_VERSIONS.poArchived)).toMatchObject({
      archived: true,
      released: true,
    });
    // No other unreleased version has an open blocker-priority issue.
    for (const name of [
      DEMO_VERSIONS.poNearlyReady,
      DEMO_VERSIONS.mobAllDone,
      DEMO_VERSIONS.mobAtRisk,
    ]) {
      const open = versionCounts(name).issues.filter(
        (i) => ['1', '10000'].includes(i.priorityId) && statusCategoryKeyOf(ds, i) !== 'done',
      );
      expect(open).toEqual([]);
    }
  });

  it('rejects a malformed date', () => {
    expect(() => createDataset({ today: '15/03/2026' })).toThrow(/YYYY-MM-DD/);
  });

  it('builds the large benchmark project', () => {
    const big = createLargeDataset({ today: TODAY });
    expect(issuesOf(big, { project: 'BIG', level: 0 })).toHaveLength(10_000);
    expect(issuesOf(big, { project: 'BIG', level: 1 })).toHaveLength(250);
    expect(issuesOf(big, { project: 'BIG', fixVersion: DEMO_VERSIONS.bigVersion })).toHaveLength(
      5_000,
    );
    // The demo projects are unchanged by the extra project.
    expect(issuesOf(big, { project: 'PO' }).map((i) => i.key)).toEqual(
      issuesOf(ds, { project: 'PO' }).map((i) => i.key),
    );
  });
});
