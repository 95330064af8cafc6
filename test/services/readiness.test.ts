/**
 * The readiness service over real HTTP against the demo Jira site: verdicts and reasons for the
 * demo versions, version lookup rules, request counts, sign-offs with scope and visibility.
 */
import { createJiraClient, jiraPorts, type JiraPorts } from '../../src/jira';
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import { readinessView, type ReadinessDeps } from '../../src/services/readiness-view';
import { signoffAudit } from '../../src/services/signoff-audit';
import { signOff } from '../../src/services/signoff-sign';
import { withdrawSignoff } from '../../src/services/signoff-withdraw';
import { issueReleases } from '../../src/services/readiness-issue';
import { findVersion, projectVersions, READINESS_CONCURRENCY, readinessReport } from '../../src/services/readiness';
import { DEFAULT_BLOCKER_PRIORITIES } from '../../src/domain/readiness';
import { signoffsFile } from '../../src/domain/signoffs-file';
import { MemoryStore } from '../../src/store/memory-store';
import { SignoffStore } from '../../src/store/signoff-store';
import { currentSettings, saveSettings } from '../../src/services/settings';
import {
  createDataset,
  DEMO_API_TOKEN,
  DEMO_USERS,
  DEMO_VERSIONS,
  issuesOf,
  levelOf,
  PRIORITY,
  startDemoSite,
  statusCategoryKeyOf,
  versionByName,
  type DemoSite,
} from '../../local/demo-site';

const TODAY = '2026-11-20';
const BIG_VERSION_ISSUES = 250;
let site: DemoSite;

beforeAll(async () => {
  site = await startDemoSite({ dataset: createDataset({ today: TODAY, scale: { units: 400, epics: 3, versionIssues: BIG_VERSION_ISSUES } }) });
});
afterAll(() => site.close());
beforeEach(() => site.stats.reset());

function jiraAs(user: { email: string }): JiraPorts {
  return jiraPorts(createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: user.email, apiToken: DEMO_API_TOKEN }), deadlineMs: 2000 }));
}

let clock = 0;
/** The readiness use cases as one viewer, over one store. */
function appAs(user: { email: string; accountId: string }, store = new MemoryStore()) {
  const deps: ReadinessDeps & { jira: JiraPorts } = {
    jira: jiraAs(user),
    store,
    viewer: user.accountId,
    today: TODAY,
    now: () => new Date(Date.UTC(2026, 10, 20, 12, 0, clock++)).toISOString(),
    siteUrl: site.url,
  };
  return {
    deps,
    view: (p: Parameters<typeof readinessView>[1], opts?: Parameters<typeof readinessView>[2]) => readinessView(deps, p, opts),
    sign: (p: Parameters<typeof signOff>[1]) => signOff(deps, p),
    withdraw: (p: Parameters<typeof withdrawSignoff>[1]) => withdrawSignoff(deps, p),
    audit: (p: Parameters<typeof signoffAudit>[1]) => signoffAudit(deps, p),
  };
}

const version = (project: string, name: string) => versionByName(site.dataset, project, name)!;

describe('readiness over HTTP: the demo versions', () => {
  const lead = () => appAs(DEMO_USERS.lead);

  it.each([
    ['PO', DEMO_VERSIONS.poPastDue, 'not_ready', /^Release date 2026-11-16 has passed with \d+ issues? unfinished$/],
    ['PO', DEMO_VERSIONS.poNearlyReady, 'on_track', /^At the current pace .* 10 days are left$/],
    ['PO', DEMO_VERSIONS.poBlocked, 'not_ready', /^1 blocker open: PO-\d+$/],
    ['PO', DEMO_VERSIONS.poEmpty, 'not_ready', /^Version has no issues$/],
    ['PO', DEMO_VERSIONS.poReleased, 'released', /^Version PO 1\.2 is released/],
    ['PO', DEMO_VERSIONS.poArchived, 'released', /is released/],
    ['MOB', DEMO_VERSIONS.mobAllDone, 'at_risk', /^Sign-off missing: Release notes and communication ready$/],
    ['MOB', DEMO_VERSIONS.mobAtRisk, 'at_risk', /.+/],
  ])('%s %s → %s', async (project, name, verdict, firstReason) => {
    const v = await lead().view({ projectKey: project, version: name });
    expect(v.verdict).toBe(verdict);
    expect(v.reasons[0]).toMatch(firstReason);
    // sub-tasks excluded
    expect(v.issues.total).toBe(issuesOf(site.dataset, { project, fixVersion: name }).filter((i) => levelOf(site.dataset, i) >= 0).length);
    expect(v.version).toMatchObject({ name, id: version(project, name).id });
  });

  it('counts match the dataset (sub-tasks excluded) and the blocker is the open Blocker issue', async () => {
    const v = await lead().view({ projectKey: 'PO', version: DEMO_VERSIONS.poBlocked });
    const open = issuesOf(site.dataset, { project: 'PO', fixVersion: DEMO_VERSIONS.poBlocked }).filter(
      (i) => levelOf(site.dataset, i) >= 0 && statusCategoryKeyOf(site.dataset, i) !== 'done' && i.priorityId === PRIORITY.blocker,
    );
    expect(v.blockers).toEqual(open.map((i) => i.key));
    expect(v.reasons).toEqual([`1 blocker open: ${v.blockers[0]}`]);
  });

  it('an archived version is reported like any other and says archived', async () => {
    const v = await lead().view({ projectKey: 'PO', version: DEMO_VERSIONS.poArchived });
    expect(v.version.archived).toBe(true);
  });

  it('Mobile 5.0 (all done) is ready once every required check is signed', async () => {
    const app = lead();
    const v0 = await app.view({ projectKey: 'MOB', version: DEMO_VERSIONS.mobAllDone });
    let v = v0;
    for (const c of v0.checks) v = await app.sign({ projectKey: 'MOB', versionId: v0.version.id, checkId: c.checkId });
    expect(v.verdict).toBe('ready');
    expect(v.checks.every((c) => c.signed && c.signedBy === DEMO_USERS.lead.accountId && c.signedByName === 'Priya Raman')).toBe(true);
    expect(v.signoffs.map((s) => s.signedBy)).toEqual(v.checks.map(() => DEMO_USERS.lead.accountId));
  });
});

describe('finding the version', () => {
  const jira = () => jiraAs(DEMO_USERS.lead);

  it('exact name first, else id; unknown, other project, unknown project are clear NOT_FOUNDs', async () => {
    const v20 = version('PO', DEMO_VERSIONS.poNearlyReady);
    expect((await findVersion({ jira: jira() }, { projectKey: 'PO', version: v20.id })).version.name).toBe(DEMO_VERSIONS.poNearlyReady);
    expect((await findVersion({ jira: jira() }, { projectKey: 'po', version: 'PO 2.0' })).version.id).toBe(v20.id);
    await expect(findVersion({ jira: jira() }, { projectKey: 'PO', version: 'po 2.0' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/no version named "po 2.0"/) });
    const mob = version('MOB', DEMO_VERSIONS.mobAtRisk);
    await expect(findVersion({ jira: jira() }, { projectKey: 'PO', versionId: mob.id })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/belongs to another project, not PO/) });
    await expect(findVersion({ jira: jira() }, { projectKey: 'PO', versionId: '424242' })).rejects.toMatchObject({ message: expect.stringMatching(/no longer exists in project PO \(it may have been deleted\)/) });
    await expect(findVersion({ jira: jira() }, { projectKey: 'ZZZ', version: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Project ZZZ was not found, or you do not have permission to see it.' });
    await expect(findVersion({ jira: jira() }, { projectKey: 'PO' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('a viewer who cannot browse the project gets the same NOT_FOUND (nothing about the version leaks)', async () => {
    await expect(appAs(DEMO_USERS.mobile).view({ projectKey: 'PO', version: DEMO_VERSIONS.poNearlyReady })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Project PO was not found, or you do not have permission to see it.',
    });
  });

  it('next unreleased over HTTP follows the project; the picker lists unreleased first', async () => {
    const resolved = await findVersion({ jira: jira() }, { projectKey: 'PO', nextUnreleased: true });
    expect(resolved.version.name).toBe(DEMO_VERSIONS.poPastDue); // its date (4 days ago) is the earliest unreleased one
    expect(resolved.followsNextUnreleased).toBe(true);
    const pv = await projectVersions({ jira: jira() }, { projectKey: 'PO' });
    expect(pv.nextUnreleasedId).toBe(resolved.version.id);
    const names = pv.versions.map((x) => x.name);
    expect(names.slice(0, 4)).toEqual([DEMO_VERSIONS.poPastDue, DEMO_VERSIONS.poNearlyReady, DEMO_VERSIONS.poBlocked, DEMO_VERSIONS.poEmpty]);
    expect(names.indexOf(DEMO_VERSIONS.poNoDate)).toBeLessThan(names.indexOf(DEMO_VERSIONS.poReleased));
    expect(pv.versions.at(-1)).toMatchObject({ name: DEMO_VERSIONS.poArchived, archived: true });
  });
});

describe('request counts', () => {
  // ⌈V/100⌉ pages + at most one part-filled page per created range (≤ 3 × the planned ranges) + the first page
  const ranges = (v: number) => 3 * Math.min(2 * READINESS_CONCURRENCY, Math.ceil(v / 100));
  const pages = (v: number) => (v <= 100 ? 1 : 1 + Math.ceil(v / 100) + ranges(v));
  // + the approximate counts: the whole version, then each range
  const counts = (v: number) => (v <= 100 ? 0 : 1 + ranges(v));

  it(`a ${BIG_VERSION_ISSUES}-issue version takes ceil(V/100) search pages plus a constant, read in parallel, every issue once`, async () => {
    const client = createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: DEMO_USERS.lead.email, apiToken: DEMO_API_TOKEN }) });
    const { report } = await readinessReport(
      { jira: jiraPorts(client) },
      {
        ref: { projectKey: 'BIG', version: DEMO_VERSIONS.bigVersion },
        inputs: { asOf: TODAY, blockerPriorities: DEFAULT_BLOCKER_PRIORITIES, requiredSignoffs: [], signoffs: [] },
      },
    );
    expect(report.issues.total).toBe(BIG_VERSION_ISSUES);
    const expected = issuesOf(site.dataset, { project: 'BIG', fixVersion: DEMO_VERSIONS.bigVersion }).filter((i) => levelOf(site.dataset, i) >= 0);
    expect(report.issueKeys).toEqual(expected.map((i) => i.key).sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1])));
    expect(site.stats.byPath['/rest/api/3/search/jql']).toBeLessThanOrEqual(pages(BIG_VERSION_ISSUES));
    expect(site.stats.byPath['/rest/api/3/search/approximate-count']).toBeLessThanOrEqual(counts(BIG_VERSION_ISSUES));
    // every issue read once (no key listing), plus the first page, which finds where the ranges start
    const versions = (await jiraAs(DEMO_USERS.lead).projectVersions('BIG')).length;
    expect(client.usage().objects).toBe(BIG_VERSION_ISSUES + 100 + versions);
  });

  it('a version of up to 100 issues takes one search request', async () => {
    await appAs(DEMO_USERS.lead).view({ projectKey: 'PO', version: DEMO_VERSIONS.poBlocked });
    expect(site.stats.byPath['/rest/api/3/search/jql']).toBe(1);
    expect(site.stats.requests).toBe(3);
  });

  it('the app view adds no Jira request while no sign-off has a changed scope', async () => {
    await appAs(DEMO_USERS.lead).view({ projectKey: 'BIG', version: DEMO_VERSIONS.bigVersion });
    const reads = (site.stats.byPath['/rest/api/3/search/jql'] ?? 0) + (site.stats.byPath['/rest/api/3/search/approximate-count'] ?? 0);
    expect(reads).toBeLessThanOrEqual(pages(BIG_VERSION_ISSUES) + counts(BIG_VERSION_ISSUES));
    // + the project and one page of versions
    expect(site.stats.requests).toBe(reads + 2);
  });
});

describe('sign-offs', () => {
  const mobVersion = () => version('MOB', DEMO_VERSIONS.mobAllDone);

  it('who is the viewer and when is now(); each event under its own key; the audit trail shows every change', async () => {
    const store = new MemoryStore();
    const app = appAs(DEMO_USERS.lead, store);
    const v = mobVersion();
    await app.sign({ projectKey: 'MOB', versionId: v.id, checkId: 'qa' });
    await app.withdraw({ projectKey: 'MOB', versionId: v.id, checkId: 'qa' });
    const after = await app.sign({ projectKey: 'MOB', versionId: v.id, checkId: 'qa' });
    const qa = after.checks.find((c) => c.checkId === 'qa')!;
    expect(qa).toMatchObject({ signed: true, stale: false, signedBy: DEMO_USERS.lead.accountId, signedByName: 'Priya Raman' });
    const keys = (await store.list('signoff:')).map((r) => r.key);
    expect(keys).toHaveLength(3);
    for (const k of keys) expect(k).toMatch(new RegExp(`^signoff:${v.id}:qa:\\d{14}-[0-9a-z]+$`));
    const audit = await app.audit({ projectKey: 'MOB', versionId: v.id });
    expect(audit.map((e) => `${e.action} ${e.label} ${e.displayName ?? e.accountId}`)).toEqual([
      'sign QA sign-off Priya Raman',
      'withdraw QA sign-off Priya Raman', // a withdrawal records the name too
      'sign QA sign-off Priya Raman',
    ]);
    expect(audit[0]!.scopeKeys).toHaveLength(after.issues.total);
    expect(audit[1]!.scopeKeys).toEqual([]);
    const events = await new SignoffStore(store).history(v.id);
    expect(events.map((e) => e.displayName)).toEqual(['Priya Raman', 'Priya Raman', 'Priya Raman']);
    expect(after.viewerName).toBe('Priya Raman');
  });

  it('an older withdrawal recorded without a name shows the name the same account signed with; an unknown account stays unnamed', async () => {
    const store = new MemoryStore();
    const v = mobVersion();
    const signoffs = new SignoffStore(store);
    const base = { versionId: v.id, checkId: 'qa', scopeKeys: [] };
    await signoffs.record({ ...base, action: 'sign', accountId: DEMO_USERS.lead.accountId, displayName: 'Priya Raman', at: '2026-11-19T10:00:00.000Z' });
    await signoffs.record({ ...base, action: 'withdraw', accountId: DEMO_USERS.lead.accountId, at: '2026-11-19T11:00:00.000Z' });
    await signoffs.record({ ...base, action: 'sign', accountId: 'gone-user', at: '2026-11-19T12:00:00.000Z' });
    const audit = await appAs(DEMO_USERS.lead, store).audit({ projectKey: 'MOB', versionId: v.id });
    expect(audit.map((e) => e.displayName)).toEqual(['Priya Raman', 'Priya Raman', null]);
  });

  it("the viewer's name is read once, only when asked for (the gadget), never by the issue panel's view", async () => {
    const v = mobVersion();
    const named = await appAs(DEMO_USERS.lead).view({ projectKey: 'MOB', versionId: v.id }, { withViewerName: true });
    expect(named.viewerName).toBe('Priya Raman');
    expect(site.stats.byPath['/rest/api/3/myself']).toBe(1);
    site.stats.reset();
    expect((await appAs(DEMO_USERS.lead).view({ projectKey: 'MOB', versionId: v.id })).viewerName).toBeNull();
    expect(site.stats.byPath['/rest/api/3/myself'] ?? 0).toBe(0);
  });

  it("a released version's sign-offs are read-only: nobody may sign or withdraw, and the view says why", async () => {
    const store = new MemoryStore();
    const v = version('PO', DEMO_VERSIONS.poReleased);
    const app = appAs(DEMO_USERS.lead, store);
    const view = await app.view({ projectKey: 'PO', versionId: v.id });
    expect(view.verdict).toBe('released');
    for (const c of view.checks) expect(c).toMatchObject({ canSign: false, cannotSignReason: expect.stringMatching(/is released, so its sign-offs are read-only/) });
    await expect(app.sign({ projectKey: 'PO', versionId: v.id, checkId: 'qa' })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/read-only/) });
    await expect(app.withdraw({ projectKey: 'PO', versionId: v.id, checkId: 'qa' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await store.list('signoff:')).toEqual([]);
  });

  it('two people signing at the same moment both land (store yields between read and write)', async () => {
    const store = new MemoryStore({ yieldBetween: true });
    const v = mobVersion();
    const fixedNow = () => '2026-11-20T12:00:00.000Z';
    const mk = (u: { email: string; accountId: string }): ReadinessDeps => ({ jira: jiraAs(u), store, viewer: u.accountId, today: TODAY, now: fixedNow, siteUrl: site.url });
    await Promise.all([
      signOff(mk(DEMO_USERS.lead), { projectKey: 'MOB', versionId: v.id, checkId: 'qa' }),
      signOff(mk(DEMO_USERS.mobile), { projectKey: 'MOB', versionId: v.id, checkId: 'qa' }),
      signOff(mk(DEMO_USERS.mobile), { projectKey: 'MOB', versionId: v.id, checkId: 'release-deck' }),
    ]);
    const history = await new SignoffStore(store).history(v.id);
    expect(history.map((e) => `${e.checkId}:${e.accountId}`).sort()).toEqual(
      [`qa:${DEMO_USERS.lead.accountId}`, `qa:${DEMO_USERS.mobile.accountId}`, `release-deck:${DEMO_USERS.mobile.accountId}`].sort(),
    );
  });

  it('allowed signers: others see the check with the reason and are refused; nothing is stored', async () => {
    const store = new MemoryStore();
    const { settings: s } = await currentSettings({ store });
    await saveSettings(
      { store },
      {
        payload: { revision: 0, settings: { ...s, checks: s.checks.map((c) => (c.id === 'qa' ? { ...c, signers: [DEMO_USERS.lead.accountId] } : c)) } },
        who: DEMO_USERS.lead.accountId,
        at: '2026-11-20T09:00:00.000Z',
      },
    );
    const v = mobVersion();
    const mobileView = await appAs(DEMO_USERS.mobile, store).view({ projectKey: 'MOB', versionId: v.id });
    const qa = mobileView.checks.find((c) => c.checkId === 'qa')!;
    expect(qa).toMatchObject({ canSign: false, cannotSignReason: expect.stringMatching(/Only the people named in Shipshape settings/) });
    expect(mobileView.checks.find((c) => c.checkId === 'release-deck')!.canSign).toBe(true);
    await expect(appAs(DEMO_USERS.mobile, store).sign({ projectKey: 'MOB', versionId: v.id, checkId: 'qa' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/not one of the people allowed to sign "QA sign-off"/),
    });
    expect(await store.list('signoff:')).toEqual([]);
    await appAs(DEMO_USERS.lead, store).sign({ projectKey: 'MOB', versionId: v.id, checkId: 'qa' });
    expect(await store.list('signoff:')).toHaveLength(1);
  });

  it('renaming a check keeps its signature (ids)', async () => {
    const store = new MemoryStore();
    const v = mobVersion();
    await appAs(DEMO_USERS.lead, store).sign({ projectKey: 'MOB', versionId: v.id, checkId: 'qa' });
    const { settings: s } = await currentSettings({ store });
    await saveSettings(
      { store },
      { payload: { revision: 0, settings: { ...s, checks: s.checks.map((c) => (c.id === 'qa' ? { ...c, label: 'Quality sign-off' } : c)) } }, who: 'x', at: '2026-11-20T09:00:00.000Z' },
    );
    const view = await appAs(DEMO_USERS.lead, store).view({ projectKey: 'MOB', versionId: v.id });
    expect(view.checks.find((c) => c.checkId === 'qa')).toMatchObject({ label: 'Quality sign-off', signed: true });
  });

  it('scope changed since signed: stale with what changed, for keys the viewer can see only', async () => {
    const store = new MemoryStore();
    const v = version('MOB', DEMO_VERSIONS.mobAtRisk);
    const lead = appAs(DEMO_USERS.lead, store);
    // Recorded scope: the version's keys minus one (added since), plus a PO issue (removed since; the mobile engineer cannot see PO).
    const scope = await scopeOf(lead, v.id);
    const dropped = scope[0]!;
    await new SignoffStore(store).record({
      action: 'sign',
      versionId: v.id,
      checkId: 'qa',
      accountId: DEMO_USERS.lead.accountId,
      at: '2026-11-19T10:00:00.000Z',
      scopeKeys: [...scope.filter((k) => k !== dropped), 'PO-1'],
    });

    const leadView = await lead.view({ projectKey: 'MOB', versionId: v.id });
    expect(leadView.checks.find((c) => c.checkId === 'qa')).toMatchObject({ stale: true, signed: false, scopeChange: { added: [dropped], removed: ['PO-1'] } });
    expect(leadView.reasons.join('\n')).not.toMatch(/Sign-off stale/); // at_risk for pace here; stale shows on the check

    const mobileView = await appAs(DEMO_USERS.mobile, store).view({ projectKey: 'MOB', versionId: v.id });
    const qa = mobileView.checks.find((c) => c.checkId === 'qa')!;
    expect(qa).toMatchObject({ stale: true, scopeChange: { added: [dropped], removed: [] } });
    expect(JSON.stringify(mobileView)).not.toMatch(/PO-1\b/);
    const audit = await appAs(DEMO_USERS.mobile, store).audit({ projectKey: 'MOB', versionId: v.id });
    expect(JSON.stringify(audit)).not.toMatch(/PO-1\b/);
    expect((await lead.audit({ projectKey: 'MOB', versionId: v.id }))[0]!.scopeKeys).toContain('PO-1');
  });

  it('visibleKeys drops keys Jira says do not exist (or cannot be seen) and keeps the rest', async () => {
    const seen = await jiraAs(DEMO_USERS.mobile).visibleKeys(['PO-1', 'MOB-1', 'MOB-99999', 'not a key']);
    expect([...seen]).toEqual(['MOB-1']);
  });

  it('export: the SPEC §3 sign-offs file with fresh signatures only', async () => {
    const store = new MemoryStore();
    const app = appAs(DEMO_USERS.lead, store);
    const v = mobVersion();
    await app.sign({ projectKey: 'MOB', versionId: v.id, checkId: 'qa' });
    const file = signoffsFile((await app.view({ projectKey: 'MOB', versionId: v.id })).checks);
    expect(file.required).toEqual(['Release notes and communication ready', 'Release deck reviewed', 'QA sign-off', 'Product lead sign-off']);
    expect(file.signoffs).toEqual([{ label: 'QA sign-off', signedBy: 'Priya Raman', signedAt: expect.any(String), accountId: DEMO_USERS.lead.accountId }]);
  });
});

describe('issue panel release section', () => {
  it('each fix version of an issue: verdict, % done, top reason and a link to the version', async () => {
    const v = version('PO', DEMO_VERSIONS.poBlocked);
    const issue = issuesOf(site.dataset, { project: 'PO', fixVersion: v.name }).find((i) => levelOf(site.dataset, i) === 0)!;
    const r = await issueReleases(appAs(DEMO_USERS.lead).deps, { issueKey: issue.key });
    expect(r.releases).toHaveLength(issue.fixVersionIds.length);
    const rel = r.releases.find((x) => x.version.id === v.id)!;
    expect(rel).toMatchObject({ verdict: 'not_ready', projectKey: 'PO', topReason: expect.stringMatching(/^1 blocker open: PO-\d+$/) });
    expect(rel.url).toBe(`${site.url}/projects/PO/versions/${v.id}/tab/release-report-all-issues`);
  });
});

async function scopeOf(app: ReturnType<typeof appAs>, versionId: string): Promise<string[]> {
  const v = await app.view({ projectKey: 'MOB', versionId });
  // every issue key of the version, as the lead sees it: the unsigned scope a signature would record
  const store = new MemoryStore();
  const probe: ReadinessDeps = { jira: jiraAs(DEMO_USERS.lead), store, viewer: DEMO_USERS.lead.accountId, today: TODAY, now: () => '2026-11-20T00:00:00.000Z', siteUrl: '' };
  await signOff(probe, { projectKey: 'MOB', versionId, checkId: 'qa' });
  const [event] = await new SignoffStore(store).history(versionId);
  expect(event!.scopeKeys).toHaveLength(v.issues.total);
  return event!.scopeKeys;
}
