import { groupRoadmapItems } from '../../src/domain/grouping';
import { computeRoadmap } from '../../src/domain/roadmap';
import { anIssue } from './builders';

const asOf = '2026-11-20';
const report = () => {
  const init = anIssue({ key: 'PO-100', level: 2, summary: 'Growth' });
  const items = [
    anIssue({ key: 'PO-1', level: 1, parent: 'PO-100', fixVersions: ['v2', 'v1'], due: '2026-12-01', status: 'done' }),
    anIssue({ key: 'PO-2', level: 1, parent: null, fixVersions: [], due: '2026-05-10' }),
    anIssue({ key: 'PO-3', level: 1, parent: 'PO-200', fixVersions: ['v1'], due: null }),
    anIssue({ key: 'PO-4', level: 1, parent: 'PO-100', fixVersions: ['v1'], due: '2026-10-01' }),
  ];
  const desc = [
    init,
    anIssue({ key: 'PO-11', parent: 'PO-1', status: 'done' }),
    anIssue({ key: 'PO-41', parent: 'PO-4' }),
  ];
  return computeRoadmap({ jql: 'x', weight: 'count', asOf, items, descendants: desc });
};

test('none: one group with all items', () => {
  const g = groupRoadmapItems(report().items, 'none');
  expect(g.map((x) => [x.id, x.label, x.items.length, x.work.total, x.percentDone])).toEqual([['all', 'All items', 4, 4, 25]]);
});

test('parent: groups by parent key in first-appearance order, leftover last, labels use summaries', () => {
  const g = groupRoadmapItems(report().items, 'parent', { parentSummaries: { 'PO-100': 'Growth' } });
  expect(g.map((x) => [x.id, x.label, x.items.map((i) => i.key)])).toEqual([
    ['PO-100', 'PO-100 Growth', ['PO-1', 'PO-4']],
    ['PO-200', 'PO-200', ['PO-3']],
    ['none', 'No parent', ['PO-2']],
  ]);
  expect(g[0]).toMatchObject({ itemsDone: 1, work: { total: 2, done: 1, inProgress: 0, todo: 1 }, percentDone: 50 });
});

test('fixVersion: the first fix version id, named through the lookup', () => {
  const g = groupRoadmapItems(report().items, 'fixVersion', { versionNames: { v1: '1.0' } });
  expect(g.map((x) => [x.id, x.label, x.items.map((i) => i.key)])).toEqual([
    ['v2', 'v2', ['PO-1']],
    ['v1', '1.0', ['PO-3', 'PO-4']],
    ['none', 'No fix version', ['PO-2']],
  ]);
});

test('dueQuarter: chronological quarters, no due date last', () => {
  const g = groupRoadmapItems(report().items, 'dueQuarter');
  expect(g.map((x) => [x.id, x.items.map((i) => i.key)])).toEqual([
    ['2026-Q2', ['PO-2']],
    ['2026-Q4', ['PO-1', 'PO-4']],
    ['none', ['PO-3']],
  ]);
});

test('group totals count a unit reached by two items once', () => {
  const init = anIssue({ key: 'PO-1', level: 2, fixVersions: ['v1'] });
  const epic = anIssue({ key: 'PO-2', level: 1, parent: 'PO-1', fixVersions: ['v1'] });
  const r = computeRoadmap({ jql: 'x', weight: 'count', asOf, items: [init, epic], descendants: [epic, anIssue({ key: 'PO-3', parent: 'PO-2' })] });
  const g = groupRoadmapItems(r.items, 'fixVersion');
  expect(g[0]!.work.total).toBe(1);
});
