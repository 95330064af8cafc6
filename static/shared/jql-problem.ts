/**
 * Reading Jira's JQL errors for people. Jira answers a query naming a project the viewer cannot
 * browse exactly as it answers one naming a project that does not exist (400, "The value 'PO' does
 * not exist for the field 'project'."): it never says which. The UI says both, so a viewer without
 * access is not told their page's query is broken.
 */

/** Project keys Jira said do not exist (for this viewer), in the order named, each once. */
export function unknownProjects(message: string): string[] {
  const out: string[] = [];
  for (const m of message.matchAll(/The value '([^']+)' does not exist for the field 'project'/gi)) {
    if (!out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/** "project PO", "projects PO and MOB", "projects PO, MOB and OPS". */
export function projectsPhrase(keys: readonly string[]): string {
  if (keys.length === 1) return `project ${keys[0]}`;
  return `projects ${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1]}`;
}

/** "Jira says project PO doesn't exist — or you don't have access to it." (null when not that error). */
export function noSuchProjectSentence(message: string): string | null {
  const keys = unknownProjects(message);
  if (keys.length === 0) return null;
  const one = keys.length === 1;
  return `Jira says ${projectsPhrase(keys)} ${one ? 'doesn’t' : 'don’t'} exist — or you don’t have access to ${one ? 'it' : 'them'}.`;
}
