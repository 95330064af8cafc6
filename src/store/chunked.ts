/**
 * Values larger than one storage entry: Forge KVS refuses a value over 240 KiB, so a large text is
 * written as numbered chunks under one base key, each well under that limit once stored as JSON.
 * A reader that finds any chunk missing (expired, or a write cut short) gets undefined, never a
 * half value.
 */
import { storageKey, storedBytes, VALUE_MAX_BYTES, type KeyValueStore, type SetOptions } from './kv-store';

/** Forge KVS's value limit: each chunk, stored as a JSON string, is at most this. */
export const MAX_CHUNK_BYTES = VALUE_MAX_BYTES;

/** Splits text into pieces whose stored size is at most `maxBytes` each (never inside a surrogate pair). */
export function splitText(text: string, maxBytes = MAX_CHUNK_BYTES): string[] {
  const out: string[] = [];
  let at = 0;
  const size = maxBytes; // chars: a first guess, shrunk below while a piece is too big
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    for (;;) {
      if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end -= 1;
      const bytes = storedBytes(text.slice(at, end));
      if (bytes <= maxBytes) break;
      // Shrink in proportion to the overshoot (at least one character), then check again.
      end = at + Math.max(1, Math.min(end - at - 1, Math.floor(((end - at) * maxBytes) / bytes)));
    }
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** Writes `text` as chunks `<base>:0`, `<base>:1` …; answers how many. */
export async function writeChunks(store: KeyValueStore, base: readonly string[], text: string, opts: SetOptions = {}): Promise<number> {
  const pieces = splitText(text);
  await Promise.all(pieces.map((piece, i) => store.set(storageKey(...base, i), piece, opts)));
  return pieces.length;
}

/** The text written by `writeChunks`, or undefined when a chunk is missing. */
export async function readChunks(store: KeyValueStore, base: readonly string[], count: number): Promise<string | undefined> {
  const pieces = await Promise.all(Array.from({ length: count }, (_, i) => store.get<string>(storageKey(...base, i))));
  return pieces.every((p): p is string => typeof p === 'string') ? pieces.join('') : undefined;
}

export async function deleteChunks(store: KeyValueStore, base: readonly string[], count: number): Promise<void> {
  await Promise.all(Array.from({ length: count }, (_, i) => store.delete(storageKey(...base, i))));
}
