import { MemoryStore } from '../../src/store/memory-store';
import { SettingsConflictError, SettingsStore } from '../../src/store/settings-store';
import { defaultSettings, newCheckId } from '../../src/domain/settings';
import { currentSettings, saveSettings, settingsProblems, validateSettings } from '../../src/services/settings';
import { BadInputError, ConflictError } from '../../src/errors';

const AT = '2026-11-20T10:00:00.000Z';

describe('settings store', () => {
  it('starts empty; the service then answers the SPEC §3 defaults', async () => {
    const store = new MemoryStore();
    expect(await new SettingsStore(store).get()).toBeUndefined();
    const { settings, stored } = await currentSettings({ store });
    expect(stored).toBeUndefined();
    expect(settings.blockerPriorities).toEqual(['Highest', 'Blocker', 'Critical']);
    expect(settings.checks.map((c) => c.label)).toEqual([
      'Release notes and communication ready',
      'Release deck reviewed',
      'QA sign-off',
      'Product lead sign-off',
    ]);
    expect(settings.checks.every((c) => c.signers === 'anyone')).toBe(true);
    expect(settings.storyPointsField).toBeNull();
  });

  it('saves revisions; a save from a stale revision is refused and the stored one kept', async () => {
    const store = new MemoryStore();
    const s = new SettingsStore(store);
    const first = await s.save(0, { ...defaultSettings(), blockerPriorities: ['Highest'] }, 'acc-1', AT);
    expect(first.revision).toBe(1);
    await expect(s.save(0, { ...defaultSettings(), blockerPriorities: ['Blocker'] }, 'acc-2', AT)).rejects.toBeInstanceOf(SettingsConflictError);
    expect((await s.get())?.settings.blockerPriorities).toEqual(['Highest']);
    expect((await s.get())?.updatedBy).toBe('acc-1');
  });

  it('two admins saving the same revision at the same moment: exactly one lands, the other gets a conflict', async () => {
    const store = new MemoryStore({ yieldBetween: true });
    const s = new SettingsStore(store);
    const results = await Promise.allSettled([
      s.save(0, { ...defaultSettings(), blockerPriorities: ['A'] }, 'acc-1', AT),
      s.save(0, { ...defaultSettings(), blockerPriorities: ['B'] }, 'acc-2', AT),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(SettingsConflictError);
    const winner = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ settings: { blockerPriorities: string[] } }>).value;
    expect((await s.get())?.settings.blockerPriorities).toEqual(winner.settings.blockerPriorities);
  });

  it('keys hold ids only', async () => {
    const store = new MemoryStore();
    await new SettingsStore(store).save(0, defaultSettings(), 'acc-1', AT);
    expect((await store.list('settings:')).map((r) => r.key)).toEqual(['settings:app', 'settings:rev:00000001']);
  });
});

describe('settings validation', () => {
  const base = () => ({
    blockerPriorities: ['Highest', 'Blocker'],
    checks: [
      { id: 'qa', label: 'QA sign-off', signers: 'anyone' },
      { id: null, label: 'Security review', signers: ['5f8a1c2b3d4e5f6a7b8c9d01'] },
    ],
    storyPointsField: 'customfield_10016',
  });

  it('accepts good settings, keeps ids, and gives a new check a readable unique id', () => {
    const s = validateSettings(base());
    expect(s.checks).toEqual([
      { id: 'qa', label: 'QA sign-off', signers: 'anyone' },
      { id: 'security-review', label: 'Security review', signers: ['5f8a1c2b3d4e5f6a7b8c9d01'] },
    ]);
    expect(s.storyPointsField).toBe('customfield_10016');
    expect(newCheckId('QA sign-off', new Set(['qa-sign-off']))).toBe('qa-sign-off-2');
  });

  it('a rename keeps the id (so signatures survive) and reordering is just the list order', () => {
    const s = validateSettings({ ...base(), checks: [{ id: 'security-review', label: 'Security & privacy review', signers: 'anyone' }, { id: 'qa', label: 'QA', signers: 'anyone' }] });
    expect(s.checks.map((c) => `${c.id}=${c.label}`)).toEqual(['security-review=Security & privacy review', 'qa=QA']);
  });

  it.each([
    [{ blockerPriorities: 'Highest' }, /"blockerPriorities" must be a list/],
    [{ blockerPriorities: ['Highest', ' highest '] }, /listed twice/],
    [{ blockerPriorities: [''] }, /cannot be empty/],
    [{ blockerPriorities: [3] }, /must be text/],
    [{ checks: [{ label: '', signers: 'anyone' }] }, /needs a label/],
    [{ checks: [{ label: 'QA', signers: 'anyone' }, { label: 'qa ', signers: 'anyone' }] }, /listed twice/],
    [{ checks: [{ id: 'x', label: 'A', signers: 'anyone' }, { id: 'x', label: 'B', signers: 'anyone' }] }, /Two sign-offs have the id "x"/],
    [{ checks: [{ id: 'Bad Id!', label: 'A', signers: 'anyone' }] }, /invalid id/],
    [{ checks: [{ label: 'A', signers: [] }] }, /lists no one who may sign it/],
    [{ checks: [{ label: 'A', signers: 'everyone' }] }, /"anyone" or a list of account ids/],
    [{ checks: [{ label: 'A', signers: ['not an id!'] }] }, /is not an Atlassian account id/],
    [{ storyPointsField: 12 }, /must be text or empty/],
    [{ storyPointsField: 'customfield_abc' }, /is not a field id/],
  ])('refuses %j with the reason', (patch, reason) => {
    expect(() => validateSettings({ ...base(), ...patch })).toThrow(BadInputError);
    expect(() => validateSettings({ ...base(), ...patch })).toThrow(reason);
  });

  it('lists every problem at once, each with its field, in page order', () => {
    const problems = settingsProblems({
      blockerPriorities: ['Highest', 'highest'],
      checks: [
        { id: 'qa', label: '', signers: 'anyone' },
        { id: null, label: 'Security review', signers: ['not an id!!', '5f8a1c2b3d4e5f6a7b8c9d01'] },
      ],
      storyPointsField: 'customfield_abc',
    });
    expect(problems).toEqual([
      { field: 'blockerPriorities.1', message: 'Blocker priority "highest" is listed twice (names match case-insensitively).' },
      { field: 'checks.0.label', message: 'Sign-off 1 needs a label.' },
      // The whole token, not the last word of it.
      { field: 'checks.1.signers', message: '"not an id!!" (a signer of "Security review") is not an Atlassian account id.' },
      { field: 'storyPointsField', message: expect.stringMatching(/^"customfield_abc" is not a field id/) },
    ]);
    expect(() => validateSettings({ blockerPriorities: ['Highest', 'highest'], checks: [{ label: '', signers: 'anyone' }], storyPointsField: null })).toThrow(
      'Blocker priority "highest" is listed twice (names match case-insensitively).\nSign-off 1 needs a label.',
    );
  });

  it('a blocker priority the site does not have is refused, unless it was already saved (the SPEC defaults)', () => {
    const site = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];
    const previous = ['Highest', 'Blocker', 'Critical'];
    expect(settingsProblems({ ...base(), blockerPriorities: ['Highest', 'Blocker', 'critical'] }, { knownPriorities: site, previousPriorities: previous })).toEqual([]);
    expect(settingsProblems({ ...base(), blockerPriorities: ['Highest', 'Urgnt'] }, { knownPriorities: site, previousPriorities: previous })).toEqual([
      { field: 'blockerPriorities.1', message: '"Urgnt" is not a priority on this Jira site (it has Highest, High, Medium, Low, Lowest).' },
    ]);
    // Unknown site priorities (Jira could not be read): not checked.
    expect(settingsProblems({ ...base(), blockerPriorities: ['Urgnt'] }, { knownPriorities: null })).toEqual([]);
  });

  it('the service refuses bad values and stores nothing', async () => {
    const store = new MemoryStore();
    const deps = { store };
    await expect(saveSettings(deps, { payload: { revision: 0, settings: { ...base(), blockerPriorities: ['', 'x'] } as never }, who: 'acc-1', at: AT })).rejects.toThrow(/cannot be empty/);
    expect(await store.list('')).toEqual([]);
    await expect(
      saveSettings(deps, { payload: { revision: 0, settings: { ...base(), blockerPriorities: ['Urgnt'] } as never }, who: 'acc-1', at: AT, knownPriorities: ['Highest'] }),
    ).rejects.toThrow(/"Urgnt" is not a priority/);
    expect(await store.list('')).toEqual([]);
    const saved = await saveSettings(deps, { payload: { revision: 0, settings: base() as never }, who: 'acc-1', whoName: 'Priya Raman', at: AT });
    expect(saved).toMatchObject({ updatedBy: 'acc-1', updatedByName: 'Priya Raman' });
    const conflict = saveSettings(deps, { payload: { revision: 0, settings: base() as never }, who: 'acc-2', at: AT });
    await expect(conflict).rejects.toThrow(/Someone else saved the settings/);
    await expect(conflict).rejects.toBeInstanceOf(ConflictError);
  });
});
