/** The site's fixed catalog over REST: server info, fields, issue types, statuses, resolutions, and JQL value suggestions. */
import { ok, type On, type Site } from './http';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Jira's displayName: HTML-escaped, the typed part in bold. */
function highlighted(name: string, typed: string): string {
  const at = typed ? name.toLowerCase().indexOf(typed) : -1;
  if (at < 0) return escapeHtml(name);
  return `${escapeHtml(name.slice(0, at))}<b>${escapeHtml(name.slice(at, at + typed.length))}</b>${escapeHtml(name.slice(at + typed.length))}`;
}

export function catalogRoutes(on: On, { ds, r }: Site): void {
  on('GET', '/serverInfo', () =>
    ok({
      baseUrl: r().baseUrl,
      version: '1001.0.0-SNAPSHOT',
      deploymentType: 'Cloud',
      serverTitle: 'Shipshape demo site',
      buildNumber: 100000,
    }),
  );

  on('GET', '/field', () => ok(ds.fields.map((f) => r().field(f))));

  // Every value of a field, or those containing `fieldValue`: the value itself, and for display
  // HTML-escaped with the match in bold, as in the spec's example.
  on('GET', '/jql/autocompletedata/suggestions', ({ query }) => {
    const names: Record<string, readonly string[]> = {
      priority: ds.priorities.map((p) => p.name),
      issuetype: ds.issueTypes.map((t) => t.name),
      status: ds.statuses.map((x) => x.name),
    };
    const typed = (query.get('fieldValue') ?? '').toLowerCase();
    const values = (names[(query.get('fieldName') ?? '').toLowerCase()] ?? []).filter((n) => n.toLowerCase().includes(typed));
    return ok({ results: values.map((n) => ({ value: n, displayName: highlighted(n, typed) })) });
  });

  on('GET', '/issuetype', () => ok(ds.issueTypes.map((t) => r().issueType(t))));
  on('GET', '/statuscategory', () => ok(ds.statusCategories.map((c) => r().statusCategory(c))));
  on('GET', '/status', () => ok(ds.statuses.map((s) => r().status(s))));
  on('GET', '/resolution', () => ok(ds.resolutions.map((x) => r().resolution(x))));
}
