/**
 * SPEC §7 with literal changelogs: an issue at day d, release history, roadmap history, the odds.
 */
import { timestampMillis, utcDateOfTimestamp } from '../../src/domain/dates';
import { issueAt, issueByDay, type ChangeHistory, type HistoricIssue } from '../../src/domain/history';
import { computeOdds, dailySamples, ODDS_MAX_DAYS } from '../../src/domain/odds';
import { computeReleaseHistory, releaseBaseline } from '../../src/domain/release-history';
import { computeRoadmapHistory, roadmapBaseline } from '../../src/domain/roadmap-history';
import type { StatusCategory } from '../../src/domain/types';

const TODO = '10000';
const DOING = '3';
const DONE = '10001';
const categories = new Map<string, StatusCategory>([
  [TODO, 'todo'],
  [DOING, 'inprogress'],
  [DONE, 'done'],
]);

let historyId = 100;
function h(created: string | number, ...items: ChangeHistory['items']): ChangeHistory {
  return { id: String(historyId++), created, items };
}
const status = (from: string | null, to: string | null) => ({ field: 'status' as const, from, to });
const version = (from: string | null, to: string | null) => ({ field: 'fixVersions' as const, from, to });
const due = (from: string | null, to: string | null) => ({ field: 'duedate' as const, from, to });

function issue(o: Partial<HistoricIssue> & { key: string }): HistoricIssue {
  return {
    created: '2026-01-05T09:00:00.000+0000',
    statusId: TODO,
    statusCategory: 'todo',
    fixVersionIds: [],
    dueDate: null,
    resolutionDate: null,
    histories: [],
    ...o,
  };
}

describe('an issue at day d (SPEC §7)', () => {
  test('a change on the as-of day counts on that day, not the day before', () => {
    const i = issue({ key: 'PO-1', statusId: DONE, statusCategory: 'done', histories: [h('2026-07-04T08:00:00.000+0000', status(TODO, DONE))] });
    expect(issueAt(i, '2026-07-04', categories)?.statusCategory).toBe('done');
    expect(issueAt(i, '2026-07-03', categories)?.statusCategory).toBe('todo');
  });

  test('23:59 UTC is that UTC day; 00:30 at +0530 is the previous UTC day', () => {
    const late = issue({ key: 'PO-1', statusId: DOING, statusCategory: 'inprogress', histories: [h('2026-07-01T23:59:00.000+0000', status(TODO, DOING))] });
    const india = issue({ key: 'PO-2', statusId: DOING, statusCategory: 'inprogress', histories: [h('2026-07-02T00:30:00.000+0530', status(TODO, DOING))] });
    expect(utcDateOfTimestamp('2026-07-02T00:30:00.000+0530')).toBe('2026-07-01');
    for (const i of [late, india]) {
      expect(issueAt(i, '2026-07-01', categories)?.statusId).toBe(DOING);
      expect(issueAt(i, '2026-06-30', categories)?.statusId).toBe(TODO);
    }
    const utcNextDay = issue({ key: 'PO-3', statusId: DOING, histories: [h('2026-07-02T00:30:00.000Z', status(TODO, DOING))] });
    expect(issueAt(utcNextDay, '2026-07-01', categories)?.statusId).toBe(TODO);
  });

  test('epoch numbers are milliseconds (the OpenAPI example: 1492070429 = 1970-01-18T06:27:50.429Z)', () => {
    expect(timestampMillis(1492070429)).toBe(timestampMillis('1970-01-18T06:27:50.429+0000'));
    const i = issue({ key: 'PO-1', created: 0, statusId: DONE, histories: [h(1492070429, status(TODO, DONE))] });
    expect(issueAt(i, '1970-01-18', categories)?.statusId).toBe(DONE);
    expect(issueAt(i, '1970-01-17', categories)?.statusId).toBe(TODO);
  });

  test('a version moved (removed and added in one history) and back', () => {
    const i = issue({
      key: 'PO-1',
      fixVersionIds: ['v2'],
      histories: [
        h('2026-03-01T10:00:00.000+0000', version(null, 'v1')),
        h('2026-04-10T10:00:00.000+0000', version('v1', null), version(null, 'v2')),
      ],
    });
    expect(issueAt(i, '2026-02-28', categories)?.fixVersionIds).toEqual([]);
    expect(issueAt(i, '2026-03-01', categories)?.fixVersionIds).toEqual(['v1']);
    expect(issueAt(i, '2026-04-09', categories)?.fixVersionIds).toEqual(['v1']);
    expect(issueAt(i, '2026-04-10', categories)?.fixVersionIds).toEqual(['v2']);
  });

  test('an issue created after d does not exist at d', () => {
    const i = issue({ key: 'PO-1', created: '2026-05-02T00:10:00.000+0200' }); // 2026-05-01 22:10 UTC
    expect(issueAt(i, '2026-04-30', categories)).toBeNull();
    expect(issueAt(i, '2026-05-01', categories)).not.toBeNull();
  });

  test('reopened: done, then back in progress, then done again; histories out of order are sorted by created then id', () => {
    const reopened = issue({
      key: 'PO-1',
      statusId: DONE,
      statusCategory: 'done',
      histories: [
        h('2026-05-20T09:00:00.000+0000', status(DOING, DONE)),
        h('2026-05-01T09:00:00.000+0000', status(TODO, DOING)),
        h('2026-05-10T09:00:00.000+0000', status(DOING, DONE)),
        h('2026-05-12T09:00:00.000+0000', status(DONE, DOING)),
      ],
    });
    expect(issueAt(reopened, '2026-04-30', categories)?.statusCategory).toBe('todo');
    expect(issueAt(reopened, '2026-05-10', categories)?.statusCategory).toBe('done');
    expect(issueAt(reopened, '2026-05-12', categories)?.statusCategory).toBe('inprogress');
    expect(issueAt(reopened, '2026-05-20', categories)?.statusCategory).toBe('done');
    // same instant: the higher id is newer and is undone first
    const same = issue({
      key: 'PO-2',
      statusId: DONE,
      histories: [
        { id: '20', created: '2026-05-10T09:00:00.000+0000', items: [status(DOING, DONE)] },
        { id: '9', created: '2026-05-10T09:00:00.000+0000', items: [status(TODO, DOING)] },
      ],
    });
    expect(issueAt(same, '2026-05-09', categories)?.statusId).toBe(TODO);
  });

  test('a due date removed: at the baseline it had one, now none; slip is null, one change counted', () => {
    const i = issue({ key: 'PO-1', dueDate: null, histories: [h('2026-08-01T09:00:00.000+0000', due('2026-09-30', null))] });
    expect(issueAt(i, '2026-07-31', categories)?.dueDate).toBe('2026-09-30');
    expect(issueAt(i, '2026-08-01', categories)?.dueDate).toBeNull();
    const r = computeRoadmapHistory({ asOf: '2026-08-15', items: [i], units: [], categories });
    expect(r.items[0]).toMatchObject({ dueDateAtBaseline: '2026-09-30', dueDateChanges: 1, slipDays: null });
    expect(r.slipped).toEqual([]);
  });

  test('unknown status ids count as todo; the current status keeps its own category', () => {
    const i = issue({ key: 'PO-1', statusId: '777', statusCategory: 'done', histories: [h('2026-05-10T09:00:00.000+0000', status('666', '777'))] });
    expect(issueAt(i, '2026-05-10', categories)?.statusCategory).toBe('done');
    expect(issueAt(i, '2026-05-09', categories)?.statusCategory).toBe('todo');
  });

  test('issueByDay gives what issueAt gives, day by day', () => {
    const i = issue({
      key: 'PO-1',
      created: '2026-05-03T09:00:00.000+0000',
      statusId: DONE,
      fixVersionIds: ['v2'],
      dueDate: '2026-06-01',
      histories: [
        h('2026-05-05T09:00:00.000+0000', status(TODO, DOING), version(null, 'v1')),
        h('2026-05-07T23:00:00.000-0200', due('2026-05-20', '2026-06-01'), version('v1', 'v2')),
        h('2026-05-09T09:00:00.000+0000', status(DOING, DONE)),
      ],
    });
    const days = issueByDay(i, '2026-05-01', '2026-05-10', categories);
    days.forEach((state, n) => expect(state).toEqual(issueAt(i, `2026-05-${String(n + 1).padStart(2, '0')}`, categories)));
    expect(days[0]).toBeNull();
    expect(days[6]).toMatchObject({ dueDate: '2026-05-20', fixVersionIds: ['v1'] }); // 05-07 23:00 at −0200 is 05-08 UTC
    expect(days[7]).toMatchObject({ statusCategory: 'inprogress', dueDate: '2026-06-01', fixVersionIds: ['v2'] });
    expect(days[8]).toMatchObject({ statusCategory: 'done', dueDate: '2026-06-01', fixVersionIds: ['v2'] });
  });
});

describe('the odds (SPEC §7), hand-computed', () => {
  const asOf = '2026-07-01';
  test('constant samples: 2 a day, 5 left → 3 days at every level', () => {
    const o = computeOdds({ asOf, remaining: 5, samples: Array(14).fill(2), daysToRelease: 2 });
    expect(o).toEqual({ p50: 3, p85: 3, p95: 3, p50Date: '2026-07-04', p85Date: '2026-07-04', p95Date: '2026-07-04', chanceByRelease: 0 });
    expect(computeOdds({ asOf, remaining: 5, samples: Array(14).fill(2), daysToRelease: 3 }).chanceByRelease).toBe(100);
  });

  test('zero samples: no odds (null), chance 0; nothing left: 0 days and 100%', () => {
    expect(computeOdds({ asOf, remaining: 3, samples: Array(14).fill(0), daysToRelease: 10 })).toEqual({
      p50: null, p85: null, p95: null, p50Date: null, p85Date: null, p95Date: null, chanceByRelease: 0,
    });
    expect(computeOdds({ asOf, remaining: 0, samples: Array(14).fill(0), daysToRelease: 10 })).toMatchObject({ p50: 0, p95: 0, p95Date: asOf, chanceByRelease: 100 });
  });

  test('two-valued samples (half 0, half 1), 2 left: P(done in n) = 1 − (n+1)/2ⁿ', () => {
    const samples = [...Array(7).fill(0), ...Array(7).fill(1)];
    const o = computeOdds({ asOf, remaining: 2, samples, daysToRelease: 4 });
    // n=3: 1 − 4/8 = 0.5 → p50; n=6: 1 − 7/64 = 0.890625 (n=5 is 0.8125) → p85; n=8: 1 − 9/256 = 0.9648 (n=7 is 0.9375) → p95
    expect([o.p50, o.p85, o.p95]).toEqual([3, 6, 8]);
    expect(o.p85Date).toBe('2026-07-07');
    expect(o.chanceByRelease).toBe(68.8); // n=4: 1 − 5/16 = 68.75 % → half-up
  });

  test('chanceByRelease is null without a release date or once it has passed; release today counts 0 draws', () => {
    const samples = Array(14).fill(1);
    expect(computeOdds({ asOf, remaining: 1, samples, daysToRelease: null }).chanceByRelease).toBeNull();
    expect(computeOdds({ asOf, remaining: 1, samples, daysToRelease: -1 }).chanceByRelease).toBeNull();
    expect(computeOdds({ asOf, remaining: 1, samples, daysToRelease: 0 }).chanceByRelease).toBe(0);
  });

  test('the 3650-day cap: 1 a day reaches 3650 left on day 3650, 3651 left gets no date', () => {
    const samples = Array(28).fill(1);
    expect(computeOdds({ asOf, remaining: ODDS_MAX_DAYS, samples, daysToRelease: null }).p95).toBe(3650);
    expect(computeOdds({ asOf, remaining: ODDS_MAX_DAYS + 1, samples, daysToRelease: null })).toMatchObject({ p50: null, p85: null, p95: null, p95Date: null });
  });

  test('daily samples: the window ends on the as-of date, oldest first', () => {
    expect(dailySamples(['2026-07-01', '2026-07-01', '2026-06-18', '2026-06-17', null, '2026-07-02'], asOf, 14)).toEqual([1, ...Array(12).fill(0), 2]);
  });
});

describe('release history (SPEC §7)', () => {
  const V = 'v1';
  const asOf = '2026-07-10';
  // baseline 07-01: PO-1, PO-2, PO-3 held V; PO-3 left on 07-05; PO-4 added 07-03; PO-5 created 07-06 with V
  const candidates = [
    issue({ key: 'PO-1', statusId: DONE, statusCategory: 'done', fixVersionIds: [V], resolutionDate: '2026-07-08',
      histories: [h('2026-06-20T10:00:00Z', version(null, V)), h('2026-07-08T10:00:00Z', status(TODO, DONE))] }),
    issue({ key: 'PO-2', fixVersionIds: [V], histories: [h('2026-06-20T10:00:00Z', version(null, V))] }),
    issue({ key: 'PO-3', fixVersionIds: ['v2'], histories: [h('2026-06-20T10:00:00Z', version(null, V)), h('2026-07-05T10:00:00Z', version(V, 'v2'))] }),
    issue({ key: 'PO-4', statusId: DONE, statusCategory: 'done', fixVersionIds: [V], resolutionDate: '2026-07-09',
      histories: [h('2026-07-03T10:00:00Z', version(null, V)), h('2026-07-09T10:00:00Z', status(TODO, DONE))] }),
    issue({ key: 'PO-5', created: '2026-07-06T10:00:00Z', fixVersionIds: [V] }),
  ];

  test('scope, added, removed, delivered of baseline, daily series and odds', () => {
    const r = computeReleaseHistory({ asOf, versionId: V, versionStartDate: '2026-07-01', releaseDate: '2026-07-20', candidates, categories });
    expect(r.scope).toEqual({ baselineDate: '2026-07-01', atBaseline: 3, now: 4, added: ['PO-4', 'PO-5'], removed: ['PO-3'], deliveredOfBaseline: 1 });
    expect(r.daily).toHaveLength(10);
    expect(r.daily[0]).toEqual({ date: '2026-07-01', scope: 3, done: 0 });
    expect(r.daily[2]).toEqual({ date: '2026-07-03', scope: 4, done: 0 });
    expect(r.daily[4]).toEqual({ date: '2026-07-05', scope: 3, done: 0 });
    expect(r.daily[5]).toEqual({ date: '2026-07-06', scope: 4, done: 0 });
    expect(r.daily[9]).toEqual({ date: '2026-07-10', scope: 4, done: 2 });
    // R = 2 (PO-2, PO-5); samples: 1 on 07-08, 1 on 07-09, 12 zeros → each day delivers with p = 1/7
    expect(r.remaining).toBe(2);
    expect(r.forecast.p50).toBe(12); // P(≥2 in n) = 1 − (6/7)^n − n(1/7)(6/7)^(n−1): n=11 0.4801, n=12 0.5282
    expect(r.forecast.chanceByRelease).toBe(42.9); // n=10: 1 − (6/7)^10 − 10/7 (6/7)^9 = 0.42918
  });

  test('baseline: given beats the start date, the fallback is as-of − 28; after the as-of date is bad input', () => {
    expect(releaseBaseline(asOf, '2026-07-02', '2026-07-01')).toEqual({ date: '2026-07-02', source: 'given' });
    expect(releaseBaseline(asOf, null, '2026-07-01')).toEqual({ date: '2026-07-01', source: 'startDate' });
    expect(releaseBaseline(asOf, null, null)).toEqual({ date: '2026-06-12', source: 'fallback' });
    expect(() => releaseBaseline(asOf, '2026-07-11', null)).toThrow(/after the as-of date/);
    expect(() => releaseBaseline(asOf, null, '2026-08-01')).toThrow(/starts on 2026-08-01/);
  });
});

describe('roadmap history (SPEC §7)', () => {
  const asOf = '2026-11-20';
  test('default baseline is the quarter start; slip, changes, slipped order, baseline units and done', () => {
    expect(roadmapBaseline(asOf, null)).toBe('2026-10-01');
    const items = [
      issue({ key: 'PO-1', dueDate: '2026-12-10', histories: [h('2026-09-01T09:00Z', due(null, '2026-11-30')), h('2026-10-15T09:00Z', due('2026-11-30', '2026-12-10'))] }),
      issue({ key: 'PO-2', dueDate: '2026-12-01', histories: [h('2026-10-02T09:00Z', due('2026-11-01', '2026-11-21')), h('2026-11-02T09:00Z', due('2026-11-21', '2026-12-01'))] }),
      issue({ key: 'PO-3', dueDate: '2026-11-10', histories: [h('2026-10-20T09:00Z', due('2026-11-20', '2026-11-10'))] }),
      issue({ key: 'PO-4', created: '2026-10-05T09:00Z', dueDate: '2027-01-01' }),
      issue({ key: 'PO-5', dueDate: '2026-11-30', histories: [h('2026-10-02T09:00Z', due('2026-11-20', '2026-11-30'))] }),
    ];
    const units = [
      issue({ key: 'PO-10', statusId: DONE, statusCategory: 'done', resolutionDate: '2026-11-19', histories: [h('2026-11-19T09:00Z', status(TODO, DONE))] }),
      issue({ key: 'PO-11', statusId: DONE, statusCategory: 'done', resolutionDate: '2026-09-19' }),
      issue({ key: 'PO-12', created: '2026-10-03T09:00Z' }),
      issue({ key: 'PO-13', statusId: DOING, statusCategory: 'inprogress', histories: [h('2026-09-01T09:00Z', status(TODO, DONE)), h('2026-10-10T09:00Z', status(DONE, DOING))] }),
    ];
    const r = computeRoadmapHistory({ asOf, items, units, categories });
    expect(r.baseline).toEqual({ date: '2026-10-01', units: 3, done: 2 });
    expect(r.items.map((i) => [i.key, i.dueDateAtBaseline, i.dueDateChanges, i.slipDays])).toEqual([
      ['PO-1', '2026-11-30', 1, 10],
      ['PO-2', '2026-11-01', 2, 30],
      ['PO-3', '2026-11-20', 1, -10],
      ['PO-4', null, 0, null],
      ['PO-5', '2026-11-20', 1, 10],
    ]);
    expect(r.items[1]!.dueDateHistory).toEqual([
      { date: '2026-10-02', from: '2026-11-01', to: '2026-11-21' },
      { date: '2026-11-02', from: '2026-11-21', to: '2026-12-01' },
    ]);
    expect(r.slipped).toEqual(['PO-2', 'PO-1', 'PO-5']);
    expect(r.remaining).toBe(2);
    expect(r.doneSince).toBe(1); // PO-10 (PO-11 was done already; PO-13 was done and is not now)
    expect(r.samples).toHaveLength(28);
    expect(r.odds.chanceByRelease).toBeNull();
    expect(() => computeRoadmapHistory({ asOf, baseline: '2026-11-21', items, units, categories })).toThrow(/after the as-of date/);
  });
});
