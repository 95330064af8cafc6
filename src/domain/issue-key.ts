/**
 * Jira issue keys, written once. A key (`PO-12`) is a project key, a dash and a number; Jira
 * matches keys case-insensitively and answers in upper case. Anything that goes into JQL must be a
 * key or a numeric id: any other text could change the meaning of the query.
 */
const PROJECT_KEY = '[A-Za-z][A-Za-z0-9_]*';
/** The pattern's text, for building other patterns (a `/browse/KEY` path). */
export const ISSUE_KEY_PATTERN = `${PROJECT_KEY}-\\d+`;

/** An issue key such as `PO-12` (any case). */
export const ISSUE_KEY = new RegExp(`^${ISSUE_KEY_PATTERN}$`);
/** An issue key or a numeric issue id. */
export const ISSUE_KEY_OR_ID = new RegExp(`^(?:${ISSUE_KEY_PATTERN}|\\d+)$`);
/** An issue key's parts: the project key and the number. */
export const ISSUE_KEY_PARTS = new RegExp(`^(${PROJECT_KEY})-(\\d+)$`);
/** A project key (`PO`) or a numeric project id. */
export const PROJECT_KEY_OR_ID = new RegExp(`^(?:${PROJECT_KEY}|\\d+)$`);

/** The project key of an issue key (`PO-12` → `PO`). */
export function projectKeyOf(issueKey: string): string {
  return issueKey.replace(/-\d+$/, '');
}
