/** Projects and their versions: project search, a project, its versions (all, or paged and filtered), a version and its issue counts. */
import type { DemoProject, DemoUser, DemoVersion } from '../model';
import { errorBody, HttpError, listParam, ok, pageBean, pageParams, pageUrl, type On, type Site } from './http';

export function projectRoutes(on: On, { index, ds, r }: Site): void {
  const projectOr404 = (user: DemoUser, keyOrId: string): DemoProject => {
    const p = index.findProject(user, keyOrId);
    if (!p) {
      const what = /^\d+$/.test(keyOrId) ? 'id' : 'key';
      throw new HttpError(errorBody(404, `No project could be found with ${what} '${keyOrId}'.`));
    }
    return p;
  };

  const versionOr404 = (user: DemoUser, id: string): DemoVersion => {
    const v = index.findVersion(user, id);
    if (!v) throw new HttpError(errorBody(404, `Could not find version for id '${id}'.`));
    return v;
  };

  const withIssuesStatus = (q: URLSearchParams): boolean =>
    listParam(q, 'expand').some((e) => e.trim().toLowerCase() === 'issuesstatus');

  // Before /project/{key}, which would take `search` for a key.
  on('GET', '/project/search', ({ user, query, path }) => {
    const text = (query.get('query') ?? '').trim().toLowerCase();
    const page = pageParams(query, 50, 100);
    const byName = (query.get('orderBy') ?? 'key').replace(/^[+-]/, '') === 'name';
    const all = index
      .visibleProjects(user)
      .filter((p) => !text || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text))
      .sort((a, b) => (byName ? a.name.localeCompare(b.name) : a.key.localeCompare(b.key)));
    return ok(pageBean(all, page, pageUrl(r().baseUrl, path, query, page.maxResults), (p) => r().projectRef(p)));
  });

  on('GET', '/project/{key}', ({ user }, [key]) => ok(r().project(projectOr404(user, key as string), ds.today)));

  on('GET', '/project/{key}/versions', ({ user, query }, [key]) => {
    const p = projectOr404(user, key as string);
    const withStatus = withIssuesStatus(query);
    const versions = ds.versions.filter((v) => v.projectKey === p.key).sort((a, b) => a.sequence - b.sequence);
    return ok(versions.map((v) => r().version(v, ds.today, withStatus)));
  });

  on('GET', '/project/{key}/version', ({ user, query, path }, [key]) => {
    const p = projectOr404(user, key as string);
    const page = pageParams(query, 50, 50);
    const statuses = listParam(query, 'status')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const text = (query.get('query') ?? '').trim().toLowerCase();
    let versions = ds.versions.filter((v) => v.projectKey === p.key);
    if (statuses.length) {
      versions = versions.filter((v) => statuses.includes(v.archived ? 'archived' : v.released ? 'released' : 'unreleased'));
    }
    if (text) versions = versions.filter((v) => v.name.toLowerCase().includes(text) || v.description.toLowerCase().includes(text));
    versions = sortVersions(versions, query.get('orderBy'));
    const withStatus = withIssuesStatus(query);
    return ok(pageBean(versions, page, pageUrl(r().baseUrl, path, query, page.maxResults), (v) => r().version(v, ds.today, withStatus)));
  });

  on('GET', '/version/{id}', ({ user, query }, [id]) =>
    ok(r().version(versionOr404(user, id as string), ds.today, withIssuesStatus(query))),
  );

  on('GET', '/version/{id}/relatedIssueCounts', ({ user }, [id]) => {
    const v = versionOr404(user, id as string);
    return ok({
      self: r().version(v, ds.today).self as string,
      issuesFixedCount: index.issuesOfVersion(v.id).length,
      issuesAffectedCount: 0,
      issueCountWithCustomFieldsShowingVersion: 0,
      customFieldUsage: [],
    });
  });

  on('GET', '/version/{id}/unresolvedIssueCount', ({ user }, [id]) => {
    const v = versionOr404(user, id as string);
    const issues = index.issuesOfVersion(v.id);
    return ok({
      self: r().version(v, ds.today).self as string,
      issuesCount: issues.length,
      issuesUnresolvedCount: issues.filter((i) => i.resolutionId === null).length,
    });
  });
}

/** Jira's `orderBy` for versions (`-` descending); undated versions last either way, then by sequence. */
function sortVersions(versions: DemoVersion[], orderBy: string | null): DemoVersion[] {
  const raw = (orderBy ?? 'sequence').trim();
  const desc = raw.startsWith('-');
  const field = raw.replace(/^[+-]/, '');
  const key = (v: DemoVersion): string | number | null => {
    switch (field) {
      case 'name':
        return v.name.toLowerCase();
      case 'description':
        return v.description.toLowerCase();
      case 'releaseDate':
        return v.releaseDate;
      case 'startDate':
        return v.startDate;
      default:
        return v.sequence;
    }
  };
  return [...versions].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === kb) return a.sequence - b.sequence;
    if (ka === null) return 1;
    if (kb === null) return -1;
    return (ka < kb ? -1 : 1) * (desc ? -1 : 1);
  });
}
