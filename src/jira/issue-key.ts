/**
 * Jira issue keys, written once. A key (`PO-12`) is a project key, a dash and a number; Jira
 * matches keys case-insensitively and answers in upper case. Anything that goes into JQL must be a
 * key or a numeric id: any other text could change the meaning of the query.
 */
/** The pattern's text, for building other patterns (a `/browse/KEY` path). */
export const ISSUE_KEY_PATTERN = '[A-Za-z][A-Za-z0-9_]*-\\d+';
const KEY = ISSUE_KEY_PATTERN;

/** An issue key such as `PO-12` (any case). */
export const ISSUE_KEY = new RegExp(`^${KEY}$`);
/** An issue key or a numeric issue id. */
export const ISSUE_KEY_OR_ID = new RegExp(`^(?:${KEY}|\\d+)$`);

/** The project key of an issue key (`PO-12` → `PO`). */
export function projectKeyOf(issueKey: string): string {
  return issueKey.replace(/-\d+$/, '');
}
