/** The competency resolvers as the UI calls them: envelope, validation, and privacy from the Forge context. */
import { COMPETENCY_KEYS as K, SETTINGS_KEYS } from '../../src/contract';
import type { Envelope } from '../../src/contract';
import { createConfluenceClient } from '../../src/confluence';
import { fetchConfluenceTransport } from '../../local/node/confluence-fetch-transport';
import { competencyResolvers } from '../../src/resolvers/competency';
import type { AppDeps } from '../../src/resolvers/deps';
import type { ForgeContext } from '../../src/resolvers/context';
import type { JiraClient } from '../../src/jira';
import { settingsResolvers } from '../../src/resolvers/settings';
import { MemoryStore } from '../../src/store/memory-store';

/* eslint-disable @typescript-eslint/no-explicit-any -- envelope data is read loosely in these tests */
import { DEMO_API_TOKEN, DEMO_USERS } from '../../local/demo-site/model';
import { standInConfluenceFor, startConfluenceSite, type ConfluenceSite } from '../../local/confluence-site';

const ALICE = '5f8a1c2b3d4e5f6a7b8c9d11';
const BOB = '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077'; // Alice's manager
const EVE = '5f8a1c2b3d4e5f6a7b8c9d99';

function setup(store = new MemoryStore(), host: Pick<AppDeps, 'confluenceFor'> = {}) {
  const deps: AppDeps = {
    store,
    today: () => '2025-11-30',
    siteUrl: () => 'https://acme.atlassian.net',
    // Jira is asked one thing here, whether the viewer is a Jira administrator (the client's call is
    // tested over HTTP against the demo site): Bob is, Alice is not.
    jiraFor: (ctx) =>
      ({
        getMyPermissions: async (keys: readonly string[]) => ({
          permissions: Object.fromEntries(keys.map((k) => [k, { key: k, havePermission: k === 'ADMINISTER' && ctx.accountId === BOB }])),
        }),
        getMyself: async () => ({ accountId: ctx.accountId }),
        getPriorityNames: async () => [],
      }) as unknown as JiraClient,
    now: () => '2025-11-30T09:00:00.000Z',
    ...host,
  };
  const handlers = { ...competencyResolvers(deps), ...settingsResolvers(deps) };
  const call = async <T = any>(key: string, payload: unknown, accountId?: string): Promise<Envelope<T>> => {
    const context: ForgeContext = accountId ? { accountId, cloudId: 'c1', moduleKey: 'shipshape-competency' } : {};
    return (await handlers[key]!({ payload, context })) as Envelope<T>;
  };
  const ok = async <T = any>(key: string, payload: unknown, accountId?: string): Promise<T> => {
    const r = await call<T>(key, payload, accountId);
    if (!r.ok) throw new Error(`${key} failed: ${r.error.code} ${r.error.message}`);
    return r.data;
  };
  const fail = async (key: string, payload: unknown, accountId?: string) => {
    const r = await call(key, payload, accountId);
    if (r.ok) throw new Error(`${key} unexpectedly succeeded`);
    return r.error;
  };
  return { store, call, ok, fail };
}

const aliceAssessment = {
  person: 'Alice Kim',
  currentLevel: 'PO1',
  currentLevelSince: '2024-05-31',
  targetLevel: 'PO2',
  demonstrated: [
    { skill: 'tools & initiatives', behaviour: 1, evidence: 'PO-12' },
    { skill: 'Project Management', behaviour: 2, evidence: 'https://acme.atlassian.net/wiki/spaces/PO/pages/42/Release+train' },
  ],
};

describe('competency resolvers: every key is registered', () => {
  it('answers for every key in COMPETENCY_KEYS', () => {
    const handlers = competencyResolvers({ store: new MemoryStore(), today: () => '2025-01-01', now: () => '2025-01-01T00:00:00Z', siteUrl: () => '', jiraFor: () => ({}) as never });
    expect(Object.keys(handlers).sort()).toEqual(Object.values(K).sort());
  });
});

describe('assessments: privacy', () => {
  it('saves and reads my own assessment, with live readiness (SPEC §4)', async () => {
    const { ok } = setup();
    const saved = await ok(K.assessmentSaveMine, aliceAssessment, ALICE);
    expect(saved.assessment).toMatchObject({ ownerAccountId: ALICE, revision: 1, person: 'Alice Kim', currentLevel: 'PO1', targetLevel: 'PO2' });
    expect(saved.assessment.demonstrated[0]).toMatchObject({ skill: 'Tools & Initiatives', evidenceKind: 'jira-issue', evidenceHref: 'https://acme.atlassian.net/browse/PO-12' });
    expect(saved.assessment.demonstrated[1]).toMatchObject({ evidenceKind: 'confluence-page' });
    expect(saved.readiness).toMatchObject({ asOf: '2025-11-30', monthsInRole: 18, eligible: false });
    expect(saved.readiness.categories.map((c: { covered: boolean }) => c.covered)).toEqual([true, true, false]);
    const mine = await ok(K.assessmentGetMine, {}, ALICE);
    expect(mine.assessment.revision).toBe(1);
    const earlier = await ok(K.readinessMine, { asOf: '2025-11-29' }, ALICE);
    expect(earlier.monthsInRole).toBe(17);
  });

  it('another account cannot read or write it; a payload naming another account id is ignored', async () => {
    const { ok, store } = setup();
    await ok(K.assessmentSaveMine, aliceAssessment, ALICE);
    // Eve reads "mine": she has none, and Alice's is not returned whatever the payload says.
    const eve = await ok(K.assessmentGetMine, { accountId: ALICE, ownerAccountId: ALICE }, EVE);
    expect(eve.assessment).toBeNull();
    // Eve saves with Alice's account id in the payload: it lands under Eve's own key.
    const evesSave = await ok(K.assessmentSaveMine, { ...aliceAssessment, person: 'Eve', accountId: ALICE, ownerAccountId: ALICE }, EVE);
    expect(evesSave.assessment.ownerAccountId).toBe(EVE);
    expect(((await store.get('assessment:' + ALICE)) as { person: string }).person).toBe('Alice Kim');
    expect(((await store.get('assessment:' + EVE)) as { person: string }).person).toBe('Eve');
    // Eve cannot read Alice's through the shared view, readiness or export, nor delete it.
    const { fail } = setup(store);
    expect(await fail(K.assessmentGetShared, { ownerAccountId: ALICE }, EVE)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fail(K.exportMarkdown, { ownerAccountId: ALICE }, EVE)).toMatchObject({ code: 'NOT_FOUND' });
    await ok(K.assessmentDeleteMine, { accountId: ALICE }, EVE);
    expect(await store.get('assessment:' + ALICE)).toBeDefined();
    // The answer for "not shared" is the same whether or not the person has an assessment.
    const none = await fail(K.assessmentGetShared, { ownerAccountId: '5f8a1c2b3d4e5f6a7b8c9d77' }, EVE);
    expect(none.message).toBe((await fail(K.assessmentGetShared, { ownerAccountId: ALICE }, EVE)).message);
  });

  it('refuses every call without a user in the Forge context', async () => {
    const { fail } = setup();
    for (const key of [K.assessmentGetMine, K.assessmentSaveMine, K.readinessMine, K.exportMarkdown, K.assessmentShare, K.frameworkSaveCustom, K.publish]) {
      expect(await fail(key, key === K.assessmentSaveMine ? aliceAssessment : {})).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('sharing grants read-only access to the named account; withdrawing it removes access', async () => {
    const { ok, fail } = setup();
    await ok(K.assessmentSaveMine, aliceAssessment, ALICE);
    const shared = await ok(K.assessmentShare, { viewerAccountId: BOB, viewerName: 'Bob (manager)' }, ALICE);
    expect(shared.sharedWith).toEqual([{ viewerAccountId: BOB, viewerName: 'Bob (manager)', grantedAt: '2025-11-30T09:00:00.000Z' }]);
    expect((await ok(K.assessmentListSharedWithMe, {}, BOB)).items).toEqual([
      { ownerAccountId: ALICE, person: 'Alice Kim', currentLevel: 'PO1', targetLevel: 'PO2', grantedAt: '2025-11-30T09:00:00.000Z', updatedAt: '2025-11-30T09:00:00.000Z' },
    ]);
    const view = await ok(K.assessmentGetShared, { ownerAccountId: ALICE }, BOB);
    expect(view).toMatchObject({ readOnly: true, assessment: { ownerAccountId: ALICE }, readiness: { monthsInRole: 18 } });
    const packet = await ok(K.exportMarkdown, { ownerAccountId: ALICE }, BOB);
    expect(packet.markdown).toContain('# Promotion packet: Alice Kim');
    // Read-only: Bob's writes only ever touch Bob's own assessment.
    await ok(K.assessmentDeleteMine, { ownerAccountId: ALICE }, BOB);
    expect((await ok(K.assessmentGetShared, { ownerAccountId: ALICE }, BOB)).assessment.revision).toBe(1);
    // Eve still sees nothing.
    expect((await ok(K.assessmentListSharedWithMe, {}, EVE)).items).toEqual([]);
    expect(await fail(K.assessmentGetShared, { ownerAccountId: ALICE }, EVE)).toMatchObject({ code: 'NOT_FOUND' });
    // Only Alice can withdraw; Bob "withdrawing" Alice's share from his side changes nothing.
    await ok(K.assessmentUnshare, { viewerAccountId: BOB }, EVE);
    expect((await ok(K.assessmentListSharedWithMe, {}, BOB)).items).toHaveLength(1);
    const after = await ok(K.assessmentUnshare, { viewerAccountId: BOB }, ALICE);
    expect(after.sharedWith).toEqual([]);
    expect(await fail(K.assessmentGetShared, { ownerAccountId: ALICE }, BOB)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fail(K.exportMarkdown, { ownerAccountId: ALICE }, BOB)).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok(K.assessmentListSharedWithMe, {}, BOB)).items).toEqual([]);
  });

  it('deleting my assessment removes its shares too', async () => {
    const { ok, fail } = setup();
    await ok(K.assessmentSaveMine, aliceAssessment, ALICE);
    await ok(K.assessmentShare, { viewerAccountId: BOB }, ALICE);
    expect(await ok(K.assessmentDeleteMine, {}, ALICE)).toEqual({ deleted: true });
    expect(await fail(K.assessmentGetShared, { ownerAccountId: ALICE }, BOB)).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok(K.assessmentListSharedWithMe, {}, BOB)).items).toEqual([]);
  });

  it('validates share payloads', async () => {
    const { ok, fail } = setup();
    expect(await fail(K.assessmentShare, { viewerAccountId: BOB }, ALICE)).toMatchObject({ code: 'NOT_FOUND', message: 'Save your assessment before sharing it.' });
    await ok(K.assessmentSaveMine, aliceAssessment, ALICE);
    expect(await fail(K.assessmentShare, { viewerAccountId: ALICE }, ALICE)).toMatchObject({ code: 'BAD_INPUT' });
    expect(await fail(K.assessmentShare, { viewerAccountId: 'x y' }, ALICE)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('"viewerAccountId"') });
    expect(await fail(K.assessmentShare, {}, ALICE)).toMatchObject({ code: 'BAD_INPUT' });
    expect(await fail(K.assessmentShare, { viewerAccountId: BOB, viewerName: 'x'.repeat(101) }, ALICE)).toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('assessments: validation never loses stored data', () => {
  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ['a wrong type', { ...aliceAssessment, demonstrated: 'lots' }, /assessment\.demonstrated must be an array/],
    ['an unknown level', { ...aliceAssessment, targetLevel: 'PO9' }, /Unknown target level "PO9"/],
    ['an unknown skill', { ...aliceAssessment, demonstrated: [{ skill: 'Juggling', behaviour: 1, evidence: 'x' }] }, /unknown skill "Juggling" for PO2/],
    ['a position out of range', { ...aliceAssessment, demonstrated: [{ skill: 'Documentation', behaviour: 3, evidence: 'x' }] }, /out of range for "Documentation" at PO2/],
    ['a position that is not a whole number', { ...aliceAssessment, demonstrated: [{ skill: 'Documentation', behaviour: 1.5, evidence: 'x' }] }, /behaviour must be a whole number/],
    ['evidence too long', { ...aliceAssessment, demonstrated: [{ skill: 'Documentation', behaviour: 1, evidence: 'x'.repeat(2001) }] }, /demonstrated\[0\]\.evidence is too long \(2001 characters; at most 2000\)/],
    ['evidence not a string', { ...aliceAssessment, demonstrated: [{ skill: 'Documentation', behaviour: 1, evidence: 42 }] }, /evidence must be a string/],
    ['a bad date', { ...aliceAssessment, currentLevelSince: '2024-02-30' }, /currentLevelSince must be a real calendar date/],
    ['a start date in the future', { ...aliceAssessment, currentLevelSince: '2026-01-01' }, /is in the future \(today is 2025-11-30\)/],
    ['a target not above the current level', { ...aliceAssessment, targetLevel: 'PO1' }, /not above the current level PO1/],
    ['a bad revision', { ...aliceAssessment, revision: -1 }, /"revision" must be a whole number/],
    ['a bad asOf', { ...aliceAssessment, asOf: 'yesterday' }, /"asOf" must be a real calendar date/],
    ['a person that is not text', { ...aliceAssessment, person: 7 }, /person must be a string/],
    ['too many entries', { ...aliceAssessment, demonstrated: Array.from({ length: 501 }, () => ({ skill: 'Documentation', behaviour: 1, evidence: 'x' })) }, /at most 500/],
  ];
  it.each(bad)('%s → BAD_INPUT with a clear message, the stored assessment unchanged', async (_n, payload, message) => {
    const { ok, fail, store } = setup();
    await ok(K.assessmentSaveMine, aliceAssessment, ALICE);
    const before = await store.get('assessment:' + ALICE);
    const err = await fail(K.assessmentSaveMine, payload, ALICE);
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toMatch(message);
    expect(await store.get('assessment:' + ALICE)).toEqual(before);
  });

  it('refuses a payload that is not an object, and an empty save', async () => {
    const { fail } = setup();
    expect(await fail(K.assessmentSaveMine, [1, 2], ALICE)).toMatchObject({ code: 'BAD_INPUT' });
    expect(await fail(K.assessmentSaveMine, undefined, ALICE)).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('refuses a stale revision from a second tab', async () => {
    const { ok, fail } = setup();
    await ok(K.assessmentSaveMine, { ...aliceAssessment, revision: 0 }, ALICE);
    await ok(K.assessmentSaveMine, { ...aliceAssessment, revision: 1, person: 'Tab A' }, ALICE);
    const err = await fail(K.assessmentSaveMine, { ...aliceAssessment, revision: 1, person: 'Tab B' }, ALICE);
    expect(err).toMatchObject({ code: 'CONFLICT', reason: 'STALE_REVISION', message: expect.stringContaining('changed elsewhere') });
    expect((await ok(K.assessmentGetMine, {}, ALICE)).assessment.person).toBe('Tab A');
  });

  it('concurrent shares to different people all land (MemoryStore yieldBetween)', async () => {
    const { ok } = setup(new MemoryStore({ yieldBetween: true }));
    await ok(K.assessmentSaveMine, aliceAssessment, ALICE);
    const viewers = ['m-1', 'm-2', 'm-3', 'm-4'];
    await Promise.all(viewers.map((v) => ok(K.assessmentShare, { viewerAccountId: v }, ALICE)));
    expect((await ok(K.assessmentGetMine, {}, ALICE)).sharedWith.map((s: { viewerAccountId: string }) => s.viewerAccountId)).toEqual(viewers);
  });
});

describe('framework, level views and search', () => {
  it('gets the active framework (the default until a custom one is saved)', async () => {
    const { ok } = setup();
    const info = await ok(K.frameworkGet, {}, ALICE);
    expect(info).toMatchObject({ isCustom: false, source: { kind: 'default', frameworkId: 'product-ops', savedBy: null } });
    expect(info.framework.levels.map((l: { id: string }) => l.id)).toEqual(['PO1', 'PO2', 'POL5', 'POL6']);
  });

  it('level view: what the level adds, and everything expected at it', async () => {
    const { ok, fail } = setup();
    const po2 = await ok(K.levelView, { level: 'po2' }, ALICE);
    expect(po2.level.id).toBe('PO2');
    expect(po2.everything.map((l: { id: string }) => l.id)).toEqual(['PO1', 'PO2']);
    expect(po2).toMatchObject({ ladder: { id: 'individual-contributors' }, previous: 'PO1', next: null, counts: { own: 24 } });
    const pol5 = await ok(K.levelView, { level: 'POL5' }, ALICE);
    expect(pol5.everything.map((l: { id: string }) => l.id)).toEqual(['PO1', 'PO2', 'POL5']);
    expect(await fail(K.levelView, { level: 'PO7' }, ALICE)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('PO1, PO2, POL5, POL6') });
    expect(await fail(K.levelView, {}, ALICE)).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('compares two levels skill by skill', async () => {
    const { ok, fail } = setup();
    const cmp = await ok(K.levelCompare, { from: 'PO1', to: 'PO2' }, ALICE);
    expect(cmp).toMatchObject({ from: 'PO1', to: 'PO2' });
    expect(cmp.categories.map((c: { name: string }) => c.name)).toEqual(['Product Skills', 'Process Skills', 'People Skills']);
    expect(await fail(K.levelCompare, { from: 'PO1' }, ALICE)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('"to"') });
  });

  it('searches behaviours and skills case-insensitively, with where each hit is', async () => {
    const { ok, fail } = setup();
    const r = await ok(K.search, { query: 'EVANGELISM' }, ALICE);
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits.every((h: { skill: string }) => h.skill === 'Evangelism')).toBe(true);
    expect(r.hits[0]).toMatchObject({ levelId: 'POL5', category: 'People Skills', position: 1, matchedIn: expect.stringMatching(/skill|both/) });
    const roadmap = await ok(K.search, { query: 'product roadmap', level: 'PO1' }, ALICE);
    expect(roadmap.hits.every((h: { levelId: string; behaviour: string }) => h.levelId === 'PO1' && /product roadmap/i.test(h.behaviour))).toBe(true);
    const limited = await ok(K.search, { query: 'the', limit: 3 }, ALICE);
    expect(limited).toMatchObject({ truncated: true });
    expect(limited.hits).toHaveLength(3);
    expect(await fail(K.search, { query: 'a' }, ALICE)).toMatchObject({ code: 'BAD_INPUT' });
    expect(await fail(K.search, { query: 'the', category: 'Cooking' }, ALICE)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('Product Skills') });
    expect(await fail(K.search, { query: 'the', limit: 0 }, ALICE)).toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('custom frameworks through the resolvers', () => {
  const tiny = {
    id: 'tiny',
    name: 'Tiny Ops',
    jobFamily: 'Ops',
    ladders: [{ id: 'ic', name: 'IC', role: 'Specialist', levels: ['A1', 'A2'] }],
    levels: [
      { id: 'A1', rank: 1, ladder: 'ic', scope: 's', reporting: 'r', categories: [{ name: 'Craft', skills: [{ name: 'Writing', behaviours: ['Writes'] }] }] },
      { id: 'A2', rank: 2, ladder: 'ic', scope: 's', reporting: 'r', categories: [{ name: 'Craft', skills: [{ name: 'Writing', behaviours: ['Writes well', 'Edits'] }] }] },
    ],
  };

  it('validates, saves (with an audit entry), is used by assessments, and resets to the intact default', async () => {
    const { ok, fail } = setup();
    const check = await ok(K.frameworkValidate, { text: JSON.stringify(tiny) }, ALICE);
    expect(check).toEqual({ ok: true, errors: [], summary: { id: 'tiny', name: 'Tiny Ops', levels: ['A1', 'A2'] } });
    const saved = await ok(K.frameworkSaveCustom, { framework: tiny }, BOB);
    expect(saved).toMatchObject({ isCustom: true, source: { kind: 'custom', frameworkId: 'tiny', savedBy: BOB, savedAt: '2025-11-30T09:00:00.000Z' } });
    // Assessments now use the custom framework.
    expect(await fail(K.assessmentSaveMine, aliceAssessment, ALICE)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('A1, A2') });
    const mine = await ok(K.assessmentSaveMine, { currentLevel: 'A1', currentLevelSince: '2020-01-01', targetLevel: 'A2', demonstrated: [{ skill: 'writing', behaviour: 2, evidence: 'Edited the handbook' }] }, ALICE);
    expect(mine.readiness).toMatchObject({ eligible: true });
    // Back to the default: the default is intact, and the saved assessment says what changed.
    const reset = await ok(K.frameworkReset, {}, BOB);
    expect(reset).toMatchObject({ isCustom: false, source: { kind: 'default' } });
    expect(reset.framework.levels).toHaveLength(4);
    const after = await ok(K.assessmentGetMine, {}, ALICE);
    expect(after).toMatchObject({ readiness: null, frameworkChanged: true, problem: expect.stringContaining('The framework changed since this assessment was saved') });
    expect(await fail(K.readinessMine, {}, ALICE)).toMatchObject({ code: 'BAD_INPUT' });
    const audit = await ok(K.frameworkAudit, {}, ALICE);
    expect(audit.entries.map((e: { action: string; accountId: string }) => [e.action, e.accountId])).toEqual([
      ['reset', BOB],
      ['save-custom', BOB],
    ]);
  });

  it('only framework editors may replace or reset it: by default Jira administrators, else the people settings name', async () => {
    const { ok, fail } = setup();
    expect(await ok(K.frameworkGet, {}, ALICE)).toMatchObject({
      canEdit: false,
      cannotEditReason: 'Only Jira administrators can change the team framework (Shipshape settings can name other framework editors).',
    });
    expect(await ok(K.frameworkGet, {}, BOB)).toMatchObject({ canEdit: true, cannotEditReason: null });
    const refused = { code: 'FORBIDDEN', message: 'Only Jira administrators can change the team framework (Shipshape settings can name other framework editors).' };
    expect(await fail(K.frameworkSaveCustom, { framework: tiny }, ALICE)).toEqual(refused);
    expect(await fail(K.frameworkReset, {}, ALICE)).toEqual(refused);
    expect((await ok(K.frameworkAudit, {}, ALICE)).entries).toEqual([]);
    expect(await ok(K.frameworkSaveCustom, { framework: tiny }, BOB)).toMatchObject({ isCustom: true, canEdit: true });

    // Bob (an administrator) names Alice as the one framework editor: now she may, and he may not.
    const settings = (await ok(SETTINGS_KEYS.get, {}, BOB)).settings;
    await ok(SETTINGS_KEYS.save, { revision: 0, settings: { ...settings, frameworkEditors: [ALICE] } }, BOB);
    expect(await ok(K.frameworkGet, {}, ALICE)).toMatchObject({ canEdit: true });
    expect(await fail(K.frameworkReset, {}, BOB)).toEqual({
      code: 'FORBIDDEN',
      message: 'Only the framework editors named in Shipshape settings can change the team framework. Ask a Jira administrator to add you.',
    });
    expect(await ok(K.frameworkReset, {}, ALICE)).toMatchObject({ isCustom: false });
  });

  it('reports every problem with its path, and saves nothing', async () => {
    const { ok, fail } = setup();
    const broken = JSON.parse(JSON.stringify(tiny));
    broken.levels[1].categories[0].skills[0].behaviours = [];
    broken.levels[0].rank = 'one';
    broken.behaviors = [];
    const check = await ok(K.frameworkValidate, { framework: broken }, ALICE);
    expect(check.ok).toBe(false);
    expect(check.errors).toEqual(
      expect.arrayContaining([
        { path: 'levels[1].categories[0].skills[0].behaviours', message: 'must list at least one behaviour' },
        expect.objectContaining({ path: 'levels[0].rank' }),
        expect.objectContaining({ path: 'behaviors', message: expect.stringContaining('unknown field') }),
      ]),
    );
    const err = await fail(K.frameworkSaveCustom, { framework: broken }, BOB);
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toMatch(/^Invalid framework: .*levels\[0\]\.rank/);
    expect(err.message).toContain('levels[1].categories[0].skills[0].behaviours: must list at least one behaviour');
    expect(await fail(K.frameworkSaveCustom, { text: '{ "id": ' }, BOB)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('(root): not valid JSON') });
    expect(await fail(K.frameworkSaveCustom, {}, BOB)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('either as "text"') });
    expect(await fail(K.frameworkSaveCustom, { text: 'x', framework: {} }, BOB)).toMatchObject({ code: 'BAD_INPUT' });
    expect((await ok(K.frameworkGet, {}, ALICE)).isCustom).toBe(false);
    expect((await ok(K.frameworkAudit, {}, ALICE)).entries).toEqual([]);
  });
});

describe('publish through the resolver', () => {
  let site: ConfluenceSite;
  beforeAll(async () => {
    site = await startConfluenceSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('publishes as the user of the call, and a second call updates the same pages', async () => {
    const seen: Array<string | undefined> = [];
    const { ok, fail } = setup(new MemoryStore(), {
      confluenceFor: (ctx) => {
        seen.push(ctx.accountId);
        return createConfluenceClient(fetchConfluenceTransport({ baseUrl: site.url, email: DEMO_USERS.lead.email, apiToken: DEMO_API_TOKEN }));
      },
    });
    const first = await ok(K.publish, { spaceKey: 'PO' }, DEMO_USERS.lead.accountId);
    expect(first.pages.map((p: { action: string }) => p.action)).toEqual(['created', 'created', 'created', 'created', 'created']);
    expect(first.pages[0].url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/wiki\/spaces\/PO\/pages\/\d+\//);
    const second = await ok(K.publish, { spaceKey: 'PO' }, DEMO_USERS.lead.accountId);
    expect(second.pages.map((p: { id: string; version: number }) => [p.id, p.version])).toEqual(first.pages.map((p: { id: string }) => [p.id, 2]));
    expect(seen).toEqual([DEMO_USERS.lead.accountId, DEMO_USERS.lead.accountId]);
    expect(await fail(K.publish, {}, ALICE)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('"spaceKey"') });
    expect(await fail(K.publish, { spaceKey: 'NOPE' }, ALICE)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the workbench helper acts as the demo user of the call; an unknown account is refused', async () => {
    const { ok, fail } = setup(new MemoryStore(), { confluenceFor: standInConfluenceFor(site.url) });
    const r = await ok(K.publish, { spaceKey: 'ENG' }, DEMO_USERS.lead.accountId);
    expect(r.pages).toHaveLength(5);
    expect(site.pages().find((p) => p.id === r.pages[0].id)!.authorId).toBe(DEMO_USERS.lead.accountId);
    expect(await fail(K.publish, { spaceKey: 'ENG' }, EVE)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('says clearly when the host has no Confluence connection', async () => {
    const { fail } = setup();
    expect(await fail(K.publish, { spaceKey: 'PO' }, ALICE)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('not available in this host') });
  });
});
