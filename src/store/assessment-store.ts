/**
 * Self-assessments (SPEC §4), one per person, and read-only shares of them.
 *
 * Keys (ids only; Forge KVS allows few characters, so account ids go through `encodeKeyPart`):
 * - `assessment:<owner>`                      the assessment (whole document, with a revision)
 * - `assessment-rev:<owner>:<revision>`       a claim on a revision number (see `save`)
 * - `assessment-share:<owner>:<viewer>`       the grant itself: the only thing that gives access
 * - `assessment-shared-with:<viewer>:<owner>` an index so a viewer can list what is shared with
 *   them; always checked against the grant, so a stale index entry never gives access.
 *
 * Who may do what is decided by the service from the Forge context; this class only stores.
 */
import { BadInputError, ConflictError } from '../errors';
import { encodeKeyPart, storageKey, storedBytes, type KeyValueStore } from './kv-store';

export interface StoredDemonstrated {
  skill: string;
  /** 1-based position in the skill's list at the target level (SPEC §4). */
  behaviour: number;
  /** A link (Jira issue key or URL, Confluence page) or a sentence; empty demonstrates nothing. */
  evidence: string;
}

export interface StoredAssessment {
  schema: 1;
  /** The owner: the Forge context's account id when it was saved, never a payload's. */
  ownerAccountId: string;
  /** Display name the person gave, for the packet. */
  person: string | null;
  currentLevel: string;
  currentLevelSince: string;
  targetLevel: string;
  demonstrated: StoredDemonstrated[];
  /** The framework the positions refer to (`default:<id>` or `custom:<generation>`). */
  frameworkRef: string;
  /** 1 after the first save, +1 on each save. */
  revision: number;
  /** ISO timestamp of the last save. */
  updatedAt: string;
}

export type AssessmentDraft = Omit<StoredAssessment, 'schema' | 'ownerAccountId' | 'revision' | 'updatedAt'>;

export interface ShareGrant {
  ownerAccountId: string;
  viewerAccountId: string;
  /** Label the owner gave the viewer (e.g. "My manager"), for showing only. */
  viewerName: string | null;
  grantedAt: string;
}

/** Saving was refused because the stored assessment changed since the caller read it. */
export class AssessmentConflictError extends ConflictError {}

export { encodeKeyPart };

const ASSESSMENT = 'assessment';
const REV = 'assessment-rev';
const SHARE = 'assessment-share';
const SHARED_WITH = 'assessment-shared-with';

/**
 * An assessment is one value, so it must fit Forge's 240 KiB; 200 KiB leaves room. The contract's
 * per-field limits allow more in total (500 entries × 2,000 characters), so the whole is checked.
 */
export const ASSESSMENT_MAX_BYTES = 200 * 1024;

/** A revision claim older than this belongs to a call that died (Forge calls last at most 25 s). */
const STALE_CLAIM_MS = 60_000;
/** Claims kept behind the current revision (older ones are pruned). */
const KEEP_CLAIMS = 10;

interface RevisionClaim {
  at: number;
}

export class AssessmentStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly nowMs: () => number = Date.now,
  ) {}

  private key(owner: string): string {
    return storageKey(ASSESSMENT, encodeKeyPart(owner));
  }

  async get(owner: string): Promise<StoredAssessment | undefined> {
    return this.store.get<StoredAssessment>(this.key(owner));
  }

  /**
   * Saves the whole assessment as the next revision. With `expectedRevision` (what the caller
   * loaded; 0 for "none yet") a save over a newer revision is refused with
   * `AssessmentConflictError`, so a second tab cannot silently undo the first. Without it the
   * last save wins. Either way two concurrent saves never interleave into a mixed document: each
   * first claims its revision number with `setIfAbsent`, and only the claimant writes it.
   */
  async save(owner: string, draft: AssessmentDraft, at: string, expectedRevision?: number): Promise<StoredAssessment> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const current = await this.get(owner);
      const currentRevision = current?.revision ?? 0;
      if (expectedRevision !== undefined && expectedRevision !== currentRevision) {
        throw new AssessmentConflictError(
          `Your assessment was changed elsewhere since you opened it (it is at revision ${currentRevision}, you had ${expectedRevision}). ` +
            'Reload it, then make your change again.',
        );
      }
      const revision = await this.claimAfter(owner, currentRevision);
      if (revision === undefined) {
        // Another save of this person's assessment is in flight.
        if (expectedRevision !== undefined) {
          throw new AssessmentConflictError('Your assessment is being saved from somewhere else at this moment. Reload it, then try again.');
        }
        await new Promise((r) => setTimeout(r, 5 * (attempt + 1)));
        continue;
      }
      const saved: StoredAssessment = { schema: 1, ownerAccountId: owner, ...draft, revision, updatedAt: at };
      const bytes = storedBytes(saved);
      if (bytes > ASSESSMENT_MAX_BYTES) {
        // Release the claim so the next (shorter) save is not held up by it.
        await this.store.delete(this.revKey(owner, revision));
        throw new BadInputError(
          `This assessment is too large to save: ${Math.ceil(bytes / 1024)} KiB, at most ${ASSESSMENT_MAX_BYTES / 1024} KiB. Shorten some evidence (a link is enough) or remove entries.`,
        );
      }
      await this.store.set(this.key(owner), saved);
      if (revision - KEEP_CLAIMS >= 1) await this.store.delete(this.revKey(owner, revision - KEEP_CLAIMS));
      return saved;
    }
    throw new AssessmentConflictError('Your assessment is being saved from several places at once. Try again in a moment.');
  }

  private revKey(owner: string, revision: number): string {
    return storageKey(REV, encodeKeyPart(owner), String(revision).padStart(9, '0'));
  }

  /** Claims the first free revision after `current`, skipping claims left by calls that died. */
  private async claimAfter(owner: string, current: number): Promise<number | undefined> {
    for (let rev = current + 1; rev <= current + 5; rev++) {
      if (await this.store.setIfAbsent<RevisionClaim>(this.revKey(owner, rev), { at: this.nowMs() })) return rev;
      const claim = await this.store.get<RevisionClaim>(this.revKey(owner, rev));
      if (claim && this.nowMs() - claim.at < STALE_CLAIM_MS) return undefined;
    }
    return undefined;
  }

  /** Deletes the assessment, every share of it and its revision claims. */
  async delete(owner: string): Promise<void> {
    for (const grant of await this.grantsBy(owner)) await this.revoke(owner, grant.viewerAccountId);
    await this.store.delete(this.key(owner));
    for (const row of await this.store.list(`${storageKey(REV, encodeKeyPart(owner))}:`)) await this.store.delete(row.key);
  }

  private shareKey(owner: string, viewer: string): string {
    return storageKey(SHARE, encodeKeyPart(owner), encodeKeyPart(viewer));
  }

  private indexKey(viewer: string, owner: string): string {
    return storageKey(SHARED_WITH, encodeKeyPart(viewer), encodeKeyPart(owner));
  }

  /** Grant first, index second: a failure in between leaves a grant the owner can still see and withdraw. */
  async grant(grant: ShareGrant): Promise<void> {
    await this.store.set(this.shareKey(grant.ownerAccountId, grant.viewerAccountId), grant);
    await this.store.set(this.indexKey(grant.viewerAccountId, grant.ownerAccountId), {
      ownerAccountId: grant.ownerAccountId,
      viewerAccountId: grant.viewerAccountId,
    });
  }

  /** Grant first: once it is gone, access is gone, whatever happens to the index. */
  async revoke(owner: string, viewer: string): Promise<void> {
    await this.store.delete(this.shareKey(owner, viewer));
    await this.store.delete(this.indexKey(viewer, owner));
  }

  async grantFor(owner: string, viewer: string): Promise<ShareGrant | undefined> {
    return this.store.get<ShareGrant>(this.shareKey(owner, viewer));
  }

  async grantsBy(owner: string): Promise<ShareGrant[]> {
    const rows = await this.store.list<ShareGrant>(`${storageKey(SHARE, encodeKeyPart(owner))}:`);
    return rows.map((r) => r.value).sort((a, b) => (a.grantedAt < b.grantedAt ? -1 : a.grantedAt > b.grantedAt ? 1 : 0));
  }

  /** Grants naming this viewer, each confirmed by the grant key itself. */
  async sharedWith(viewer: string): Promise<ShareGrant[]> {
    const rows = await this.store.list<{ ownerAccountId: string }>(`${storageKey(SHARED_WITH, encodeKeyPart(viewer))}:`);
    const out: ShareGrant[] = [];
    for (const row of rows) {
      const grant = await this.grantFor(row.value.ownerAccountId, viewer);
      if (grant) out.push(grant);
    }
    return out;
  }
}
