/**
 * SPEC §3 sign-offs file (`{ required, signoffs: [{ label, signedBy, signedAt }] }`), read by
 * `shipshape readiness --signoffs FILE`. Pure: built from a readiness report's sign-off checks, as
 * the gadget shows them.
 */

export interface SignoffsFile {
  required: string[];
  /** `signedBy` is the signer's display name (their account id in `accountId`). Only fresh signatures. */
  signoffs: Array<{ label: string; signedBy: string; signedAt: string; accountId?: string }>;
}

/** One required check of a readiness report (the contract's `CheckView` is one). */
export interface SignoffsFileCheck {
  label: string;
  /** Signed and not stale. */
  signed: boolean;
  /** The signer's account id. */
  signedBy: string | null;
  signedByName: string | null;
  signedAt: string | null;
}

/**
 * Every required label, and each current signature by name. Stale ones are left out: they count as
 * missing in the report, and the CLI counts file entries as given, so both reach the same decision.
 */
export function signoffsFile(checks: readonly SignoffsFileCheck[]): SignoffsFile {
  return {
    required: checks.map((c) => c.label),
    signoffs: checks
      .filter((c) => c.signed)
      .map((c) => ({ label: c.label, signedBy: c.signedByName ?? c.signedBy ?? '', signedAt: c.signedAt ?? '', accountId: c.signedBy ?? '' })),
  };
}
