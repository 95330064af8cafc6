import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import { assertValidKey, assertValidValue, type KeyValueStore } from './kv-store';

/**
 * Forge's documented maximum for one `kvs.query()` page ("up to a maximum of 20",
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-query/); longer
 * listings follow the cursor.
 */
export const KVS_QUERY_PAGE_MAX = 20;

/** A `keyPolicy: 'FAIL_IF_EXISTS'` write that found the key taken: KVS answers KEY_CONFLICT (409). */
export function isKeyConflict(err: unknown): boolean {
  return err instanceof ForgeKvsAPIError && (err.code === 'KEY_CONFLICT' || err.responseDetails?.status === 409);
}

/** The Forge adapter: @forge/kvs behind the storage port. Used only by src/forge. */
export class KvsStore implements KeyValueStore {
  async get<T>(key: string): Promise<T | undefined> {
    assertValidKey(key);
    return (await kvs.get<T>(key)) ?? undefined;
  }

  async set<T>(key: string, value: T): Promise<void> {
    assertValidKey(key);
    assertValidValue(key, value);
    await kvs.set(key, value);
  }

  async setIfAbsent<T>(key: string, value: T): Promise<boolean> {
    assertValidKey(key);
    assertValidValue(key, value);
    try {
      await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (err) {
      if (isKeyConflict(err)) return false;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await kvs.delete(key);
  }

  async list<T>(prefix: string): Promise<Array<{ key: string; value: T }>> {
    if (prefix !== '') assertValidKey(prefix);
    const out: Array<{ key: string; value: T }> = [];
    let cursor: string | undefined;
    do {
      let q = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(KVS_QUERY_PAGE_MAX);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany<T>();
      for (const r of page.results) out.push({ key: r.key, value: r.value });
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }
}
