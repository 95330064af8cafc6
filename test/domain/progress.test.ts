import { computeIssueProgress, computeParentChain } from '../../src/domain/progress';
import { computeRoadmap } from '../../src/domain/roadmap';
import { anIssue } from './builders';

const asOf = '2026-11-20';

test('an epic: units beneath it and each direct child its own roll-up', () => {
  const epic = anIssue({ key: 'PO-1', level: 1, status: 'inprogress' });
  const desc = [
    anIssue({ key: 'PO-2', parent: 'PO-1', status: 'done', points: 3 }),
    anIssue({ key: 'PO-3', parent: 'PO-1', status: 'inprogress', points: 5 }),
    anIssue({ key: 'PO-4', level: -1, parent: 'PO-3', status: 'done', points: 1 }),
    anIssue({ key: 'PO-5', level: -1, parent: 'PO-1' }),
  ];
  const p = computeIssueProgress(epic, desc, 'points', asOf);
  expect(p).toMatchObject({
    asOf,
    weight: 'points',
    issue: { key: 'PO-1', issueType: 'Epic', hierarchyLevel: 1, statusName: 'In Progress', statusCategory: 'inprogress' },
    work: { total: 8, done: 3, inProgress: 5, todo: 0 },
    percentDone: 37.5,
    units: 2,
    unestimated: 0,
    hasChildren: true,
  });
  expect(p.children.map((c) => [c.key, c.work.total, c.percentDone, c.ownUnit, c.countsTowardParent])).toEqual([
    ['PO-2', 3, 100, true, true],
    ['PO-3', 5, 0, true, true],
    ['PO-5', 4, 0, true, false], // sub-task: its own roll-up (imputed mean 4), not part of the epic's numbers
  ]);
  // same numbers as a one-item roadmap
  const r = computeRoadmap({ jql: 'key = PO-1', weight: 'points', asOf, items: [epic], descendants: desc });
  expect(p.work).toEqual(r.items[0]!.work);
  expect(p.percentDone).toBe(r.items[0]!.percentDone);
});

test('an initiative: children epics roll up their stories; an empty epic adds nothing and says so', () => {
  const init = anIssue({ key: 'PO-1', level: 2 });
  const desc = [
    anIssue({ key: 'PO-2', level: 1, parent: 'PO-1' }),
    anIssue({ key: 'PO-3', parent: 'PO-2', status: 'done' }),
    anIssue({ key: 'PO-4', parent: 'PO-2' }),
    anIssue({ key: 'PO-5', level: 1, parent: 'PO-1', status: 'done' }), // empty epic
  ];
  const p = computeIssueProgress(init, desc, 'count', asOf);
  expect(p.work).toEqual({ total: 2, done: 1, inProgress: 0, todo: 1 });
  expect(p.children.map((c) => [c.key, c.units, c.work.total, c.percentDone, c.ownUnit, c.countsTowardParent])).toEqual([
    ['PO-2', 2, 2, 50, false, true],
    ['PO-5', 1, 1, 100, true, false],
  ]);
});

test('a story with no level-0 descendant is its own unit (hasChildren false)', () => {
  const story = anIssue({ key: 'PO-9', status: 'done' });
  const p = computeIssueProgress(story, [anIssue({ key: 'PO-10', level: -1, parent: 'PO-9' })], 'count', asOf);
  expect(p).toMatchObject({ hasChildren: false, units: 1, work: { total: 1, done: 1, inProgress: 0, todo: 0 }, percentDone: 100 });
  expect(p.children).toHaveLength(1);
  expect(p.children[0]!.countsTowardParent).toBe(false);
});

test('an issue with nothing beneath: itself, no children', () => {
  const p = computeIssueProgress(anIssue({ key: 'PO-1', level: 1 }), [], 'count', asOf);
  expect(p).toMatchObject({ hasChildren: false, units: 1, children: [], percentDone: 0 });
});

describe('computeParentChain', () => {
  // PO-1 initiative → PO-2 epic → PO-4 story (with sub-task PO-5); PO-3 an empty epic; PO-6 a story under PO-1 directly
  const init = anIssue({ key: 'PO-1', level: 2, due: '2026-12-31' });
  const epic = anIssue({ key: 'PO-2', level: 1, parent: 'PO-1' });
  const empty = anIssue({ key: 'PO-3', level: 1, parent: 'PO-1' });
  const story = anIssue({ key: 'PO-4', parent: 'PO-2', status: 'done', points: 3, resolved: '2026-11-10' });
  const other = anIssue({ key: 'PO-7', parent: 'PO-2', status: 'inprogress', points: null });
  const sub = anIssue({ key: 'PO-5', level: -1, parent: 'PO-4' });
  const direct = anIssue({ key: 'PO-6', parent: 'PO-1', points: 5 });
  const beneathInit = [epic, empty, story, other, direct];

  test('each ancestor is rolled up on its own, nearest first, with its own imputation', () => {
    const chain = computeParentChain(story, [epic, init], beneathInit, 'points', asOf);
    expect(chain.map((a) => [a.key, a.work, a.units, a.unestimated, a.imputedWeight, a.includesIssue])).toEqual([
      ['PO-2', { total: 6, done: 3, inProgress: 3, todo: 0 }, 2, 1, 3, true],
      ['PO-1', { total: 12, done: 3, inProgress: 4, todo: 5 }, 3, 1, 4, true],
    ]);
    expect(chain[1]!.percentDone).toBe(25);
    expect(chain[1]!.forecast).toMatchObject({ state: 'offTrack', resolvedInWindow: 1, remainingUnits: 2, daysNeeded: 56, daysToDue: 41 });
    // the same numbers as the ancestor's own panel
    const own = computeIssueProgress(init, beneathInit, 'points', asOf);
    expect(chain[1]!.work).toEqual(own.work);
  });

  test('a sub-task counts through its work item; an empty epic is not part of its initiative', () => {
    const viaSub = computeParentChain(sub, [story, epic, init], beneathInit, 'count', asOf);
    expect(viaSub.map((a) => [a.key, a.ownUnit, a.units, a.includesIssue])).toEqual([
      ['PO-4', true, 1, true],
      ['PO-2', false, 2, true],
      ['PO-1', false, 3, true],
    ]);
    const viaEmpty = computeParentChain(empty, [init], beneathInit, 'count', asOf);
    expect(viaEmpty.map((a) => [a.key, a.units, a.includesIssue])).toEqual([['PO-1', 3, false]]);
  });
});
