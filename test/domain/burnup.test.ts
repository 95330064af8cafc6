import { BURNUP_DAYS, computeBurnup } from '../../src/domain/burnup';
import { DomainInputError } from '../../src/domain/errors';
import { anIssue } from './builders';

const asOf = '2026-11-20';

test('daily scope and done over the last 90 days, by weight', () => {
  const epic = anIssue({ key: 'PO-1', level: 1 });
  const desc = [
    anIssue({ key: 'PO-2', parent: 'PO-1', points: 3, created: '2026-01-01', status: 'done', resolved: '2026-11-10' }),
    anIssue({ key: 'PO-3', parent: 'PO-1', points: 5, created: '2026-11-15' }),
    anIssue({ key: 'PO-4', parent: 'PO-1', points: null, created: '2026-11-20', status: 'done', resolved: '2026-11-20' }), // weighs the mean (3 + 5 + 1) / 3 = 3
    anIssue({ key: 'PO-5', parent: 'PO-1', points: 1, created: null, status: 'done', resolved: null }),
  ];
  const b = computeBurnup({ weight: 'points', asOf, items: [epic], descendants: desc });
  expect(b.points).toHaveLength(BURNUP_DAYS);
  expect(b.from).toBe('2026-08-23');
  expect(b.to).toBe(asOf);
  expect(b.points[0]).toEqual({ date: '2026-08-23', scope: 4, done: 0 });
  const at = (d: string) => b.points.find((p) => p.date === d);
  expect(at('2026-11-09')).toEqual({ date: '2026-11-09', scope: 4, done: 0 });
  expect(at('2026-11-10')).toEqual({ date: '2026-11-10', scope: 4, done: 3 });
  expect(at('2026-11-15')).toEqual({ date: '2026-11-15', scope: 9, done: 3 });
  expect(b.points[89]).toEqual({ date: asOf, scope: 3 + 5 + 3 + 1, done: 3 + 3 });
  expect(b.doneWithoutResolutionDate).toBe(1);
});

test('count weight, custom length, bad input', () => {
  const item = anIssue({ key: 'PO-1', created: '2026-11-19', status: 'done', resolved: '2026-11-20' });
  const b = computeBurnup({ weight: 'count', asOf, items: [item], descendants: [], days: 3 });
  expect(b.points).toEqual([
    { date: '2026-11-18', scope: 0, done: 0 },
    { date: '2026-11-19', scope: 1, done: 0 },
    { date: '2026-11-20', scope: 1, done: 1 },
  ]);
  expect(() => computeBurnup({ weight: 'count', asOf, items: [], descendants: [], days: 0 })).toThrow(DomainInputError);
  expect(() => computeBurnup({ weight: 'count', asOf: 'today', items: [], descendants: [] })).toThrow(DomainInputError);
});
