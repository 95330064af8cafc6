import { MemoryStore } from '../../src/store/memory-store';
import { SignoffStore, type SignoffEvent } from '../../src/store/signoff-store';

const sign = (over: Partial<SignoffEvent>): SignoffEvent => ({
  action: 'sign',
  versionId: '10001',
  checkId: 'qa',
  accountId: 'acc-1',
  at: '2026-11-20T10:00:00.000Z',
  scopeKeys: ['PO-1', 'PO-2'],
  ...over,
});

describe('sign-off store', () => {
  it('two people signing at the same moment both land (a store that yields between read and write)', async () => {
    const store = new MemoryStore({ yieldBetween: true });
    const s = new SignoffStore(store);
    await Promise.all([
      s.record(sign({ checkId: 'qa', accountId: 'acc-1' })),
      s.record(sign({ checkId: 'deck', accountId: 'acc-2' })),
      s.record(sign({ checkId: 'qa', accountId: 'acc-3' })),
    ]);
    const history = await s.history('10001');
    expect(history.map((e) => e.accountId).sort()).toEqual(['acc-1', 'acc-2', 'acc-3']);
    const current = await s.current('10001');
    expect(current.get('deck')?.signedBy).toBe('acc-2');
    expect(['acc-1', 'acc-3']).toContain(current.get('qa')?.signedBy);
  });

  it('a withdrawal clears the check; the audit trail keeps every change in time order', async () => {
    const s = new SignoffStore(new MemoryStore());
    await s.record(sign({ at: '2026-11-20T10:00:00.000Z' }));
    await s.record(sign({ action: 'withdraw', at: '2026-11-21T09:00:00.000Z', accountId: 'acc-1' }));
    await s.record(sign({ at: '2026-11-22T08:00:00.000Z', accountId: 'acc-2', scopeKeys: ['PO-1'] }));
    expect((await s.history('10001')).map((e) => `${e.action}:${e.accountId}`)).toEqual(['sign:acc-1', 'withdraw:acc-1', 'sign:acc-2']);
    expect((await s.current('10001')).get('qa')).toEqual({
      checkId: 'qa',
      signedBy: 'acc-2',
      signedByName: null,
      signedAt: '2026-11-22T08:00:00.000Z',
      scopeKeys: ['PO-1'],
    });
  });

  it('keeps versions apart', async () => {
    const s = new SignoffStore(new MemoryStore());
    await s.record(sign({ versionId: '1' }));
    await s.record(sign({ versionId: '10' }));
    expect(await s.history('1')).toHaveLength(1);
  });
});
