import { kvs, WhereConditions } from '@forge/kvs';
import { assertValidKey, type KeyValueStore, type SetOptions } from './kv-store';

/** The Forge adapter: @forge/kvs behind the storage port. Used only by src/forge. */
export class KvsStore implements KeyValueStore {
  async get<T>(key: string): Promise<T | undefined> {
    assertValidKey(key);
    return (await kvs.get<T>(key)) ?? undefined;
  }

  async set<T>(key: string, value: T, opts: SetOptions = {}): Promise<void> {
    assertValidKey(key);
    await kvs.set(key, value, opts.ttlSeconds !== undefined ? { ttl: { unit: 'SECONDS', value: Math.max(1, Math.ceil(opts.ttlSeconds)) } } : undefined);
  }

  async setIfAbsent<T>(key: string, value: T): Promise<boolean> {
    assertValidKey(key);
    try {
      await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (err) {
      // KVS answers a conflict when the key exists; anything else is a real failure.
      if (/exist|conflict/i.test(String((err as Error).message))) return false;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await kvs.delete(key);
  }

  async list<T>(prefix: string): Promise<Array<{ key: string; value: T }>> {
    const out: Array<{ key: string; value: T }> = [];
    let cursor: string | undefined;
    do {
      let q = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany<T>();
      for (const r of page.results) out.push({ key: r.key, value: r.value });
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }
}
