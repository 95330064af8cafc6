import { FORECAST_METHOD, forecastUnits } from '../../src/domain/forecast';
import { computeRoadmap } from '../../src/domain/roadmap';
import { anIssue } from './builders';

const asOf = '2026-11-20';
const done = (key: string, resolved: string) => anIssue({ key, status: 'done', resolved });
const open = (key: string) => anIssue({ key });

describe('forecastUnits', () => {
  test('throughput counts units resolved in (asOf − 28, asOf]: asOf−28 excluded, asOf−27 and asOf included', () => {
    const f = forecastUnits(
      [done('PO-1', '2026-10-23'), done('PO-2', '2026-10-24'), done('PO-3', asOf), done('PO-4', '2026-11-21'), open('PO-5')],
      '2027-01-01',
      asOf,
    );
    expect(f.resolvedInWindow).toBe(2);
    expect(f.throughputPerDay).toBe(2 / 28);
    expect(f.remainingUnits).toBe(1);
    expect(f.daysNeeded).toBe(14);
    expect(f.projectedFinish).toBe('2026-12-04');
    expect(f.state).toBe('onTrack');
    expect(f.method).toBe(FORECAST_METHOD);
  });

  test('days needed = ceil(remaining × 28 ÷ resolved)', () => {
    const units = [done('PO-1', asOf), done('PO-2', asOf), done('PO-3', asOf), open('PO-4'), open('PO-5')];
    const f = forecastUnits(units, null, asOf); // 2 × 28 / 3 = 18.67 → 19
    expect(f.daysNeeded).toBe(19);
    expect(f.projectedFinish).toBe('2026-12-09');
    expect(f.state).toBe('noDueDate');
  });

  test('states: done, offTrack when due passed, noThroughput, onTrack on the due date, atRisk within 20%, offTrack beyond', () => {
    expect(forecastUnits([done('PO-1', '2020-01-01')], '2020-01-01', asOf).state).toBe('done');
    expect(forecastUnits([], null, asOf)).toMatchObject({ state: 'done', daysNeeded: null, projectedFinish: null });
    expect(forecastUnits([open('PO-1'), done('PO-2', asOf)], '2026-11-19', asOf).state).toBe('offTrack');
    expect(forecastUnits([open('PO-1')], '2026-12-31', asOf)).toMatchObject({ state: 'noThroughput', daysNeeded: null, projectedFinish: null });
    expect(forecastUnits([open('PO-1')], '2026-11-01', asOf).state).toBe('offTrack'); // past due beats no throughput
    // 1 resolved in window → 28 days per remaining unit
    const one = [done('PO-9', asOf), open('PO-1')];
    expect(forecastUnits(one, addDaysLocal(28), asOf).state).toBe('onTrack'); // finish == due
    expect(forecastUnits(one, addDaysLocal(24), asOf)).toMatchObject({ state: 'atRisk', daysToDue: 24 }); // 28×5=140 ≤ 24×6=144
    expect(forecastUnits(one, addDaysLocal(23), asOf).state).toBe('offTrack'); // 140 > 138
    expect(forecastUnits(one, asOf, asOf).state).toBe('offTrack'); // due today, 28 days needed
  });

  test('done units without a resolution date do not count as throughput', () => {
    const f = forecastUnits([anIssue({ key: 'PO-1', status: 'done', resolved: null }), open('PO-2')], null, asOf);
    expect(f.resolvedInWindow).toBe(0);
    expect(f.state).toBe('noThroughput');
  });
});

function addDaysLocal(n: number): string {
  const d = new Date(Date.UTC(2026, 10, 20 + n));
  return d.toISOString().slice(0, 10);
}

test('roadmap forecast per item and total (total uses the latest due date)', () => {
  const e1 = anIssue({ key: 'PO-1', level: 1, due: '2026-12-18' });
  const e2 = anIssue({ key: 'PO-2', level: 1, due: '2027-03-01' });
  const desc = [
    anIssue({ key: 'PO-3', parent: 'PO-1', status: 'done', resolved: '2026-11-10' }),
    anIssue({ key: 'PO-4', parent: 'PO-1' }),
    anIssue({ key: 'PO-5', parent: 'PO-2', points: 5 }),
  ];
  const r = computeRoadmap({ jql: 'x', weight: 'points', asOf, items: [e1, e2], descendants: desc });
  expect(r.items[0]!.forecast).toMatchObject({ state: 'onTrack', remainingUnits: 1, daysNeeded: 28, projectedFinish: '2026-12-18' });
  expect(r.items[1]!.forecast).toMatchObject({ state: 'noThroughput', remainingUnits: 1 });
  expect(r.totals.forecast).toMatchObject({ dueDate: '2027-03-01', remainingUnits: 2, daysNeeded: 56, projectedFinish: '2027-01-15', state: 'onTrack' });
});
