/** The macro's plain warning when the mean fill-in does most of the work. */
import { computeRoadmap, mostlyUnestimated } from '../../src/domain/roadmap';
import { anIssue } from './builders';

const epic = anIssue({ key: 'PO-1', level: 1 });
const story = (n: number, points: number | null) => anIssue({ key: `PO-${n}`, level: 0, parent: 'PO-1', points });
const warns = (weight: 'count' | 'points', pts: Array<number | null>) => {
  const r = computeRoadmap({ jql: 'x', weight, asOf: '2026-11-23', items: [epic], descendants: pts.map((p, i) => story(i + 2, p)) });
  return mostlyUnestimated(r.totals, r.weight);
};

test('warns only when more than half of the units were imputed, and never in count', () => {
  expect(warns('points', [3, null, null])).toBe(true);
  expect(warns('points', [3, 5, null, null])).toBe(false); // exactly half
  expect(warns('points', [0, null])).toBe(false); // 0 is an estimate
  expect(warns('count', [null, null, null])).toBe(false);
});
