/** Values over Forge KVS's 240 KiB limit, written as chunks that each fit once stored as JSON. */
import { MAX_CHUNK_BYTES, readChunks, splitText, writeChunks } from '../../src/store/chunked';
import { storedBytes } from '../../src/store/kv-store';
import { MemoryStore } from '../../src/store/memory-store';

describe('chunked values', () => {
  it('splits any text into pieces that fit the limit as stored JSON, never inside a character', () => {
    const text = `${'a'.repeat(300_000)}${'é"\\\n'.repeat(50_000)}${'😀'.repeat(70_000)}`;
    const pieces = splitText(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) {
      expect(storedBytes(p)).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
      expect(/^[\uDC00-\uDFFF]/.test(p)).toBe(false); // no piece starts with the second half of a pair
    }
  });

  it('reads back what it wrote; a missing chunk gives nothing rather than half a value', async () => {
    const store = new MemoryStore();
    const text = 'x'.repeat(600_000);
    const n = await writeChunks(store, ['readcache', 'abc'], text);
    expect(n).toBe(3);
    await expect(readChunks(store, ['readcache', 'abc'], n)).resolves.toBe(text);
    await store.delete('readcache:abc:1');
    await expect(readChunks(store, ['readcache', 'abc'], n)).resolves.toBeUndefined();
  });

  it('entries written with a TTL are gone after it', async () => {
    let now = 1_000;
    const store = new MemoryStore({ clock: () => now });
    await store.set('k', 'v', { ttlSeconds: 10 });
    await expect(store.get('k')).resolves.toBe('v');
    now += 10_001;
    await expect(store.get('k')).resolves.toBeUndefined();
    await expect(store.list('')).resolves.toEqual([]);
  });
});
