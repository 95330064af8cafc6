/**
 * App settings (blocker priorities, required sign-offs, story-point field), one key:
 * `settings:app`. Each save names the revision it edited and lands under a fresh, never rewritten
 * key `settings:rev:<n>` (setIfAbsent), so two admins saving at once cannot overwrite each other
 * unseen: the second gets a conflict. `settings:app` points at the latest revision.
 */
import type { ReleaseSettings } from '../domain/settings';
import { storageKey, type KeyValueStore } from './kv-store';

export interface StoredSettings {
  revision: number;
  settings: ReleaseSettings;
  updatedAt: string;
  updatedBy: string;
  /** The saver's display name at the time, for showing only (absent in older saves). */
  updatedByName?: string;
}

export class SettingsConflictError extends Error {}

const HEAD = storageKey('settings', 'app');
const revKey = (n: number): string => storageKey('settings', 'rev', String(n).padStart(8, '0'));

export class SettingsStore {
  constructor(private readonly store: KeyValueStore) {}

  /** The latest saved settings, or undefined when nothing was saved yet. */
  async get(): Promise<StoredSettings | undefined> {
    const head = await this.store.get<{ revision: number }>(HEAD);
    if (!head) return undefined;
    return this.store.get<StoredSettings>(revKey(head.revision));
  }

  /**
   * Saves `settings` as revision `expectedRevision + 1`. Throws SettingsConflictError when
   * someone else saved that revision first (the earlier save is kept as it was).
   */
  async save(expectedRevision: number, settings: ReleaseSettings, who: string, at: string, whoName?: string): Promise<StoredSettings> {
    const current = await this.get();
    if ((current?.revision ?? 0) !== expectedRevision) throw new SettingsConflictError('stale revision');
    const next: StoredSettings = { revision: expectedRevision + 1, settings, updatedAt: at, updatedBy: who, ...(whoName ? { updatedByName: whoName } : {}) };
    // The revision key is the lock: only one writer can create it.
    if (!(await this.store.setIfAbsent(revKey(next.revision), next))) throw new SettingsConflictError('revision taken');
    await this.store.set(HEAD, { revision: next.revision });
    return next;
  }
}
