/**
 * Sign-off events, one key each (`signoff:<versionId>:<checkId>:<eventId>`), never a shared list
 * rewritten in place: two people signing at the same moment both land, and the audit trail is
 * simply every event in key order. Keys hold ids only (Forge KVS allows few characters).
 *
 * A sign-off remembers the version's issue keys; a version large enough to push the event past
 * Forge's 240 KiB per value keeps them in parts (`signoff-scope:<versionId>:<checkId>:<eventId>:<i>`,
 * written before the event, so an event never points at parts that are not there yet).
 */
import { storageKey, storedBytes, type KeyValueStore } from './kv-store';

export interface SignoffEvent {
  action: 'sign' | 'withdraw';
  versionId: string;
  checkId: string;
  /** Account id from the Forge context of the call, never from a payload. */
  accountId: string;
  /** Display name at the time, for showing only. */
  displayName?: string;
  /** ISO timestamp. */
  at: string;
  /** The version's issue keys when signed: the scope this approval covers. */
  scopeKeys: string[];
  /** Optional note from the signer. */
  note?: string;
  /** When the scope keys are stored in parts: how many (`scopeKeys` is then empty in the event itself). */
  scopeParts?: number;
}

export interface SignoffState {
  checkId: string;
  signedBy: string | null;
  signedByName: string | null;
  signedAt: string | null;
  scopeKeys: string[] | null;
}

const PREFIX = 'signoff';
const SCOPE = 'signoff-scope';
/** Room for an event's scope keys in one value (the rest of an event is small); parts hold as much. */
export const SCOPE_PART_BYTES = 200 * 1024;

/** Splits keys into runs whose JSON stays within `budget` bytes. */
export function splitKeys(keys: readonly string[], budget = SCOPE_PART_BYTES): string[][] {
  const parts: string[][] = [];
  let current: string[] = [];
  let bytes = 2;
  for (const k of keys) {
    if (current.length > 0 && bytes + 1 + storedBytes(k) > budget) {
      parts.push(current);
      current = [];
      bytes = 2;
    }
    bytes += (current.length > 0 ? 1 : 0) + storedBytes(k);
    current.push(k);
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

export class SignoffStore {
  constructor(private readonly store: KeyValueStore) {}

  /**
   * Records one event under a fresh key. The id starts with the timestamp so key order is time
   * order; the random tail makes two events in the same millisecond distinct.
   */
  async record(event: SignoffEvent, random: () => number = Math.random): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const eventId = `${Date.parse(event.at).toString().padStart(14, '0')}-${Math.floor(random() * 1e9).toString(36)}`;
      const key = storageKey(PREFIX, event.versionId, event.checkId, eventId);
      const parts = storedBytes(event.scopeKeys) > SCOPE_PART_BYTES ? splitKeys(event.scopeKeys) : null;
      const partKey = (i: number): string => storageKey(SCOPE, event.versionId, event.checkId, eventId, i);
      if (parts) for (let i = 0; i < parts.length; i++) await this.store.set(partKey(i), parts[i]);
      const stored: SignoffEvent = parts ? { ...event, scopeKeys: [], scopeParts: parts.length } : event;
      if (await this.store.setIfAbsent(key, stored)) return;
      if (parts) for (let i = 0; i < parts.length; i++) await this.store.delete(partKey(i));
    }
    throw new Error('Could not record the sign-off: key collision five times in a row.');
  }

  /** Every event for a version, oldest first. */
  async history(versionId: string): Promise<SignoffEvent[]> {
    const rows = await this.store.list<SignoffEvent>(`${storageKey(PREFIX, versionId)}:`);
    const events = await Promise.all(
      rows.map(async ({ key, value }) => {
        if (!value.scopeParts) return value;
        const eventId = key.split(':').at(-1)!;
        const parts = await Promise.all(
          Array.from({ length: value.scopeParts }, (_, i) => this.store.get<string[]>(storageKey(SCOPE, versionId, value.checkId, eventId, i))),
        );
        const { scopeParts: _parts, ...rest } = value;
        return { ...rest, scopeKeys: parts.flatMap((p) => p ?? []) };
      }),
    );
    return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  /** The current state of each check that has any event: the latest event wins. */
  async current(versionId: string): Promise<Map<string, SignoffState>> {
    const state = new Map<string, SignoffState>();
    for (const e of await this.history(versionId)) {
      state.set(
        e.checkId,
        e.action === 'sign'
          ? { checkId: e.checkId, signedBy: e.accountId, signedByName: e.displayName ?? null, signedAt: e.at, scopeKeys: e.scopeKeys }
          : { checkId: e.checkId, signedBy: null, signedByName: null, signedAt: null, scopeKeys: null },
      );
    }
    return state;
  }
}
