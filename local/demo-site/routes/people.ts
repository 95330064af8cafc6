/** Users and permissions: who is calling, the people pickers' lookups, and `/mypermissions`. */
import type { DemoUser } from '../model';
import { errorBody, HttpError, listParam, maxResultsParam, ok, pageBean, pageParams, type On, type Site } from './http';

/** The permissions `/mypermissions` knows: the global admin one and browsing (per project). */
const PERMISSIONS: Record<string, { id: string; name: string; type: 'GLOBAL' | 'PROJECT'; description: string }> = {
  ADMINISTER: { id: '0', name: 'Administer Jira', type: 'GLOBAL', description: 'Create and administer projects, issue types, fields, workflows, and schemes for all projects.' },
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT', description: 'Ability to browse projects and the issues within them.' },
};

export function peopleRoutes(on: On, { index, ds, r }: Site): void {
  on('GET', '/myself', ({ user }) => ok(r().myself(user)));

  // People pickers: Jira's user picker matches the start of any word of a display name, or of an
  // e-mail address; every signed-in user may browse users (Jira's default global permission).
  on('GET', '/user/picker', ({ query }) => {
    const text = (query.get('query') ?? '').trim().toLowerCase();
    if (!text) return errorBody(400, 'The query parameter is required.');
    const maxResults = maxResultsParam(query, 50, 1000);
    const exclude = new Set(listParam(query, 'excludeAccountIds'));
    const matches = ds.users.filter(
      (u) => u.active && !exclude.has(u.accountId) && (u.displayName.toLowerCase().split(/\s+/).some((w) => w.startsWith(text)) || u.displayName.toLowerCase().startsWith(text) || u.email.toLowerCase().startsWith(text)),
    );
    const shown = matches.slice(0, maxResults);
    return ok({
      users: shown.map((u) => r().pickerUser(u, text)),
      total: matches.length,
      header: `Showing ${shown.length} of ${matches.length} matching users`,
    });
  });

  on('GET', '/user/bulk', ({ query, path }) => {
    const ids = query.getAll('accountId').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if (!ids.length) return errorBody(400, 'The accountId parameter is required.');
    if (ids.length > 200) return errorBody(400, 'You can request at most 200 account ids.');
    const page = pageParams(query, 10, 200);
    const found = ids.map((id) => index.userById.get(id)).filter((u): u is DemoUser => u !== undefined);
    const self = `${r().baseUrl}${path}?${query.toString()}`;
    return ok(pageBean(found, page, () => self, (u) => r().user(u), false));
  });

  on('GET', '/mypermissions', ({ query, user }) => {
    const keys = listParam(query, 'permissions').map((k) => k.trim()).filter(Boolean);
    if (keys.length === 0) throw new HttpError(errorBody(400, 'The permissions query parameter is required.'));
    const unknown = keys.find((k) => !(k in PERMISSIONS));
    if (unknown) throw new HttpError(errorBody(400, `Invalid permission key: ${unknown}`));
    const projectKey = query.get('projectKey');
    const holds = (k: string): boolean =>
      k === 'ADMINISTER' ? user.admin === true : projectKey ? index.canBrowse(user, projectKey) : user.browse === 'all' || user.browse.length > 0;
    return ok({ permissions: Object.fromEntries(keys.map((k) => [k, { ...PERMISSIONS[k], key: k, havePermission: holds(k) }])) });
  });
}
