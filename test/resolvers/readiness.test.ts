/**
 * Readiness and settings resolvers: payload validation, identity from the Forge context only,
 * allowed signers, and failed calls that leave stored sign-offs as they were.
 */
import type { KeyValueStore } from '../../src/store/kv-store';
import { READINESS_KEYS, SETTINGS_KEYS, SETTINGS_MODULE_KEY, type Envelope, type ReadinessView, type SettingsView } from '../../src/contract';
import { createJiraClient } from '../../src/jira';
import { fetchTransport } from '../../local/node/jira-fetch-transport';
import type { AppDeps, ForgeContext, ResolverHandler } from '../../src/resolvers';
import { readinessResolvers } from '../../src/resolvers/readiness';
import { settingsResolvers } from '../../src/resolvers/settings';
import { MemoryStore } from '../../src/store/memory-store';
import { SignoffStore } from '../../src/store/signoff-store';
import { createDataset, DEMO_API_TOKEN, DEMO_USERS, DEMO_VERSIONS, startDemoSite, versionByName, type DemoSite } from '../../local/demo-site';

const TODAY = '2026-11-20';
const NOW = '2026-11-20T15:30:00.000Z';
let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite({ dataset: createDataset({ today: TODAY }) });
});
afterAll(() => site.close());

const users = Object.values(DEMO_USERS);

function setup(store = new MemoryStore()) {
  const deps: AppDeps = {
    jiraFor: (ctx) => {
      const user = users.find((u) => u.accountId === ctx.accountId) ?? DEMO_USERS.outsider;
      return createJiraClient({ transport: fetchTransport({ baseUrl: site.url, email: user.email, apiToken: DEMO_API_TOKEN }), deadlineMs: 5_000, baseDelayMs: 10 });
    },
    store,
    today: () => TODAY,
    now: () => NOW,
    siteUrl: () => site.url,
  };
  const handlers: Record<string, ResolverHandler> = { ...readinessResolvers(deps), ...settingsResolvers(deps) };
  const call = async <T>(key: string, payload: unknown, context: ForgeContext): Promise<Envelope<T>> =>
    (await handlers[key]!({ payload, context })) as Envelope<T>;
  return { store, call };
}

/** What the app records (sign-offs, settings), without the viewers' read caches. */
const recordsIn = async (store: KeyValueStore) => (await store.list('')).filter((e) => !e.key.startsWith('readcache:'));

const gadget = (accountId: string): ForgeContext => ({ accountId, moduleKey: 'shipshape-readiness-gadget' });
const mob = () => versionByName(site.dataset, 'MOB', DEMO_VERSIONS.mobAllDone)!;

describe('readiness resolvers', () => {
  it('answers the view in the envelope', async () => {
    const { call } = setup();
    const r = await call<ReadinessView>(READINESS_KEYS.readiness, { projectKey: 'PO', version: DEMO_VERSIONS.poBlocked }, gadget(DEMO_USERS.lead.accountId));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data).toMatchObject({ verdict: 'not_ready', viewerAccountId: DEMO_USERS.lead.accountId, viewerName: 'Priya Raman', siteUrl: site.url });
  });

  it.each([
    [READINESS_KEYS.readiness, 'a string', /payload must be an object/],
    [READINESS_KEYS.readiness, { projectKey: 5, version: 'PO 2.0' }, /"projectKey" is required/],
    [READINESS_KEYS.readiness, { projectKey: 'PO' }, /Name exactly one version/],
    [READINESS_KEYS.readiness, { projectKey: 'PO', version: 'PO 2.0', nextUnreleased: true }, /Name exactly one version/],
    [READINESS_KEYS.readiness, { projectKey: 'PO', versionId: 'abc' }, /"versionId" is not valid/],
    [READINESS_KEYS.readiness, { projectKey: 'PO', nextUnreleased: 'yes' }, /"nextUnreleased" must be true or false/],
    [READINESS_KEYS.readiness, { projectKey: 'PO', version: 'PO 2.0', asOf: '20/11/2026' }, /"asOf" must be a date/],
    [READINESS_KEYS.sign, { projectKey: 'MOB', versionId: 10, checkId: 'qa' }, /"versionId" is required/],
    [READINESS_KEYS.sign, { projectKey: 'MOB', versionId: '10', checkId: ['qa'] }, /"checkId" is required/],
    [READINESS_KEYS.sign, { projectKey: 'MOB', versionId: '10', checkId: 'QA sign-off' }, /"checkId" is not valid/],
    [READINESS_KEYS.versions, {}, /"projectKey" is required/],
  ])('%s refuses %j with BAD_INPUT', async (key, payload, message) => {
    const { call, store } = setup();
    const r = await call(key, payload, gadget(DEMO_USERS.lead.accountId));
    expect(r).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(message) } });
    expect(await recordsIn(store)).toEqual([]);
  });

  it('signs as context.accountId: an accountId in the payload is ignored', async () => {
    const { call, store } = setup();
    const r = await call<ReadinessView>(
      READINESS_KEYS.sign,
      { projectKey: 'MOB', versionId: mob().id, checkId: 'qa', accountId: DEMO_USERS.mobile.accountId, signedBy: 'Someone Else', at: '1999-01-01T00:00:00Z' },
      gadget(DEMO_USERS.lead.accountId),
    );
    expect(r.ok).toBe(true);
    const [event] = await new SignoffStore(store).history(mob().id);
    expect(event).toMatchObject({ action: 'sign', checkId: 'qa', accountId: DEMO_USERS.lead.accountId, displayName: 'Priya Raman', at: NOW });
    if (r.ok) expect(r.data.checks.find((c) => c.checkId === 'qa')).toMatchObject({ signed: true, signedBy: DEMO_USERS.lead.accountId, signedAt: NOW });
  });

  it('no viewer (no accountId in the context): FORBIDDEN, nothing stored', async () => {
    const { call, store } = setup();
    const r = await call(READINESS_KEYS.sign, { projectKey: 'MOB', versionId: mob().id, checkId: 'qa', accountId: DEMO_USERS.lead.accountId }, { moduleKey: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await recordsIn(store)).toEqual([]);
  });

  it('a settings save asks Jira once whether the saver is an administrator, and answers the saved view', async () => {
    const { call } = setup();
    const admin: ForgeContext = { accountId: DEMO_USERS.lead.accountId, moduleKey: SETTINGS_MODULE_KEY };
    const got = await call<SettingsView>(SETTINGS_KEYS.get, {}, admin);
    if (!got.ok) throw new Error(got.error.message);
    site.stats.reset();
    const saved = await call<SettingsView>(SETTINGS_KEYS.save, { revision: got.data.revision, settings: got.data.settings }, admin);
    expect(saved).toMatchObject({ ok: true, data: { canEdit: true, revision: got.data.revision + 1 } });
    if (saved.ok) expect(saved.data.sitePriorities).toEqual(got.data.sitePriorities);
    expect(site.stats.byPath['/rest/api/3/mypermissions']).toBe(1);
  });

  it('a signer not allowed is refused with the reason, and nothing is stored', async () => {
    const { call, store } = setup();
    const admin: ForgeContext = { accountId: DEMO_USERS.lead.accountId, moduleKey: SETTINGS_MODULE_KEY };
    const got = await call<SettingsView>(SETTINGS_KEYS.get, {}, admin);
    if (!got.ok) throw new Error(got.error.message);
    const settings = { ...got.data.settings, checks: got.data.settings.checks.map((c) => (c.id === 'qa' ? { ...c, signers: [DEMO_USERS.lead.accountId] } : c)) };
    expect((await call(SETTINGS_KEYS.save, { revision: 0, settings }, admin)).ok).toBe(true);
    const before = await recordsIn(store);

    const r = await call(READINESS_KEYS.sign, { projectKey: 'MOB', versionId: mob().id, checkId: 'qa' }, gadget(DEMO_USERS.mobile.accountId));
    expect(r).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/not one of the people allowed to sign "QA sign-off"/) } });
    expect(await recordsIn(store)).toEqual(before);
  });

  it('a failed call loses nothing: Jira down, an unknown check, a failing store write', async () => {
    const store = new MemoryStore();
    const { call } = setup(store);
    const lead = gadget(DEMO_USERS.lead.accountId);
    expect((await call(READINESS_KEYS.sign, { projectKey: 'MOB', versionId: mob().id, checkId: 'qa' }, lead)).ok).toBe(true);
    expect((await call(READINESS_KEYS.sign, { projectKey: 'MOB', versionId: mob().id, checkId: 'release-deck' }, lead)).ok).toBe(true);
    const before = await recordsIn(store);
    expect(before).toHaveLength(2);

    site.injectFaults({ status: 503, count: 1000 });
    try {
      const down = await call(READINESS_KEYS.withdraw, { projectKey: 'MOB', versionId: mob().id, checkId: 'qa' }, lead);
      expect(down).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', reason: 'JIRA' } });
    } finally {
      site.injectFaults({ status: 503, count: 0 });
    }
    expect(await recordsIn(store)).toEqual(before);

    const unknown = await call(READINESS_KEYS.sign, { projectKey: 'MOB', versionId: mob().id, checkId: 'no-such-check' }, lead);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/no required sign-off with id "no-such-check"/) } });
    const notSigned = await call(READINESS_KEYS.withdraw, { projectKey: 'MOB', versionId: mob().id, checkId: 'product-lead' }, lead);
    expect(notSigned).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/is not signed/) } });

    const original = store.setIfAbsent.bind(store);
    store.setIfAbsent = async () => {
      throw new Error('storage is down');
    };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const failed = await call(READINESS_KEYS.sign, { projectKey: 'MOB', versionId: mob().id, checkId: 'qa' }, lead);
      expect(failed).toMatchObject({ ok: false, error: { code: 'UNEXPECTED' } });
    } finally {
      store.setIfAbsent = original;
      spy.mockRestore();
    }
    expect(await recordsIn(store)).toEqual(before);
  });

  it('a signature by someone no longer allowed to sign the check is stale, with the reason', async () => {
    const { call } = setup();
    const admin: ForgeContext = { accountId: DEMO_USERS.lead.accountId, moduleKey: SETTINGS_MODULE_KEY };
    const marco = gadget(DEMO_USERS.mobile.accountId);
    const signed = await call<ReadinessView>(READINESS_KEYS.sign, { projectKey: 'MOB', versionId: mob().id, checkId: 'qa' }, marco);
    expect(signed.ok && signed.data.checks.find((c) => c.checkId === 'qa')).toMatchObject({ signed: true, stale: false, signerRemovedReason: null });

    // The admin now lets only Priya sign QA: Marco's signature no longer counts.
    const got = await call<SettingsView>(SETTINGS_KEYS.get, {}, admin);
    if (!got.ok) throw new Error(got.error.message);
    const settings = { ...got.data.settings, checks: got.data.settings.checks.map((c) => (c.id === 'qa' ? { ...c, signers: [DEMO_USERS.lead.accountId] } : c)) };
    expect((await call(SETTINGS_KEYS.save, { revision: 0, settings }, admin)).ok).toBe(true);

    const after = await call<ReadinessView>(READINESS_KEYS.readiness, { projectKey: 'MOB', versionId: mob().id }, marco);
    if (!after.ok) throw new Error(after.error.message);
    expect(after.data.checks.find((c) => c.checkId === 'qa')).toMatchObject({
      signed: false,
      stale: true,
      scopeChange: null,
      signedBy: DEMO_USERS.mobile.accountId,
      signerRemovedReason: 'Marco Bianchi is no longer one of the people allowed to sign this check (Shipshape settings changed), so the signature counts as missing.',
    });
    expect(after.data.signoffs.find((s) => s.label === 'QA sign-off')).toEqual({ label: 'QA sign-off', signedBy: null, signedAt: null });
    expect(after.data.reasons).toContain('Sign-off stale: QA sign-off (signed by someone who is no longer allowed to sign it)');
  });

  it('the audit needs a viewer who can see the project', async () => {
    const { call } = setup();
    const outsider = gadget(DEMO_USERS.outsider.accountId);
    expect(await call(READINESS_KEYS.audit, { projectKey: 'MOB', versionId: mob().id }, outsider)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('settings resolvers', () => {
  const admin: ForgeContext = { accountId: DEMO_USERS.lead.accountId, moduleKey: SETTINGS_MODULE_KEY };

  it('reads defaults; saves only for a Jira administrator (checked as the user, from any module); refuses bad values with the reason', async () => {
    const { call, store } = setup();
    const got = await call<SettingsView>(SETTINGS_KEYS.get, {}, admin);
    expect(got).toMatchObject({ ok: true, data: { isDefault: true, revision: 0, canEdit: true, cannotEditReason: null, viewerAccountId: DEMO_USERS.lead.accountId } });
    if (!got.ok) return;
    expect(got.data.sitePriorities).toContain('Highest');
    expect(got.data.settings.frameworkEditors).toBeNull();

    // Marco is not a Jira administrator: read only with the reason, and a save is refused even from the admin page.
    const marcoOnPage: ForgeContext = { accountId: DEMO_USERS.mobile.accountId, moduleKey: SETTINGS_MODULE_KEY };
    expect(await call(SETTINGS_KEYS.get, {}, marcoOnPage)).toMatchObject({
      ok: true,
      data: { canEdit: false, cannotEditReason: 'Only Jira administrators can change Shipshape settings.', sitePriorities: [] },
    });
    for (const ctx of [marcoOnPage, gadget(DEMO_USERS.mobile.accountId), gadget(DEMO_USERS.outsider.accountId)]) {
      expect(await call(SETTINGS_KEYS.save, { revision: 0, settings: got.data.settings }, ctx)).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Only Jira administrators can change Shipshape settings.' },
      });
    }
    expect(await store.list('')).toEqual([]);

    const bad = await call(SETTINGS_KEYS.save, { revision: 0, settings: { ...got.data.settings, blockerPriorities: ['Highest', 'HIGHEST'] } }, admin);
    expect(bad).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: 'Blocker priority "HIGHEST" is listed twice (names match case-insensitively).' } });
    expect(await call(SETTINGS_KEYS.save, { revision: '0', settings: got.data.settings }, admin)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await recordsIn(store)).toEqual([]);

    const added = { ...got.data.settings, checks: [...got.data.settings.checks, { id: null, label: 'Security review', signers: 'anyone' as const }] };
    const saved = await call<SettingsView>(SETTINGS_KEYS.save, { revision: 0, settings: added }, admin);
    expect(saved).toMatchObject({ ok: true, data: { revision: 1, isDefault: false, updatedBy: DEMO_USERS.lead.accountId, updatedByName: 'Priya Raman', updatedAt: NOW } });
    if (saved.ok) expect(saved.data.settings.checks.at(-1)).toEqual({ id: 'security-review', label: 'Security review', signers: 'anyone' });

    // The administrator's permission, not the module, decides: a save from the gadget's module is accepted too.
    const fromGadget = await call<SettingsView>(SETTINGS_KEYS.save, { revision: 1, settings: { ...added, frameworkEditors: [DEMO_USERS.mobile.accountId, ' '] } }, gadget(DEMO_USERS.lead.accountId));
    expect(fromGadget).toMatchObject({ ok: true, data: { revision: 2, settings: { frameworkEditors: [DEMO_USERS.mobile.accountId] } } });
    const badEditor = await call(SETTINGS_KEYS.save, { revision: 2, settings: { ...added, frameworkEditors: ['not an id!!'] } }, admin);
    expect(badEditor).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: '"not an id!!" (framework editor) is not an Atlassian account id.' } });
  });

  it("refuses a new blocker priority the site does not have (read as the admin), and lists every problem at once", async () => {
    const { call, store } = setup();
    const got = await call<SettingsView>(SETTINGS_KEYS.get, {}, admin);
    if (!got.ok) throw new Error('settings-get failed');
    const bad = await call(
      SETTINGS_KEYS.save,
      { revision: 0, settings: { ...got.data.settings, blockerPriorities: [...got.data.settings.blockerPriorities, 'Urgnt'], checks: [{ id: null, label: 'A', signers: ['not an id!!'] }] } },
      admin,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!bad.ok) {
      const lines = bad.error.message.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^"Urgnt" is not a priority on this Jira site \(it has .*Highest/);
      expect(lines[1]).toBe('"not an id!!" (a signer of "A") is not an Atlassian account id.');
    }
    expect(await recordsIn(store)).toEqual([]);
    // The defaults' Blocker and Critical are kept even where the site lacks one of them.
    expect(await call(SETTINGS_KEYS.save, { revision: 0, settings: got.data.settings }, admin)).toMatchObject({ ok: true });
  });

  it('a save over a newer revision is a CONFLICT (reason STALE_REVISION) and keeps the other save', async () => {
    const { call } = setup();
    const got = await call<SettingsView>(SETTINGS_KEYS.get, {}, admin);
    if (!got.ok) throw new Error('settings-get failed');
    const first = { ...got.data.settings, blockerPriorities: ['Highest'] };
    expect(await call(SETTINGS_KEYS.save, { revision: 0, settings: first }, admin)).toMatchObject({ ok: true });
    const second = await call(SETTINGS_KEYS.save, { revision: 0, settings: { ...got.data.settings, blockerPriorities: ['Blocker'] } }, admin);
    expect(second).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'STALE_REVISION', message: expect.stringMatching(/^Someone else saved the settings/) } });
    const now = await call<SettingsView>(SETTINGS_KEYS.get, {}, admin);
    expect(now.ok && now.data.settings.blockerPriorities).toEqual(['Highest']);
  });
  it('per-project settings: a project with its own blocker priorities and sign-offs uses them; others keep the site defaults', async () => {
    const { call } = setup();
    const got = await call<SettingsView>(SETTINGS_KEYS.get, {}, admin);
    if (!got.ok) throw new Error('settings-get failed');
    const po = site.dataset.projects.find((p) => p.key === 'PO')!;
    const before = await call<ReadinessView>(READINESS_KEYS.readiness, { projectKey: 'PO', version: DEMO_VERSIONS.poBlocked }, gadget(DEMO_USERS.lead.accountId));
    expect(before).toMatchObject({ ok: true, data: { verdict: 'not_ready' } });

    // PO: nothing is a blocker, and one check of its own (site defaults stay for MOB).
    const settings = {
      ...got.data.settings,
      projects: [{ projectId: po.id, projectKey: 'PO', projectName: po.name, blockerPriorities: [], checks: [{ id: null, label: 'Platform review', signers: [DEMO_USERS.lead.accountId] }] }],
    };
    const saved = await call<SettingsView>(SETTINGS_KEYS.save, { revision: 0, settings }, admin);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.data.settings.projects).toEqual([
      { projectId: po.id, projectKey: 'PO', projectName: po.name, blockerPriorities: [], checks: [{ id: 'platform-review', label: 'Platform review', signers: [DEMO_USERS.lead.accountId] }] },
    ]);

    const after = await call<ReadinessView>(READINESS_KEYS.readiness, { projectKey: 'PO', version: DEMO_VERSIONS.poBlocked }, gadget(DEMO_USERS.lead.accountId));
    if (!after.ok) throw new Error(after.error.message);
    expect(after.data.blockers).toEqual([]);
    expect(after.data.checks.map((c) => c.label)).toEqual(['Platform review']);
    const mob = await call<ReadinessView>(READINESS_KEYS.readiness, { projectKey: 'MOB', version: DEMO_VERSIONS.mobAllDone }, gadget(DEMO_USERS.lead.accountId));
    if (!mob.ok) throw new Error(mob.error.message);
    expect(mob.data.checks.map((c) => c.label)).toEqual(got.data.settings.checks.map((c) => c.label));

    // A project's bad value names the project's field; nothing is saved.
    const bad = await call(
      SETTINGS_KEYS.save,
      { revision: 1, settings: { ...saved.data.settings, projects: [{ projectId: po.id, projectKey: 'PO', blockerPriorities: ['Highest', 'highest'], checks: null }] } },
      admin,
    );
    expect(bad).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: 'Blocker priority "highest" is listed twice (names match case-insensitively).' } });
    // Both parts back to the site's: the project's entry goes.
    const reset = await call<SettingsView>(SETTINGS_KEYS.save, { revision: 1, settings: { ...saved.data.settings, projects: [{ projectId: po.id, projectKey: 'PO', blockerPriorities: null, checks: null }] } }, admin);
    expect(reset).toMatchObject({ ok: true, data: { revision: 2, settings: { projects: [] } } });
  });
});
