/**
 * Release sign-offs (SPEC §3): the required checks, what was recorded against them, and whether
 * each counts — signed, for the version's issues as they are now, by someone still allowed to.
 */
import { compareIssueKeys, sameName } from './matching';
import type { IssueKey } from './types';

/** A required sign-off check. The id is stable: "renaming a check keeps its signatures" (SPEC §3). */
export interface SignoffCheck {
  id: string;
  label: string;
  /** Who may sign it (account ids), when the settings name them; absent or `anyone`: any signer counts. */
  signers?: 'anyone' | readonly string[];
}

/**
 * SPEC §3: "a list of required checks (default: "Release notes and communication ready", "Release
 * deck reviewed", "QA sign-off", "Product lead sign-off")", with stable ids.
 */
export const DEFAULT_SIGNOFFS: readonly SignoffCheck[] = [
  { id: 'release-notes', label: 'Release notes and communication ready' },
  { id: 'release-deck', label: 'Release deck reviewed' },
  { id: 'qa', label: 'QA sign-off' },
  { id: 'product-lead', label: 'Product lead sign-off' },
];

/** A recorded sign-off: from the app's store (with `checkId` and `scopeKeys`) or a CLI file (label only). */
export interface SignoffEntry {
  checkId?: string;
  label: string;
  signedBy: string | null;
  signedAt: string | null;
  /** The version's issue keys when signed; absent for CLI file entries ("count as given"). */
  scopeKeys?: string[];
}

export interface SignoffStatus {
  // SPEC §5 fields
  label: string;
  signedBy: string | null;
  signedAt: string | null;
  // extras
  checkId: string;
  /** Signed, and not stale: what the verdict counts. */
  signed: boolean;
  /** Signed for a different set of issues than the version has now: counts as missing. */
  stale: boolean;
  /** When stale: keys added to and removed from the version since signing (sorted like blockers). */
  scopeChange: { added: IssueKey[]; removed: IssueKey[] } | null;
  /** Stale because the signer is no longer among the check's allowed signers. */
  signerNotAllowed: boolean;
}

function isSigned(entry: SignoffEntry): boolean {
  return typeof entry.signedBy === 'string' && entry.signedBy.trim() !== '';
}

function scopeDiff(scopeKeys: readonly string[] | undefined, current: ReadonlySet<IssueKey>): { added: IssueKey[]; removed: IssueKey[] } | null {
  if (scopeKeys === undefined) return null;
  const then = new Set(scopeKeys);
  const added = [...current].filter((k) => !then.has(k)).sort(compareIssueKeys);
  const removed = [...then].filter((k) => !current.has(k)).sort(compareIssueKeys);
  return added.length === 0 && removed.length === 0 ? null : { added, removed };
}

/**
 * SPEC §3 sign-offs: each required check is matched to recorded entries by `checkId` when the entry
 * has one, else by label (case-insensitive, trimmed); "a required label counts as signed when an
 * entry with that label has a non-empty `signedBy`"; "if they [the issue keys] differ now, it is
 * stale and counts as missing". A signature by someone who is no longer an allowed signer of the
 * check is stale too (the settings changed who may approve it). Among several matching entries a
 * fresh signature wins.
 */
export function evaluateSignoffs(
  required: ReadonlyArray<SignoffCheck>,
  entries: ReadonlyArray<SignoffEntry>,
  currentKeys: ReadonlySet<IssueKey>,
): SignoffStatus[] {
  return required.map((check) => {
    const matches = entries.filter((e) =>
      e.checkId !== undefined && e.checkId !== null && e.checkId !== '' ? e.checkId === check.id : sameName(e.label, check.label),
    );
    const allowed = (signer: string): boolean => check.signers === undefined || check.signers === 'anyone' || check.signers.includes(signer);
    const judged = matches.map((e) => {
      const signed = isSigned(e);
      const change = signed ? scopeDiff(e.scopeKeys, currentKeys) : null;
      const notAllowed = signed && !allowed(e.signedBy!.trim());
      return { e, signed, change, notAllowed };
    });
    const best =
      judged.find((j) => j.signed && j.change === null && !j.notAllowed) ?? judged.find((j) => j.signed) ?? judged[0];
    if (!best) {
      return { label: check.label, signedBy: null, signedAt: null, checkId: check.id, signed: false, stale: false, scopeChange: null, signerNotAllowed: false };
    }
    const stale = best.signed && (best.change !== null || best.notAllowed);
    return {
      label: check.label,
      signedBy: best.signed ? best.e.signedBy!.trim() : null,
      signedAt: best.signed ? best.e.signedAt : null,
      checkId: check.id,
      signed: best.signed && !stale,
      stale,
      scopeChange: stale ? best.change : null,
      signerNotAllowed: stale && best.notAllowed,
    };
  });
}

/** The reason line of a required sign-off that does not count: missing, or stale and why. */
export function signoffReason(s: SignoffStatus): string {
  if (!s.stale) return `Sign-off missing: ${s.label}`;
  if (s.signerNotAllowed) return `Sign-off stale: ${s.label} (signed by someone who is no longer allowed to sign it)`;
  const parts = [...(s.scopeChange?.added ?? []).map((k) => `+${k}`), ...(s.scopeChange?.removed ?? []).map((k) => `−${k}`)];
  return `Sign-off stale: ${s.label} (scope changed since signed: ${parts.join(', ')})`;
}
