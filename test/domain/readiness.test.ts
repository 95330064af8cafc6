import { compareIssueKeys } from '../../src/domain/matching';
import { DEFAULT_BLOCKER_PRIORITIES, computeReadiness, type ReadinessInput } from '../../src/domain/readiness';
import { DEFAULT_SIGNOFFS, evaluateSignoffs, type SignoffEntry } from '../../src/domain/signoffs';
import { DomainInputError } from '../../src/domain/errors';
import type { Issue } from '../../src/domain/types';
import { aVersion, anIssue } from './builders';

const asOf = '2026-11-20';
const QA = { id: 'qa', label: 'QA sign-off' };
const run = (issues: Issue[], o: Partial<ReadinessInput> = {}) =>
  computeReadiness({
    asOf,
    version: aVersion({ releaseDate: '2026-12-01' }),
    issues,
    blockerPriorities: DEFAULT_BLOCKER_PRIORITIES,
    requiredSignoffs: [],
    signoffs: [],
    ...o,
  });
const doneOn = (key: string, resolved: string, o = {}) => anIssue({ key, status: 'done', resolved, ...o });
const signed = (label: string, o: Partial<SignoffEntry> = {}): SignoffEntry => ({ label, signedBy: 'Ana', signedAt: '2026-11-18T10:00:00Z', ...o });

describe('defaults', () => {
  test('SPEC §3 default blocker priorities and sign-offs with stable ids', () => {
    expect(DEFAULT_BLOCKER_PRIORITIES).toEqual(['Highest', 'Blocker', 'Critical']);
    expect(DEFAULT_SIGNOFFS).toEqual([
      { id: 'release-notes', label: 'Release notes and communication ready' },
      { id: 'release-deck', label: 'Release deck reviewed' },
      { id: 'qa', label: 'QA sign-off' },
      { id: 'product-lead', label: 'Product lead sign-off' },
    ]);
  });
});

describe('compareIssueKeys', () => {
  test('by project key, then issue number', () => {
    expect(['PO-40', 'PO-6', 'ABC-10', 'PO-100', 'ABC-9', 'weird', 'PO-7'].sort(compareIssueKeys)).toEqual([
      'ABC-9',
      'ABC-10',
      'PO-6',
      'PO-7',
      'PO-40',
      'PO-100',
      'weird',
    ]);
  });
});

describe('computeReadiness: SPEC §5 shape and counts', () => {
  test('exact SPEC fields for a mixed version', () => {
    const issues = [
      doneOn('PO-1', '2026-11-10'),
      anIssue({ key: 'PO-2', status: 'inprogress', type: 'Bug' }),
      anIssue({ key: 'PO-3', assignee: null }),
      anIssue({ key: 'PO-4', level: -1, priority: 'Highest', type: 'Bug', assignee: null }), // sub-task: excluded
      doneOn('PO-5', '2026-11-12', { type: 'Bug', assignee: null }), // done: not an open bug, not unassigned
    ];
    const r = run(issues, { requiredSignoffs: [QA], signoffs: [signed('QA sign-off', { scopeKeys: ['PO-1', 'PO-2', 'PO-3', 'PO-5'] })] });
    const { resolvedInWindow, openBugKeys, unassignedKeys, issueKeys, ...spec } = r;
    expect(spec).toEqual({
      asOf,
      version: { id: '10100', name: '1.0', releaseDate: '2026-12-01', released: false, archived: false, projectKey: 'PO' },
      issues: { total: 4, done: 2, inProgress: 1, todo: 1 },
      percentDone: 50,
      blockers: [],
      openBugs: 1,
      unassigned: 1,
      daysToRelease: 11,
      throughputPerDay: 2 / 14,
      daysNeeded: 14,
      signoffs: [
        { label: 'QA sign-off', signedBy: 'Ana', signedAt: '2026-11-18T10:00:00Z', checkId: 'qa', signed: true, stale: false, scopeChange: null, signerNotAllowed: false },
      ],
      verdict: 'at_risk',
      reasons: ['At the current pace (0.1 issues/day) the remaining 2 issues need 14 days; 11 days are left'],
    });
    expect({ resolvedInWindow, openBugKeys, unassignedKeys, issueKeys }).toEqual({
      resolvedInWindow: 2,
      openBugKeys: ['PO-2'],
      unassignedKeys: ['PO-3'],
      issueKeys: ['PO-1', 'PO-2', 'PO-3', 'PO-5'],
    });
  });

  test('duplicate issues count once; archived is reported', () => {
    const i = anIssue({ key: 'PO-1' });
    const r = run([i, { ...i }], { version: aVersion({ archived: true }) });
    expect(r.issues.total).toBe(1);
    expect(r.version.archived).toBe(true);
  });

  test('blockers: not-done with a blocker priority, case-insensitive and trimmed, sorted PO-6 before PO-40', () => {
    const issues = [
      anIssue({ key: 'PO-40', priority: 'highest' }),
      anIssue({ key: 'PO-6', priority: ' Blocker ' }),
      anIssue({ key: 'PO-12', priority: 'CRITICAL', status: 'inprogress' }),
      doneOn('PO-7', '2026-11-19', { priority: 'Highest' }),
      anIssue({ key: 'PO-8', priority: 'High' }),
      anIssue({ key: 'PO-9', priority: null }),
    ];
    expect(run(issues).blockers).toEqual(['PO-6', 'PO-12', 'PO-40']);
    expect(run(issues, { blockerPriorities: ['  high '] }).blockers).toEqual(['PO-8']);
    expect(run(issues, { blockerPriorities: [] }).blockers).toEqual([]);
  });

  test('open bugs match the type name case-insensitively; unassigned counts only not-done issues', () => {
    const issues = [
      anIssue({ key: 'PO-1', type: 'bug' }),
      anIssue({ key: 'PO-2', type: ' BUG ' }),
      anIssue({ key: 'PO-3', type: 'Bugfix' }),
      anIssue({ key: 'PO-4', assignee: null }),
      doneOn('PO-5', '2026-11-01', { assignee: null, type: 'Bug' }),
    ];
    const r = run(issues);
    expect(r.openBugs).toBe(2);
    expect(r.unassigned).toBe(1);
  });

  test('daysToRelease: release − as-of, negative when past, null without a date', () => {
    expect(run([anIssue({})], { version: aVersion({ releaseDate: '2026-11-30' }) }).daysToRelease).toBe(10);
    expect(run([anIssue({})], { version: aVersion({ releaseDate: '2026-11-15' }) }).daysToRelease).toBe(-5);
    expect(run([anIssue({})], { version: aVersion({ releaseDate: asOf }) }).daysToRelease).toBe(0);
    expect(run([anIssue({})], { version: aVersion({ releaseDate: null }) }).daysToRelease).toBeNull();
  });

  test('throughput window (asOf − 14, asOf]: asOf−14 excluded, asOf−13 and asOf included, later and not-done ignored', () => {
    const issues = [
      doneOn('PO-1', '2026-11-06'), // asOf − 14: excluded
      doneOn('PO-2', '2026-11-07'), // asOf − 13: included
      doneOn('PO-3', asOf),
      doneOn('PO-4', '2026-11-21'), // after as-of
      anIssue({ key: 'PO-5', status: 'inprogress', resolved: '2026-11-15' }), // resolution date but not done
      anIssue({ key: 'PO-6', status: 'done', resolved: null }),
    ];
    const r = run(issues);
    expect(r.resolvedInWindow).toBe(2);
    expect(r.throughputPerDay).toBe(2 / 14);
    expect(r.daysNeeded).toBe((1 * 14) / 2);
  });

  test('daysNeeded multiplies first: 17 remaining at 17 resolved is exactly 14', () => {
    const issues = [
      ...Array.from({ length: 17 }, (_, i) => doneOn(`PO-${i + 1}`, '2026-11-15')),
      ...Array.from({ length: 17 }, (_, i) => anIssue({ key: `PO-${i + 100}` })),
    ];
    const r = run(issues, { version: aVersion({ releaseDate: '2026-12-04' }) });
    expect(r.daysNeeded).toBe(14);
    expect(r.daysToRelease).toBe(14);
    expect(r.verdict).toBe('on_track'); // 14 > 14 is false
  });

  test('daysNeeded is null when nothing was resolved in the window, even if nothing remains', () => {
    const r = run([doneOn('PO-1', '2026-01-01')]);
    expect(r.throughputPerDay).toBe(0);
    expect(r.daysNeeded).toBeNull();
    expect(r.verdict).toBe('ready');
  });

  test('bad dates are domain input errors', () => {
    expect(() => run([], { asOf: '2026-02-30' })).toThrow(DomainInputError);
    expect(() => run([], { version: aVersion({ releaseDate: '2026/12/01' }) })).toThrow(/release date/);
  });
});

describe('verdict (SPEC §3, first rule that applies) and reasons', () => {
  test('1 released: even with blockers and no issues', () => {
    const r = run([anIssue({ key: 'PO-1', priority: 'Highest' })], { version: aVersion({ released: true, releaseDate: '2026-11-01' }) });
    expect(r.verdict).toBe('released');
    expect(r.reasons).toEqual(['Version 1.0 is released (release date 2026-11-01)']);
    expect(run([], { version: aVersion({ released: true, releaseDate: null }) }).reasons).toEqual(['Version 1.0 is released']);
  });

  test('2 not_ready: no issues', () => {
    const r = run([], { requiredSignoffs: [QA] });
    expect(r.verdict).toBe('not_ready');
    expect(r.reasons).toEqual(['Version has no issues']);
    expect(r.percentDone).toBe(0);
  });

  test('2 not_ready: only sub-tasks means no issues', () => {
    expect(run([anIssue({ level: -1 })]).reasons).toEqual(['Version has no issues']);
  });

  test('2 not_ready: blockers open', () => {
    const r = run([anIssue({ key: 'PO-40', priority: 'Critical' }), anIssue({ key: 'PO-12', priority: 'Highest' }), doneOn('PO-1', asOf)]);
    expect(r.verdict).toBe('not_ready');
    expect(r.reasons).toEqual(['2 blockers open: PO-12, PO-40']);
    expect(run([anIssue({ key: 'PO-3', priority: 'Blocker' })]).reasons).toEqual(['1 blocker open: PO-3']);
  });

  test('2 not_ready: release date passed with work unfinished', () => {
    const issues = [doneOn('PO-1', asOf), ...[2, 3, 4, 5, 6].map((n) => anIssue({ key: `PO-${n}` }))];
    const r = run(issues, { version: aVersion({ releaseDate: '2026-11-19' }) });
    expect(r.verdict).toBe('not_ready');
    expect(r.reasons).toEqual(['Release date 2026-11-19 has passed with 5 issues unfinished']);
    expect(run([anIssue({})], { version: aVersion({ releaseDate: '2026-11-19' }) }).reasons).toEqual([
      'Release date 2026-11-19 has passed with 1 issue unfinished',
    ]);
  });

  test('2: release date == as-of is not passed', () => {
    const r = run([anIssue({}), doneOn('PO-2', asOf)], { version: aVersion({ releaseDate: asOf }) });
    expect(r.verdict).toBe('at_risk');
  });

  test('2: release date passed but all done is not rule 2', () => {
    const r = run([doneOn('PO-1', '2026-11-01')], { version: aVersion({ releaseDate: '2026-11-10' }) });
    expect(r.verdict).toBe('ready');
  });

  test('2 not_ready lists every cause that holds', () => {
    const issues = [anIssue({ key: 'PO-40', priority: 'Highest' }), anIssue({ key: 'PO-12', priority: 'Blocker' }), anIssue({ key: 'PO-3' })];
    const r = run(issues, { version: aVersion({ releaseDate: '2026-11-01' }) });
    expect(r.verdict).toBe('not_ready');
    expect(r.reasons).toEqual(['2 blockers open: PO-12, PO-40', 'Release date 2026-11-01 has passed with 3 issues unfinished']);
  });

  test('3 ready: all done and every required sign-off signed', () => {
    const r = run([doneOn('PO-1', '2026-11-01'), doneOn('PO-2', asOf)], {
      requiredSignoffs: DEFAULT_SIGNOFFS,
      signoffs: DEFAULT_SIGNOFFS.map((c) => signed(c.label, { checkId: c.id, scopeKeys: ['PO-2', 'PO-1'] })),
    });
    expect(r.verdict).toBe('ready');
    expect(r.reasons).toEqual(['All 2 issues are done and every required sign-off is signed']);
    expect(r.percentDone).toBe(100);
  });

  test('3 ready with no sign-offs required', () => {
    const r = run([doneOn('PO-1', '2026-11-01')]);
    expect(r.verdict).toBe('ready');
    expect(r.reasons).toEqual(['All 1 issue is done and no sign-off is required']);
  });

  test('4 at_risk: no throughput', () => {
    const r = run([anIssue({}), doneOn('PO-2', '2026-10-01')]);
    expect(r.verdict).toBe('at_risk');
    expect(r.reasons).toEqual(['No issues resolved in the last 14 days']);
  });

  test('4 at_risk: throughput 0 with no release date', () => {
    expect(run([anIssue({})], { version: aVersion({ releaseDate: null }) }).verdict).toBe('at_risk');
  });

  test('4 at_risk: pace too slow for the days left', () => {
    const issues = [
      ...Array.from({ length: 17 }, (_, i) => doneOn(`PO-${i + 1}`, '2026-11-15')),
      ...Array.from({ length: 30 }, (_, i) => anIssue({ key: `PO-${i + 100}` })),
    ];
    const r = run(issues, { version: aVersion({ releaseDate: '2026-11-30' }) });
    expect(r.verdict).toBe('at_risk');
    expect(r.daysNeeded).toBeCloseTo(24.705882, 5);
    expect(r.reasons).toEqual(['At the current pace (1.2 issues/day) the remaining 30 issues need 25 days; 10 days are left']);
  });

  test('4 at_risk: all done but a required sign-off missing', () => {
    const r = run([doneOn('PO-1', asOf)], {
      requiredSignoffs: DEFAULT_SIGNOFFS,
      signoffs: [signed('qa sign-off '), signed('Release deck reviewed', { signedBy: '  ' })],
    });
    expect(r.verdict).toBe('at_risk');
    expect(r.reasons).toEqual([
      'Sign-off missing: Release notes and communication ready',
      'Sign-off missing: Release deck reviewed',
      'Sign-off missing: Product lead sign-off',
    ]);
  });

  test('4 at_risk: a stale sign-off counts as missing, with what changed', () => {
    const r = run([doneOn('PO-1', asOf), doneOn('PO-7', asOf), doneOn('PO-2', asOf)], {
      requiredSignoffs: [QA],
      signoffs: [signed('QA sign-off', { checkId: 'qa', scopeKeys: ['PO-1', 'PO-2', 'PO-3'] })],
    });
    expect(r.verdict).toBe('at_risk');
    expect(r.signoffs[0]).toMatchObject({ label: 'QA sign-off', signedBy: 'Ana', signed: false, stale: true, scopeChange: { added: ['PO-7'], removed: ['PO-3'] } });
    expect(r.reasons).toEqual(['Sign-off stale: QA sign-off (scope changed since signed: +PO-7, −PO-3)']);
  });

  test('5 on_track: enough pace for the days left, or no release date', () => {
    const issues = [doneOn('PO-1', '2026-11-15'), doneOn('PO-2', '2026-11-16'), anIssue({ key: 'PO-3' })];
    const r = run(issues, { version: aVersion({ releaseDate: '2026-12-20' }) });
    expect(r.verdict).toBe('on_track');
    expect(r.reasons).toEqual(['At the current pace (0.1 issues/day) the remaining 1 issue needs 7 days; 30 days are left']);
    const n = run(issues, { version: aVersion({ releaseDate: null }) });
    expect(n.verdict).toBe('on_track');
    expect(n.reasons).toEqual(['At the current pace (0.1 issues/day) the remaining 1 issue needs 7 days; the version has no release date']);
  });

  test('reasons are never empty for not_ready and at_risk', () => {
    const cases = [
      run([]),
      run([anIssue({ priority: 'Highest' })]),
      run([anIssue({})]),
      run([doneOn('PO-1', asOf)], { requiredSignoffs: [QA] }),
    ];
    for (const r of cases) {
      expect(['not_ready', 'at_risk']).toContain(r.verdict);
      expect(r.reasons.length).toBeGreaterThan(0);
    }
  });
});

describe('evaluateSignoffs', () => {
  const keys = new Set(['PO-1', 'PO-2']);
  test('matches by checkId when the entry has one (renamed checks keep signatures)', () => {
    const s = evaluateSignoffs([{ id: 'qa', label: 'Quality sign-off' }], [signed('QA sign-off', { checkId: 'qa' })], keys);
    expect(s[0]).toMatchObject({ label: 'Quality sign-off', checkId: 'qa', signed: true });
  });
  test('an entry with another checkId does not match by label', () => {
    const s = evaluateSignoffs([QA], [signed('QA sign-off', { checkId: 'other' })], keys);
    expect(s[0]).toMatchObject({ signed: false, signedBy: null });
  });
  test('label matching is case-insensitive and trimmed; empty signedBy is not signed', () => {
    expect(evaluateSignoffs([QA], [signed('  qa SIGN-OFF ')], keys)[0]!.signed).toBe(true);
    expect(evaluateSignoffs([QA], [signed('QA sign-off', { signedBy: '' })], keys)[0]).toMatchObject({ signed: false, signedBy: null });
    expect(evaluateSignoffs([QA], [signed('QA sign-off', { signedBy: null })], keys)[0]!.signed).toBe(false);
  });
  test('entries without scope (CLI file) count as given; the same scope in any order is fresh', () => {
    expect(evaluateSignoffs([QA], [signed('QA sign-off')], keys)[0]).toMatchObject({ signed: true, stale: false });
    expect(evaluateSignoffs([QA], [signed('QA sign-off', { scopeKeys: ['PO-2', 'PO-1'] })], keys)[0]).toMatchObject({ signed: true, stale: false });
  });
  test('a fresh signature wins over a stale one', () => {
    const s = evaluateSignoffs([QA], [signed('QA sign-off', { scopeKeys: ['PO-1'], signedBy: 'Old' }), signed('QA sign-off', { scopeKeys: ['PO-1', 'PO-2'] })], keys);
    expect(s[0]).toMatchObject({ signedBy: 'Ana', signed: true, stale: false });
  });
  test('only removed keys make it stale too', () => {
    const s = evaluateSignoffs([QA], [signed('QA sign-off', { scopeKeys: ['PO-1', 'PO-2', 'PO-40', 'PO-6'] })], keys);
    expect(s[0]).toMatchObject({ stale: true, scopeChange: { added: [], removed: ['PO-6', 'PO-40'] } });
  });
  test('a signer who is no longer allowed to sign the check makes it stale; an allowed one still counts', () => {
    const onlyBo = { ...QA, signers: ['Bo'] };
    const [s] = evaluateSignoffs([onlyBo], [signed('QA sign-off', { scopeKeys: ['PO-1', 'PO-2'] })], keys);
    expect(s).toMatchObject({ signedBy: 'Ana', signed: false, stale: true, scopeChange: null, signerNotAllowed: true });
    expect(evaluateSignoffs([{ ...QA, signers: ['Ana'] }], [signed('QA sign-off', { scopeKeys: ['PO-1', 'PO-2'] })], keys)[0]).toMatchObject({ signed: true, stale: false });
    expect(evaluateSignoffs([{ ...QA, signers: 'anyone' }], [signed('QA sign-off', { scopeKeys: ['PO-1', 'PO-2'] })], keys)[0]).toMatchObject({ signed: true });
    // Bo's fresh signature wins over Ana's.
    const both = evaluateSignoffs([onlyBo], [signed('QA sign-off', { scopeKeys: ['PO-1', 'PO-2'] }), signed('QA sign-off', { scopeKeys: ['PO-1', 'PO-2'], signedBy: 'Bo' })], keys);
    expect(both[0]).toMatchObject({ signedBy: 'Bo', signed: true, signerNotAllowed: false });
  });
});
