/**
 * How Shipshape compares what Jira names: issue keys in SPEC §3's order, and names admins can edit
 * matched as SPEC §1 says.
 */
import { ISSUE_KEY_PARTS } from './issue-key';
import type { IssueKey } from './types';

/**
 * SPEC §3: "keys sorted by project key, then issue number (PO-6 before PO-40)". Keys that are not
 * `PROJECT-123` sort after the rest, by plain text.
 */
export function compareIssueKeys(a: IssueKey, b: IssueKey): number {
  const ma = ISSUE_KEY_PARTS.exec(a);
  const mb = ISSUE_KEY_PARTS.exec(b);
  if (ma && mb) {
    const pa = ma[1]!.toUpperCase();
    const pb = mb[1]!.toUpperCase();
    if (pa !== pb) return pa < pb ? -1 : 1;
    const na = Number(ma[2]);
    const nb = Number(mb[2]);
    if (na !== nb) return na - nb;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (ma) return -1;
  if (mb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SPEC §1: "Names Jira lets admins edit (priorities, issue types, sign-off labels) match case-insensitively, trimmed." */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
