/** The macro's plain warning when the mean fill-in does most of the work (issue 3). */
import { computeRoadmap } from '../../src/domain/roadmap';
import { mostlyUnestimated } from '../../src/services/roadmap';
import { anIssue } from '../domain/builders';

const epic = anIssue({ key: 'PO-1', level: 1 });
const story = (n: number, points: number | null) => anIssue({ key: `PO-${n}`, level: 0, parent: 'PO-1', points });
const report = (weight: 'count' | 'points', pts: Array<number | null>) =>
  computeRoadmap({ jql: 'x', weight, asOf: '2026-11-23', items: [epic], descendants: pts.map((p, i) => story(i + 2, p)) });

test('warns only when more than half of the units were imputed, and never in count', () => {
  expect(mostlyUnestimated(report('points', [3, null, null]))).toBe(true);
  expect(mostlyUnestimated(report('points', [3, 5, null, null]))).toBe(false); // exactly half
  expect(mostlyUnestimated(report('points', [0, null]))).toBe(false); // 0 is an estimate
  expect(mostlyUnestimated(report('count', [null, null, null]))).toBe(false);
});
