/**
 * Picker searches (people, projects, Confluence spaces), each as the viewing user, and account
 * ids back to names in bulk. Only real people are offered: app and customer accounts are not.
 */
import type { ConfluenceClient } from '../confluence/client';
import { PICKER_LIMITS, type PeopleNames, type Person, type ProjectSearchResult, type SpaceSearchResult } from '../contract/pickers';
import type { JiraClient } from '../jira';
import type { RawAvatarUrls } from '../jira/types';

const avatarOf = (urls: RawAvatarUrls | undefined): string | null => urls?.['24x24'] ?? urls?.['48x48'] ?? null;
const isPerson = (accountType: string | undefined) => accountType === undefined || accountType === 'atlassian';

/** People whose name starts with `query` (Jira's user picker). */
export async function searchPeople(deps: { jira: JiraClient }, req: { query: string }): Promise<Person[]> {
  const found = await deps.jira.findUsersForPicker(req.query, PICKER_LIMITS.results);
  return (found.users ?? [])
    .filter((u) => typeof u.accountId === 'string' && u.accountId !== '' && isPerson(u.accountType))
    .map((u) => ({ accountId: u.accountId as string, displayName: u.displayName || u.accountId as string, avatarUrl: u.avatarUrl ?? null }));
}

/** Names for stored account ids, in the order asked; ids Jira does not return are listed apart. */
export async function namesOf(deps: { jira: JiraClient }, req: { accountIds: readonly string[] }): Promise<PeopleNames> {
  const unique = [...new Set(req.accountIds)];
  if (unique.length === 0) return { people: [], unknown: [] };
  const users = await deps.jira.getUsersBulk(unique);
  const byId = new Map(users.filter((u) => u.accountId).map((u) => [u.accountId as string, u]));
  const people: Person[] = [];
  const unknown: string[] = [];
  for (const id of unique) {
    const u = byId.get(id);
    if (u && u.displayName) people.push({ accountId: id, displayName: u.displayName, avatarUrl: avatarOf(u.avatarUrls) });
    else unknown.push(id);
  }
  return { people, unknown };
}

/** One page of the projects the user can browse whose key or name contains `query`. */
export async function searchProjects(deps: { jira: JiraClient }, req: { query: string; startAt?: number }): Promise<ProjectSearchResult> {
  const startAt = req.startAt ?? 0;
  const page = await deps.jira.searchProjects(req.query, startAt, PICKER_LIMITS.results);
  const values = page.values ?? [];
  const total = page.total ?? startAt + values.length;
  const last = page.isLast ?? startAt + values.length >= total;
  return {
    projects: values.filter((p) => !p.archived).map((p) => ({ id: String(p.id), key: p.key, name: p.name ?? p.key, avatarUrl: avatarOf(p.avatarUrls) })),
    total,
    nextStartAt: last || values.length === 0 ? null : startAt + values.length,
  };
}

/** Spaces the user can see whose name or key contains `query` (case-insensitive), by name. */
export async function searchSpaces(deps: { confluence: ConfluenceClient }, req: { query: string }): Promise<SpaceSearchResult> {
  const q = req.query.trim().toLowerCase();
  const matches = (await deps.confluence.listSpaces())
    .filter((s) => !q || s.name.toLowerCase().includes(q) || s.key.toLowerCase().includes(q))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { spaces: matches.slice(0, PICKER_LIMITS.results).map((s) => ({ id: s.id, key: s.key, name: s.name })), total: matches.length };
}
