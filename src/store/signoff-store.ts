/**
 * Sign-off events, one key each (`signoff:<versionId>:<checkId>:<eventId>`), never a shared list
 * rewritten in place: two people signing at the same moment both land, and the audit trail is
 * simply every event in key order. Keys hold ids only (Forge KVS allows few characters).
 */
import { storageKey, type KeyValueStore } from './kv-store';

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
}

export interface SignoffState {
  checkId: string;
  signedBy: string | null;
  signedByName: string | null;
  signedAt: string | null;
  scopeKeys: string[] | null;
}

const PREFIX = 'signoff';

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
      if (await this.store.setIfAbsent(key, event)) return;
    }
    throw new Error('Could not record the sign-off: key collision five times in a row.');
  }

  /** Every event for a version, oldest first. */
  async history(versionId: string): Promise<SignoffEvent[]> {
    const rows = await this.store.list<SignoffEvent>(`${storageKey(PREFIX, versionId)}:`);
    return rows.map((r) => r.value).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
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
