import { createHash } from 'node:crypto';
import { quote } from '../domain/input';

export interface SetOptions {
  /** Forget the entry after this many seconds (Forge KVS `ttl`). */
  ttlSeconds?: number;
}

/**
 * The storage port: a small key-value interface that the Forge KVS adapter, the workbench's file
 * store and the test fakes all implement. Services depend on this, never on @forge/kvs.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, opts?: SetOptions): Promise<void>;
  /** Writes only when the key does not exist yet; answers whether it wrote. */
  setIfAbsent<T>(key: string, value: T): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Every entry whose key begins with `prefix`, in key order (all pages). */
  list<T>(prefix: string): Promise<Array<{ key: string; value: T }>>;
}

/** Forge KVS limits: keys of 1–500 characters of `[a-zA-Z0-9:._ #-]` (a space, no other whitespace). */
const KEY_MAX_CHARS = 500;
const KEY_PATTERN = new RegExp(`^[a-zA-Z0-9:._ #-]{1,${KEY_MAX_CHARS}}$`);
/** Forge KVS limit: a value of at most 240 KiB, as its JSON. */
export const VALUE_MAX_BYTES = 240 * 1024;

/** Throws when a key would be refused by Forge KVS, so the workbench fails where Forge would. */
export function assertValidKey(key: string): void {
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    throw new Error(`Invalid storage key ${quote(key)}: use 1–${KEY_MAX_CHARS} characters of [a-zA-Z0-9:._ #-]`);
  }
}

/** Bytes of a value as stored: its JSON in UTF-8. */
export function storedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/** Throws when a value would be refused by Forge KVS (more than 240 KiB of JSON). */
export function assertValidValue(key: string, value: unknown): void {
  const bytes = storedBytes(value);
  if (bytes > VALUE_MAX_BYTES) throw new Error(`Refusing to store ${bytes} bytes under ${key}: a storage value holds at most ${VALUE_MAX_BYTES} bytes.`);
}

/**
 * An id as one storage-key part: `[A-Za-z0-9.-]` kept, anything else (`:` of `557058:…` account
 * ids, `_` itself) written as `_<hex>_`, so two ids never share a key. An encoding longer than
 * `KEY_PART_MAX_CHARS` (ids full of `:` or `_` grow fourfold) becomes `_h_` + the SHA-256 of the
 * id instead: `h` is not hex, so no plain encoding looks like it, and the key stays short.
 */
export const KEY_PART_MAX_CHARS = 100;
export function encodeKeyPart(id: string): string {
  if (typeof id !== 'string' || id === '') throw new Error('A storage key part must be a non-empty string');
  const plain = id.replace(/[^A-Za-z0-9.-]/gu, (ch) => `_${ch.codePointAt(0)!.toString(16)}_`);
  return plain.length <= KEY_PART_MAX_CHARS ? plain : `_h_${createHash('sha256').update(id, 'utf8').digest('hex')}`;
}

/** Builds a key from id parts, refusing parts that could smuggle a separator or a bad character. */
export function storageKey(...parts: Array<string | number>): string {
  for (const p of parts) {
    if (!/^[a-zA-Z0-9._-]+$/.test(String(p))) {
      throw new Error(`Storage key part ${quote(p)} must be an id ([a-zA-Z0-9._-])`);
    }
  }
  const key = parts.join(':');
  assertValidKey(key);
  return key;
}
