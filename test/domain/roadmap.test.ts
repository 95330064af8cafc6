import { computeRoadmap, notDoneOnTime, resolveReport, type RoadmapInput } from '../../src/domain/roadmap';
import { viewFromRead } from '../../src/services/roadmap';
import { DomainInputError } from '../../src/domain/errors';
import type { Issue } from '../../src/domain/types';
import { anIssue } from './builders';

const asOf = '2026-11-20';
const run = (items: Issue[], descendants: Issue[], o: Partial<RoadmapInput> = {}) =>
  computeRoadmap({ jql: 'project = PO AND issuetype = Epic', weight: 'count', asOf, items, descendants, ...o });

describe('computeRoadmap: SPEC §5 shape', () => {
  test('one epic with three stories, counted', () => {
    const epic = anIssue({ key: 'PO-1', level: 1, summary: 'Payments', status: 'inprogress', due: '2026-12-31' });
    const kids = [
      anIssue({ key: 'PO-2', parent: 'PO-1', status: 'done' }),
      anIssue({ key: 'PO-3', parent: 'PO-1', status: 'inprogress' }),
      anIssue({ key: 'PO-4', parent: 'PO-1', status: 'todo' }),
    ];
    const r = run([epic], kids);
    expect({ asOf: r.asOf, weight: r.weight, jql: r.jql, notDoneOnTime: r.notDoneOnTime }).toEqual({
      asOf,
      weight: 'count',
      jql: 'project = PO AND issuetype = Epic',
      notDoneOnTime: [],
    });
    expect(r.totals).toMatchObject({
      items: 1,
      itemsDone: 0,
      work: { total: 3, done: 1, inProgress: 1, todo: 1 },
      percentDone: 33.3,
      unestimated: 0,
    });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      key: 'PO-1',
      summary: 'Payments',
      statusCategory: 'inprogress',
      dueDate: '2026-12-31',
      work: { total: 3, done: 1, inProgress: 1, todo: 1 },
      percentDone: 33.3,
      unestimated: 0,
      // extras
      units: 3,
      ownUnit: false,
      issueType: 'Epic',
      hierarchyLevel: 1,
      statusName: 'In Progress',
    });
    expect(r.items[0]!.unitKeys.map((u) => [u.key, u.weight, u.imputed, u.statusCategory])).toEqual([
      ['PO-2', 1, false, 'done'],
      ['PO-3', 1, false, 'inprogress'],
      ['PO-4', 1, false, 'todo'],
    ]);
    // every SPEC §5 name is present
    for (const k of ['asOf', 'weight', 'jql', 'totals', 'items', 'notDoneOnTime']) expect(r).toHaveProperty(k);
    for (const k of ['items', 'itemsDone', 'work', 'percentDone', 'unestimated']) expect(r.totals).toHaveProperty(k);
    for (const k of ['key', 'summary', 'statusCategory', 'dueDate', 'work', 'percentDone', 'unestimated']) expect(r.items[0]).toHaveProperty(k);
  });

  test('items keep JQL order; itemsDone counts items whose own status is done', () => {
    const a = anIssue({ key: 'PO-9', level: 1, status: 'done' });
    const b = anIssue({ key: 'PO-3', level: 1, status: 'todo' });
    const c = anIssue({ key: 'PO-5', level: 1, status: 'done' });
    // PO-3's stories are all done but the epic itself is not: not counted in itemsDone
    const r = run([a, b, c], [anIssue({ key: 'PO-30', parent: 'PO-3', status: 'done' })]);
    expect(r.items.map((i) => i.key)).toEqual(['PO-9', 'PO-3', 'PO-5']);
    expect(r.totals.itemsDone).toBe(2);
    expect(r.totals.items).toBe(3);
  });

  test('bad as-of or weight is a domain input error', () => {
    expect(() => run([], [], { asOf: '2026-02-30' })).toThrow(DomainInputError);
    expect(() => run([], [], { weight: 'hours' as never })).toThrow(/Weight must be one of count, points, time/);
  });

  test('an empty report', () => {
    const r = run([], []);
    expect(r.totals).toMatchObject({ items: 0, itemsDone: 0, work: { total: 0, done: 0, inProgress: 0, todo: 0 }, percentDone: 0, unestimated: 0 });
    expect(r.items).toEqual([]);
  });
});

describe('work units (SPEC §2)', () => {
  test('units are level-0 descendants at all depths; epics between are not units', () => {
    const init = anIssue({ key: 'PO-1', level: 2 });
    const desc = [
      anIssue({ key: 'PO-2', level: 1, parent: 'PO-1', status: 'done' }),
      anIssue({ key: 'PO-3', parent: 'PO-2', status: 'done' }),
      anIssue({ key: 'PO-4', parent: 'PO-2' }),
      anIssue({ key: 'PO-5', parent: 'PO-1', status: 'inprogress' }), // story directly under initiative
    ];
    const r = run([init], desc);
    expect(r.items[0]!.unitKeys.map((u) => u.key).sort()).toEqual(['PO-3', 'PO-4', 'PO-5']);
    expect(r.items[0]!.work).toEqual({ total: 3, done: 1, inProgress: 1, todo: 1 });
  });

  test('sub-tasks are never units (under a story or directly under an epic)', () => {
    const epic = anIssue({ key: 'PO-1', level: 1 });
    const desc = [
      anIssue({ key: 'PO-2', parent: 'PO-1', status: 'done' }),
      anIssue({ key: 'PO-3', level: -1, parent: 'PO-2' }),
      anIssue({ key: 'PO-4', level: -1, parent: 'PO-1' }),
    ];
    const r = run([epic], desc);
    expect(r.items[0]!.units).toBe(1);
    expect(r.items[0]!.work).toEqual({ total: 1, done: 1, inProgress: 0, todo: 0 });
    expect(r.items[0]!.percentDone).toBe(100);
  });

  test('an item with only sub-tasks beneath is its own unit', () => {
    const epic = anIssue({ key: 'PO-1', level: 1, status: 'inprogress' });
    const r = run([epic], [anIssue({ key: 'PO-2', level: -1, parent: 'PO-1', status: 'done' })]);
    expect(r.items[0]).toMatchObject({ units: 1, ownUnit: true, work: { total: 1, done: 0, inProgress: 1, todo: 0 } });
  });

  test('an item without children is its own single unit, whatever its level (sub-task included)', () => {
    const items = [
      anIssue({ key: 'PO-1', level: 1, status: 'done' }),
      anIssue({ key: 'PO-2', level: 0, status: 'inprogress' }),
      anIssue({ key: 'PO-3', level: 3, status: 'todo' }),
      anIssue({ key: 'PO-4', level: -1, status: 'done' }),
    ];
    const r = run(items, []);
    expect(r.items.map((i) => [i.key, i.units, i.ownUnit, i.work.total])).toEqual([
      ['PO-1', 1, true, 1],
      ['PO-2', 1, true, 1],
      ['PO-3', 1, true, 1],
      ['PO-4', 1, true, 1],
    ]);
    expect(r.totals.work).toEqual({ total: 4, done: 2, inProgress: 1, todo: 1 });
    expect(r.totals.percentDone).toBe(50);
  });

  test('an empty epic under a matched initiative adds nothing', () => {
    const init = anIssue({ key: 'PO-1', level: 2 });
    const desc = [
      anIssue({ key: 'PO-2', level: 1, parent: 'PO-1' }), // empty epic
      anIssue({ key: 'PO-3', level: 1, parent: 'PO-1' }),
      anIssue({ key: 'PO-4', parent: 'PO-3', status: 'done' }),
    ];
    const r = run([init], desc);
    expect(r.items[0]!.work).toEqual({ total: 1, done: 1, inProgress: 0, todo: 0 });
  });

  test('an initiative whose only epic is empty is its own unit', () => {
    const init = anIssue({ key: 'PO-1', level: 2, status: 'inprogress' });
    const r = run([init], [anIssue({ key: 'PO-2', level: 1, parent: 'PO-1', status: 'done' })]);
    expect(r.items[0]).toMatchObject({ ownUnit: true, units: 1, work: { total: 1, done: 0, inProgress: 1, todo: 0 } });
  });

  test('totals count each unit once when an initiative and its epic both match', () => {
    const init = anIssue({ key: 'PO-1', level: 2 });
    const epic = anIssue({ key: 'PO-2', level: 1, parent: 'PO-1' });
    const desc = [
      epic,
      anIssue({ key: 'PO-3', parent: 'PO-2', status: 'done' }),
      anIssue({ key: 'PO-4', parent: 'PO-2' }),
      anIssue({ key: 'PO-5', parent: 'PO-1', status: 'done' }),
    ];
    const r = run([init, epic], desc);
    expect(r.items[0]!.work.total).toBe(3);
    expect(r.items[1]!.work.total).toBe(2);
    expect(r.totals.work).toEqual({ total: 3, done: 2, inProgress: 0, todo: 1 });
    expect(r.totals.units).toBe(3);
  });

  test('the same works when the matched epic is only in items, not in descendants', () => {
    const init = anIssue({ key: 'PO-1', level: 2 });
    const epic = anIssue({ key: 'PO-2', level: 1, parent: 'PO-1' });
    const r = run([init, epic], [anIssue({ key: 'PO-3', parent: 'PO-2' })]);
    expect(r.items.map((i) => i.work.total)).toEqual([1, 1]);
    expect(r.totals.work.total).toBe(1);
  });

  test('a story matched alongside its epic is one unit in the totals', () => {
    const epic = anIssue({ key: 'PO-1', level: 1 });
    const story = anIssue({ key: 'PO-2', parent: 'PO-1', status: 'done' });
    const r = run([epic, story], [story, anIssue({ key: 'PO-3', parent: 'PO-1' })]);
    expect(r.items[1]).toMatchObject({ key: 'PO-2', ownUnit: true, units: 1 });
    expect(r.totals.work).toEqual({ total: 2, done: 1, inProgress: 0, todo: 1 });
  });

  test('duplicate items (same key twice) appear once', () => {
    const epic = anIssue({ key: 'PO-1', level: 1 });
    const r = run([epic, { ...epic }, anIssue({ key: 'PO-7', level: 1 })], [anIssue({ key: 'PO-2', parent: 'PO-1' }), anIssue({ key: 'PO-2', parent: 'PO-1' })]);
    expect(r.items.map((i) => i.key)).toEqual(['PO-1', 'PO-7']);
    expect(r.totals.items).toBe(2);
    expect(r.items[0]!.units).toBe(1);
    expect(r.totals.work.total).toBe(2);
  });

  test('cycles in parent links do not hang', () => {
    const a = anIssue({ key: 'PO-1', level: 1, parent: 'PO-3' });
    const desc = [
      anIssue({ key: 'PO-2', level: 1, parent: 'PO-1' }),
      anIssue({ key: 'PO-3', level: 1, parent: 'PO-2' }),
      anIssue({ key: 'PO-4', parent: 'PO-3', status: 'done' }),
      anIssue({ key: 'PO-5', parent: 'PO-5' }), // self-parent
    ];
    const r = run([a, desc[3]!], desc);
    expect(r.items[0]!.unitKeys.map((u) => u.key)).toEqual(['PO-4']);
    expect(r.items[1]).toMatchObject({ key: 'PO-5', ownUnit: true });
  });
});

describe('weights and imputation (SPEC §2)', () => {
  test('points: unestimated units weigh the mean of distinct estimated units, zeros included', () => {
    const e1 = anIssue({ key: 'PO-1', level: 1 });
    const e2 = anIssue({ key: 'PO-10', level: 1 });
    const desc = [
      anIssue({ key: 'PO-2', parent: 'PO-1', points: 3, status: 'done' }),
      anIssue({ key: 'PO-3', parent: 'PO-1', points: 0 }),
      anIssue({ key: 'PO-4', parent: 'PO-1', points: null, status: 'inprogress' }),
      anIssue({ key: 'PO-11', parent: 'PO-10', points: 5 }),
    ];
    // mean of 3, 0, 5 = 8/3
    const r = run([e1, e2], desc, { weight: 'points' });
    expect(r.totals.imputedWeight).toBeCloseTo(8 / 3, 12);
    expect(r.items[0]!.work.total).toBeCloseTo(3 + 0 + 8 / 3, 12);
    expect(r.items[0]!.work.inProgress).toBeCloseTo(8 / 3, 12);
    expect(r.items[0]!.unestimated).toBe(1);
    expect(r.items[1]!.unestimated).toBe(0);
    expect(r.totals.unestimated).toBe(1);
    expect(r.items[0]!.unitKeys.find((u) => u.key === 'PO-4')).toMatchObject({ imputed: true, estimate: null });
    expect(r.items[0]!.unitKeys.find((u) => u.key === 'PO-3')).toMatchObject({ imputed: false, estimate: 0, weight: 0 });
  });

  test('a unit reached by two items is counted once in the mean and in unestimated', () => {
    const init = anIssue({ key: 'PO-1', level: 2 });
    const epic = anIssue({ key: 'PO-2', level: 1, parent: 'PO-1' });
    const desc = [
      epic,
      anIssue({ key: 'PO-3', parent: 'PO-2', points: 10 }),
      anIssue({ key: 'PO-4', parent: 'PO-2', points: null }),
      anIssue({ key: 'PO-5', parent: 'PO-1', points: 4 }),
    ];
    // distinct estimated: 10, 4 → mean 7 (not (10+10+4)/3)
    const r = run([init, epic], desc, { weight: 'points' });
    expect(r.totals.imputedWeight).toBe(7);
    expect(r.totals.work.total).toBe(21);
    expect(r.totals.unestimated).toBe(1);
    expect(r.items[0]!.unestimated).toBe(1);
    expect(r.items[1]!.unestimated).toBe(1);
  });

  test('items that are their own unit take part in the mean', () => {
    const lone = anIssue({ key: 'PO-1', level: 1, points: 8 });
    const epic = anIssue({ key: 'PO-2', level: 1 });
    const r = run([lone, epic], [anIssue({ key: 'PO-3', parent: 'PO-2' })], { weight: 'points' });
    expect(r.totals.imputedWeight).toBe(8);
    expect(r.items[1]!.work.total).toBe(8);
    expect(r.totals.work.total).toBe(16);
  });

  test('an epic with its own estimate but stories beneath does not count its estimate', () => {
    const epic = anIssue({ key: 'PO-1', level: 1, points: 100 });
    const r = run([epic], [anIssue({ key: 'PO-2', parent: 'PO-1', points: 2 })], { weight: 'points' });
    expect(r.totals.work.total).toBe(2);
  });

  test('none estimated: every unit weighs 1', () => {
    const epic = anIssue({ key: 'PO-1', level: 1 });
    const desc = [anIssue({ key: 'PO-2', parent: 'PO-1', status: 'done' }), anIssue({ key: 'PO-3', parent: 'PO-1' })];
    const r = run([epic], desc, { weight: 'points' });
    expect(r.totals.imputedWeight).toBe(1);
    expect(r.totals.work).toEqual({ total: 2, done: 1, inProgress: 0, todo: 0 + 1 });
    expect(r.totals.unestimated).toBe(2);
    expect(r.totals.percentDone).toBe(50);
  });

  test('all zero estimates: total 0 and percentDone 0.0', () => {
    const epic = anIssue({ key: 'PO-1', level: 1 });
    const desc = [
      anIssue({ key: 'PO-2', parent: 'PO-1', points: 0, status: 'done' }),
      anIssue({ key: 'PO-3', parent: 'PO-1', points: null }), // imputed as mean 0
    ];
    const r = run([epic], desc, { weight: 'points' });
    expect(r.totals.imputedWeight).toBe(0);
    expect(r.totals.work).toEqual({ total: 0, done: 0, inProgress: 0, todo: 0 });
    expect(r.totals.percentDone).toBe(0);
    expect(r.totals.unestimated).toBe(1);
  });

  test('time uses original estimate seconds, not rounded; count ignores estimates', () => {
    const epic = anIssue({ key: 'PO-1', level: 1 });
    const desc = [
      anIssue({ key: 'PO-2', parent: 'PO-1', seconds: 3600, points: 99, status: 'done' }),
      anIssue({ key: 'PO-3', parent: 'PO-1', seconds: 1800 }),
      anIssue({ key: 'PO-4', parent: 'PO-1', seconds: null }),
    ];
    const t = run([epic], desc, { weight: 'time' });
    expect(t.totals.work).toEqual({ total: 3600 + 1800 + 2700, done: 3600, inProgress: 0, todo: 4500 });
    expect(t.totals.percentDone).toBe(44.4);
    expect(t.totals.unestimated).toBe(1);
    const c = run([epic], desc, { weight: 'count' });
    expect(c.totals.work.total).toBe(3);
    expect(c.totals.unestimated).toBe(0);
    expect(c.totals.imputedWeight).toBeNull();
  });

  test('non-integer sums are not rounded', () => {
    const epic = anIssue({ key: 'PO-1', level: 1 });
    const desc = [anIssue({ key: 'PO-2', parent: 'PO-1', points: 0.5 }), anIssue({ key: 'PO-3', parent: 'PO-1', points: 0.25, status: 'done' })];
    const r = run([epic], desc, { weight: 'points' });
    expect(r.totals.work.total).toBe(0.75);
    expect(r.totals.percentDone).toBe(33.3);
  });

  test('3 of 16 done rounds 18.75 up to 18.8', () => {
    const epic = anIssue({ key: 'PO-1', level: 1 });
    const desc = Array.from({ length: 16 }, (_, i) => anIssue({ key: `PO-${i + 2}`, parent: 'PO-1', status: i < 3 ? 'done' : 'todo' }));
    const r = run([epic], desc);
    expect(r.items[0]!.percentDone).toBe(18.8);
    expect(r.totals.percentDone).toBe(18.8);
  });
});

describe('not done on time (SPEC §2)', () => {
  test('overdue = not done and due before as-of; oldest first; ties in JQL order; due == as-of is not overdue', () => {
    const items = [
      anIssue({ key: 'PO-1', level: 1, due: '2026-11-19' }),
      anIssue({ key: 'PO-2', level: 1, due: asOf }), // due today: not overdue
      anIssue({ key: 'PO-3', level: 1, due: '2026-10-01', status: 'done' }), // done
      anIssue({ key: 'PO-4', level: 1, due: '2026-10-01', status: 'inprogress' }),
      anIssue({ key: 'PO-5', level: 1, due: null }),
      anIssue({ key: 'PO-6', level: 1, due: '2026-11-19' }),
      anIssue({ key: 'PO-0', level: 1, due: '2026-11-19' }),
      anIssue({ key: 'PO-7', level: 1, due: '2026-12-01' }),
    ];
    const r = run(items, []);
    expect(r.notDoneOnTime).toEqual(['PO-4', 'PO-1', 'PO-6', 'PO-0']);
    expect(r.items.filter((i) => i.overdue).map((i) => i.key)).toEqual(['PO-1', 'PO-4', 'PO-6', 'PO-0']);
    expect(notDoneOnTime(items, asOf)).toEqual(r.notDoneOnTime);
  });

  test("the item's own status decides, not its units'", () => {
    const epic = anIssue({ key: 'PO-1', level: 1, due: '2026-01-01', status: 'inprogress' });
    const r = run([epic], [anIssue({ key: 'PO-2', parent: 'PO-1', status: 'done' })]);
    expect(r.items[0]!.percentDone).toBe(100);
    expect(r.notDoneOnTime).toEqual(['PO-1']);
  });
});

describe('resolveReport: items that share units', () => {
  const epic = (key: string, parent: string | null = null) => anIssue({ key, level: 1, parent });
  const story = (key: string, parent: string, status: 'todo' | 'done' = 'todo') => anIssue({ key, parent, status });

  test('sibling epics are disjoint: totals are the sum of the items', () => {
    const r = resolveReport([epic('PO-1'), epic('PO-2')], [story('PO-3', 'PO-1'), story('PO-4', 'PO-2', 'done')], 'count');
    expect(r.unitsDisjoint).toBe(true);
    expect(r.allUnits.map((u) => u.key)).toEqual(['PO-3', 'PO-4']);
  });

  test('an item beneath another item shares its units: each counted once, in every sum', () => {
    const items = [epic('PO-1'), epic('PO-2', 'PO-1')];
    const descendants = [items[1]!, story('PO-3', 'PO-2'), story('PO-4', 'PO-1', 'done')];
    const r = resolveReport(items, descendants, 'count');
    expect(r.unitsDisjoint).toBe(false);
    expect(r.allUnits.map((u) => u.key)).toEqual(['PO-4', 'PO-3']); // breadth first beneath PO-1
    const view = viewFromRead(
      { items, descendants, versionNames: {}, parentSummaries: {}, partial: null, stats: { requests: 0, rounds: 0, issuesRead: 0, levels: 0, elapsedMs: 0 } },
      { jql: 'x', weight: 'count', asOf, groupBy: 'none' },
      '',
    );
    expect(view.report.totals.work).toEqual({ total: 2, done: 1, inProgress: 0, todo: 1 });
    expect(view.groups[0]!.work).toEqual({ total: 2, done: 1, inProgress: 0, todo: 1 });
  });

  test('two items in a parent cycle share units too', () => {
    const items = [epic('PO-1', 'PO-2'), epic('PO-2', 'PO-1')];
    const r = resolveReport(items, [story('PO-3', 'PO-2')], 'count');
    expect(r.unitsDisjoint).toBe(false);
    expect(r.allUnits.map((u) => u.key)).toEqual(['PO-3']);
  });
});
