/**
 * A team's own career framework (SPEC §4 "Teams can load their own"), its audit trail, and the
 * Confluence pages a framework was published to.
 *
 * - `framework:custom`                       manifest of the active custom framework (absent: the default)
 * - `framework:custom:chunk:<generation>:<i>` the framework's JSON text in pieces: a KVS value holds
 *   at most 240 KiB, and a framework with long texts may be larger. A new save writes a new
 *   generation's chunks first and switches the manifest last, so a reader never sees half of one.
 * - `framework:custom:lock`                  held (setIfAbsent) by the one save or reset under way:
 *   saves run one at a time, and the holder removes every generation but the active one, so
 *   concurrent saves (or a call that died mid-save) never leave chunks behind.
 * - `framework-audit:<time>-<random>`        who saved or reset it, and when (one key per event)
 * - `confluence-pages:<spaceId>:<frameworkId>` page ids of the last publish to that space
 */
import type { Framework } from '../domain/framework';
import { ConflictError } from '../errors';
import { encodeKeyPart } from './assessment-store';
import { storageKey, type KeyValueStore } from './kv-store';
import { readChunks, writeChunks } from './chunked';

export interface CustomFrameworkManifest {
  generation: string;
  chunks: number;
  /** Length of the JSON text, to detect a torn read. */
  chars: number;
  frameworkId: string;
  name: string;
  /** Account id from the Forge context of the call. */
  savedBy: string;
  savedAt: string;
}

export interface FrameworkAuditEntry {
  action: 'save-custom' | 'reset';
  accountId: string;
  at: string;
  frameworkId: string | null;
  name: string | null;
}

export interface PublishedPages {
  spaceId: string;
  frameworkId: string;
  overviewId: string;
  /** Level id → page id. */
  levels: Record<string, string>;
  publishedAt: string;
  publishedBy: string;
}

const MANIFEST_KEY = 'framework:custom';
const LOCK_KEY = 'framework:custom:lock';
const CHUNK_PREFIX = 'framework:custom:chunk:';
/** A lock older than this belongs to a call that died (Forge calls last at most 25 s). */
const STALE_LOCK_MS = 60_000;
/** How long a save waits for another one to finish before giving up. */
const LOCK_WAIT_MS = 15_000;
const AUDIT = 'framework-audit';
let auditSequence = 0;
/** Where a generation's chunks live (src/store/chunked.ts): `framework:custom:chunk:<generation>:<i>`. */
const chunkBase = (generation: string): string[] => ['framework', 'custom', 'chunk', generation];
const PAGES = 'confluence-pages';

/** Another save of the team framework held the lock for longer than we can wait: a try-again conflict, not bad input. */
export class FrameworkBusyError extends ConflictError {
  constructor(message: string) {
    super(message, undefined, {}); // no stale revision: the caller's edit is fine, someone else is saving
  }
}

export class FrameworkStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly random: () => number = Math.random,
    private readonly nowMs: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Runs `work` holding the save lock; a lock left by a dead call is taken over. */
  private async locked<T>(work: () => Promise<T>): Promise<T> {
    const started = this.nowMs();
    for (let attempt = 0; ; attempt++) {
      const token = `${this.nowMs()}-${Math.floor(this.random() * 1e9).toString(36)}`;
      if (await this.store.setIfAbsent(LOCK_KEY, { at: this.nowMs(), token })) {
        try {
          return await work();
        } finally {
          const held = await this.store.get<{ token: string }>(LOCK_KEY);
          if (held?.token === token) await this.store.delete(LOCK_KEY);
        }
      }
      const held = await this.store.get<{ at: number }>(LOCK_KEY);
      if (held && this.nowMs() - held.at > STALE_LOCK_MS) {
        await this.store.delete(LOCK_KEY);
        continue;
      }
      if (this.nowMs() - started > LOCK_WAIT_MS) throw new FrameworkBusyError('Someone else is changing the team framework right now. Try again in a moment.');
      await this.sleep(20 + Math.floor(this.random() * 30) * Math.min(attempt + 1, 8));
    }
  }

  /** Deletes every chunk that is not the active generation's: only ever called holding the lock. */
  private async removeStaleChunks(): Promise<void> {
    const active = (await this.manifest())?.generation;
    for (const row of await this.store.list(CHUNK_PREFIX)) {
      const generation = row.key.slice(CHUNK_PREFIX.length).split(':')[0];
      if (generation !== active) await this.store.delete(row.key);
    }
  }

  async manifest(): Promise<CustomFrameworkManifest | undefined> {
    return this.store.get<CustomFrameworkManifest>(MANIFEST_KEY);
  }

  /**
   * The stored custom framework's parsed JSON (not yet validated) and its manifest, or undefined
   * when the default is active. Retries once when a concurrent save replaced the chunks it read.
   */
  async getCustom(): Promise<{ data: unknown; manifest: CustomFrameworkManifest } | undefined> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const manifest = await this.manifest();
      if (!manifest) return undefined;
      const text = await readChunks(this.store, chunkBase(manifest.generation), manifest.chunks);
      if (text !== undefined && text.length === manifest.chars) return { data: JSON.parse(text) as unknown, manifest };
    }
    throw new Error('The stored custom framework is incomplete (a chunk is missing).');
  }

  /** Stores a validated framework as the active one; answers its manifest. */
  async saveCustom(framework: Framework, savedBy: string, savedAt: string): Promise<CustomFrameworkManifest> {
    return this.locked(() => this.saveCustomLocked(framework, savedBy, savedAt));
  }

  private async saveCustomLocked(framework: Framework, savedBy: string, savedAt: string): Promise<CustomFrameworkManifest> {
    const text = JSON.stringify(framework);
    const generation = `${String(Date.parse(savedAt) || 0).padStart(14, '0')}-${Math.floor(this.random() * 1e9).toString(36)}`;
    const chunks = await writeChunks(this.store, chunkBase(generation), text);
    const manifest: CustomFrameworkManifest = {
      generation,
      chunks,
      chars: text.length,
      frameworkId: framework.id,
      name: framework.name,
      savedBy,
      savedAt,
    };
    await this.store.set(MANIFEST_KEY, manifest);
    await this.removeStaleChunks();
    await this.audit({ action: 'save-custom', accountId: savedBy, at: savedAt, frameworkId: framework.id, name: framework.name });
    return manifest;
  }

  /** Back to the default framework: the custom one is removed (the default is code, never touched). */
  async clearCustom(by: string, at: string): Promise<void> {
    await this.locked(async () => {
      const previous = await this.manifest();
      await this.store.delete(MANIFEST_KEY);
      await this.removeStaleChunks();
      await this.audit({ action: 'reset', accountId: by, at, frameworkId: previous?.frameworkId ?? null, name: previous?.name ?? null });
    });
  }

  private async audit(entry: FrameworkAuditEntry): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      // Time first (key order is time order); a per-process sequence orders events of the same instant.
      const id = `${String(Date.parse(entry.at) || 0).padStart(14, '0')}-${String(auditSequence++).padStart(6, '0')}-${Math.floor(this.random() * 1e9).toString(36)}`;
      if (await this.store.setIfAbsent(storageKey(AUDIT, id), entry)) return;
    }
    throw new Error('Could not record the framework change in the audit trail.');
  }

  /** Audit entries, newest first. */
  async auditTrail(limit = 50): Promise<FrameworkAuditEntry[]> {
    const rows = await this.store.list<FrameworkAuditEntry>(`${AUDIT}:`);
    return rows
      .map((r) => r.value)
      .reverse()
      .slice(0, limit);
  }

  private pagesKey(spaceId: string, frameworkId: string): string {
    return storageKey(PAGES, encodeKeyPart(spaceId), encodeKeyPart(frameworkId));
  }

  async publishedPages(spaceId: string, frameworkId: string): Promise<PublishedPages | undefined> {
    return this.store.get<PublishedPages>(this.pagesKey(spaceId, frameworkId));
  }

  async rememberPublishedPages(pages: PublishedPages): Promise<void> {
    await this.store.set(this.pagesKey(pages.spaceId, pages.frameworkId), pages);
  }
}
