import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '../../local/node/file-store';
import { storageKey } from '../../src/store/kv-store';
import { MemoryStore } from '../../src/store/memory-store';

describe('file-backed store (workbench)', () => {
  it('keeps what was written across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-store-'));
    const a = new FileStore(dir);
    await a.set('signoff:10001:qa', { signedBy: 'acc-1' });
    await a.set('settings:global', { blockers: ['Highest'] });
    await a.delete('settings:global');
    const b = new FileStore(dir);
    expect(await b.get('signoff:10001:qa')).toEqual({ signedBy: 'acc-1' });
    expect(await b.get('settings:global')).toBeUndefined();
  });

  it('lists by prefix in key order', async () => {
    const s = new MemoryStore();
    await s.set('a:2', 2);
    await s.set('b:1', 0);
    await s.set('a:1', 1);
    expect(await s.list('a:')).toEqual([
      { key: 'a:1', value: 1 },
      { key: 'a:2', value: 2 },
    ]);
  });

  it('refuses keys Forge KVS would refuse', async () => {
    const s = new MemoryStore();
    await expect(s.set('signoff:Release deck (v2)', 1)).rejects.toThrow(/Invalid storage key/);
    await expect(s.set('x'.repeat(501), 1)).rejects.toThrow(/Invalid storage key/);
    expect(() => storageKey('signoff', 'PO 1')).toThrow(/must be an id/);
    expect(storageKey('signoff', '10001', 'qa-signoff')).toBe('signoff:10001:qa-signoff');
  });

  it('setIfAbsent lets exactly one of two concurrent writers win', async () => {
    const s = new MemoryStore({ yieldBetween: true });
    const results = await Promise.all([s.setIfAbsent('k', 'first'), s.setIfAbsent('k', 'second')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await s.get('k')).toBe(results[0] ? 'first' : 'second');
  });
});
