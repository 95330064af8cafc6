import { AssessmentConflictError, AssessmentStore, encodeKeyPart, type AssessmentDraft } from '../../src/store/assessment-store';
import { MemoryStore } from '../../src/store/memory-store';

const draft = (evidence: string): AssessmentDraft => ({
  person: 'Dana',
  currentLevel: 'PO1',
  currentLevelSince: '2024-05-31',
  targetLevel: 'PO2',
  demonstrated: [{ skill: 'Tools & Initiatives', behaviour: 1, evidence }],
  frameworkRef: 'default:product-ops',
});

describe('assessment store', () => {
  it('encodes account ids into key parts injectively (557058:… ids have a colon)', () => {
    expect(encodeKeyPart('5f8a1c2b3d4e5f6a7b8c9d01')).toBe('5f8a1c2b3d4e5f6a7b8c9d01');
    expect(encodeKeyPart('557058:f58131cb-b67d-43c7-b30d-6b58d40bd077')).toBe('557058_3a_f58131cb-b67d-43c7-b30d-6b58d40bd077');
    expect(encodeKeyPart('a_3a_b')).not.toBe(encodeKeyPart('a:b'));
    expect(encodeKeyPart('a_3a_b')).toBe('a_5f_3a_5f_b');
  });

  it('stores under assessment:<accountId> with a revision that grows', async () => {
    const kv = new MemoryStore();
    const s = new AssessmentStore(kv);
    const a = await s.save('acc-1', draft('PO-1'), '2025-01-01T00:00:00Z');
    const b = await s.save('acc-1', draft('PO-2'), '2025-01-02T00:00:00Z');
    expect([a.revision, b.revision]).toEqual([1, 2]);
    expect(await kv.get('assessment:acc-1')).toMatchObject({ ownerAccountId: 'acc-1', revision: 2, demonstrated: [{ evidence: 'PO-2' }] });
  });

  it('refuses a save over a newer revision when the caller says which one it loaded', async () => {
    const s = new AssessmentStore(new MemoryStore());
    await s.save('acc-1', draft('first'), 't1');
    await expect(s.save('acc-1', draft('stale tab'), 't2', 0)).rejects.toBeInstanceOf(AssessmentConflictError);
    expect((await s.get('acc-1'))!.demonstrated[0]!.evidence).toBe('first');
    await expect(s.save('acc-1', draft('fresh'), 't3', 1)).resolves.toMatchObject({ revision: 2 });
  });

  it('of two concurrent saves from the same revision, exactly one lands whole (yieldBetween)', async () => {
    const s = new AssessmentStore(new MemoryStore({ yieldBetween: true }));
    await s.save('acc-1', draft('base'), 't0');
    const results = await Promise.allSettled([s.save('acc-1', draft('tab A'), 't1', 1), s.save('acc-1', draft('tab B'), 't1', 1)]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    expect(ok).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(AssessmentConflictError);
    const stored = await s.get('acc-1');
    expect(stored!.revision).toBe(2);
    expect(stored!.demonstrated[0]!.evidence).toBe((ok[0] as PromiseFulfilledResult<{ demonstrated: Array<{ evidence: string }> }>).value.demonstrated[0]!.evidence);
  });

  it('without a revision, concurrent saves all land one after another (last write wins, never mixed)', async () => {
    const s = new AssessmentStore(new MemoryStore({ yieldBetween: true }));
    const saved = await Promise.all(['a', 'b', 'c'].map((e) => s.save('acc-1', draft(e), 't')));
    expect(saved.map((x) => x.revision).sort()).toEqual([1, 2, 3]);
    const last = saved.find((x) => x.revision === 3)!;
    expect((await s.get('acc-1'))!.demonstrated).toEqual(last.demonstrated);
  });

  it('skips a revision claimed by a call that died before writing', async () => {
    const kv = new MemoryStore();
    let now = 1_000_000;
    const s = new AssessmentStore(kv, () => now);
    await s.save('acc-1', draft('one'), 't');
    await kv.setIfAbsent('assessment-rev:acc-1:000000002', { at: now }); // a call claimed 2, then died
    await expect(s.save('acc-1', draft('blocked'), 't', 1)).rejects.toBeInstanceOf(AssessmentConflictError);
    now += 120_000;
    await expect(s.save('acc-1', draft('two'), 't', 1)).resolves.toMatchObject({ revision: 3 });
  });

  it('grants share read access under the owner\'s keys; the viewer index is checked against them', async () => {
    const kv = new MemoryStore({ yieldBetween: true });
    const s = new AssessmentStore(kv);
    await Promise.all([
      s.grant({ ownerAccountId: 'owner', viewerAccountId: 'm1', viewerName: 'Manager', grantedAt: 't1' }),
      s.grant({ ownerAccountId: 'owner', viewerAccountId: 'm2', viewerName: null, grantedAt: 't2' }),
    ]);
    expect((await s.grantsBy('owner')).map((g) => g.viewerAccountId)).toEqual(['m1', 'm2']);
    expect(await kv.get('assessment-share:owner:m1')).toMatchObject({ viewerName: 'Manager' });
    expect((await s.sharedWith('m1')).map((g) => g.ownerAccountId)).toEqual(['owner']);
    // A stale index entry (grant deleted, index left behind) gives nothing.
    await kv.delete('assessment-share:owner:m2');
    expect(await s.sharedWith('m2')).toEqual([]);
    await s.revoke('owner', 'm1');
    expect(await s.sharedWith('m1')).toEqual([]);
    expect(await s.grantFor('owner', 'm1')).toBeUndefined();
  });
});
