/**
 * Saying Jira's "unknown project" refusal for people. Jira answers a query naming a project the
 * viewer cannot browse exactly as it answers one naming a project that does not exist: the server
 * marks both `UNKNOWN_PROJECT` with the keys (src/jira/jql-errors.ts), and the UI says both, so a
 * viewer without access is not told their page's query is broken.
 */
import type { ApiError } from './api';

/** "project PO", "projects PO and MOB", "projects PO, MOB and OPS". */
export function projectsPhrase(keys: readonly string[]): string {
  if (keys.length === 1) return `project ${keys[0]}`;
  return `projects ${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}`;
}

/** "Jira says project PO doesn't exist — or you don't have access to it." (null when not that refusal). */
export function noSuchProjectSentence(error: ApiError): string | null {
  if (error.reason !== 'UNKNOWN_PROJECT' || error.subjects.length === 0) return null;
  const keys = error.subjects;
  const one = keys.length === 1;
  return `Jira says ${projectsPhrase(keys)} ${one ? 'doesn’t' : 'don’t'} exist — or you don’t have access to ${one ? 'it' : 'them'}.`;
}
