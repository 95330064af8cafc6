/**
 * The storage port: a small key-value interface that the Forge KVS adapter, the workbench's file
 * store and the test fakes all implement. Services depend on this, never on @forge/kvs.
 */
export interface SetOptions {
  /** Forget the entry after this many seconds (Forge KVS `ttl`). */
  ttlSeconds?: number;
}

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, opts?: SetOptions): Promise<void>;
  /** Writes only when the key does not exist yet; answers whether it wrote. */
  setIfAbsent<T>(key: string, value: T): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Every entry whose key begins with `prefix`, in key order (all pages). */
  list<T>(prefix: string): Promise<Array<{ key: string; value: T }>>;
}

/** Forge KVS keys allow only these characters, up to 500 of them: ids, never names. */
const KEY_PATTERN = /^[a-zA-Z0-9:._\s#-]{1,500}$/;

/** Throws when a key would be refused by Forge KVS, so the workbench fails where Forge would. */
export function assertValidKey(key: string): void {
  if (!KEY_PATTERN.test(key)) {
    throw new Error(`Invalid storage key ${JSON.stringify(key)}: use 1–500 characters of [a-zA-Z0-9:._ #-]`);
  }
}

/** Builds a key from id parts, refusing parts that could smuggle a separator or a bad character. */
export function storageKey(...parts: Array<string | number>): string {
  for (const p of parts) {
    if (!/^[a-zA-Z0-9._-]+$/.test(String(p))) {
      throw new Error(`Storage key part ${JSON.stringify(p)} must be an id ([a-zA-Z0-9._-])`);
    }
  }
  const key = parts.join(':');
  assertValidKey(key);
  return key;
}
