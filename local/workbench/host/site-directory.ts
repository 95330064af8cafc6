/**
 * What the host page's picker offers (users, issues, projects, versions, spaces) and the facts a
 * context needs (issue id and type, project id), from the demo site's dataset or from a real Jira.
 */
import type { Dataset } from '../../demo-site';
import type { SiteFacts, Selection } from './contexts';

export interface PickUser {
  accountId: string;
  displayName: string;
  note: string;
}
export interface PickIssue {
  key: string;
  summary: string;
  typeName: string;
  level: number;
  projectKey: string;
  children: number;
}
export interface PickProject {
  id: string;
  key: string;
  name: string;
}
export interface PickVersion {
  projectKey: string;
  name: string;
  released: boolean;
}
export interface PickSpace {
  id: string;
  key: string;
  name: string;
}

export interface SiteDirectory {
  /** One line for the page header: where the data comes from. */
  describe: string;
  siteUrl: string;
  cloudId: string;
  users(): Promise<PickUser[]>;
  issues(): Promise<PickIssue[]>;
  projects(): Promise<PickProject[]>;
  versions(): Promise<PickVersion[]>;
  spaces(): Promise<PickSpace[]>;
  facts(sel: Selection): Promise<SiteFacts>;
}

/**
 * Confluence spaces for the macro and space-page contexts when no Confluence stand-in runs (the demo
 * site is Jira only); with the stand-in, its own spaces (same keys, its ids) are passed in instead.
 */
const DEMO_SPACES: PickSpace[] = [
  { id: '65538', key: 'PO', name: 'Product Operations' },
  { id: '65539', key: 'ENG', name: 'Engineering' },
];

const DEMO_CLOUD_ID = '11111111-2222-4333-8444-555555555555';

export function demoDirectory(ds: Dataset, siteUrl: string, spaceList: PickSpace[] = DEMO_SPACES): SiteDirectory {
  const typeById = new Map(ds.issueTypes.map((t) => [t.id, t]));
  const childCount = new Map<string, number>();
  for (const i of ds.issues) if (i.parentKey) childCount.set(i.parentKey, (childCount.get(i.parentKey) ?? 0) + 1);
  const noteFor = (browse: 'all' | readonly string[]) =>
    browse === 'all' ? 'sees every project' : browse.length === 0 ? 'no browse permission' : `sees ${browse.join(', ')} only`;
  return {
    describe: `Demo Jira site at ${siteUrl} — seed ${ds.seed}, as of ${ds.today}, ${ds.issues.length} issues`,
    siteUrl,
    cloudId: DEMO_CLOUD_ID,
    users: async () =>
      ds.users
        .filter((u) => u.active)
        .map((u) => ({ accountId: u.accountId, displayName: u.displayName, note: noteFor(u.browse) })),
    issues: async () =>
      ds.issues.map((i) => {
        const t = typeById.get(i.issueTypeId);
        return { key: i.key, summary: i.summary, typeName: t?.name ?? '?', level: t?.hierarchyLevel ?? 0, projectKey: i.projectKey, children: childCount.get(i.key) ?? 0 };
      }),
    projects: async () => ds.projects.map((p) => ({ id: p.id, key: p.key, name: p.name })),
    versions: async () => ds.versions.map((v) => ({ projectKey: v.projectKey, name: v.name, released: v.released })),
    spaces: async () => spaceList,
    facts: async (sel) => {
      const issue = sel.issueKey ? ds.issues.find((i) => i.key === sel.issueKey) : undefined;
      const project = ds.projects.find((p) => p.key === (issue?.projectKey ?? sel.projectKey));
      const type = issue ? typeById.get(issue.issueTypeId) : undefined;
      const space = spaceList.find((s) => s.key === sel.spaceKey);
      return {
        siteUrl,
        cloudId: DEMO_CLOUD_ID,
        issue:
          issue && project
            ? { id: issue.id, key: issue.key, typeName: type?.name ?? 'Task', typeId: issue.issueTypeId, projectId: project.id, projectKey: project.key }
            : undefined,
        project: project ? { id: project.id, key: project.key } : undefined,
        space: space ? { id: space.id, key: space.key } : undefined,
      };
    },
  };
}

export interface JiraCredentials {
  baseUrl: string;
  email: string;
  apiToken: string;
}

/**
 * A real Jira Cloud site (JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN): the picker offers the one
 * account the token belongs to, and the issues, projects and versions it can see.
 */
export function jiraDirectory(creds: JiraCredentials): SiteDirectory {
  const base = creds.baseUrl.replace(/\/+$/, '');
  const auth = `Basic ${Buffer.from(`${creds.email}:${creds.apiToken}`).toString('base64')}`;
  const get = async <T>(p: string): Promise<T> => {
    const res = await fetch(`${base}${p}`, { headers: { Authorization: auth, Accept: 'application/json' } });
    if (!res.ok) throw new Error(`GET ${p}: HTTP ${res.status}`);
    return (await res.json()) as T;
  };
  const once = <T>(f: () => Promise<T>) => {
    let p: Promise<T> | undefined;
    return () => (p ??= f().catch((e: unknown) => ((p = undefined), Promise.reject(e))));
  };
  let cloudId = 'unknown-cloud';
  const tenant = once(async () => {
    try {
      cloudId = (await get<{ cloudId: string }>('/_edge/tenant_info')).cloudId;
    } catch {
      /* not every site answers it; the id is informational */
    }
    return cloudId;
  });
  const me = once(() => get<{ accountId: string; displayName: string }>('/rest/api/3/myself'));
  const projects = once(async () => {
    const page = await get<{ values: { id: string; key: string; name: string }[] }>('/rest/api/3/project/search?maxResults=50');
    return page.values.map((p) => ({ id: p.id, key: p.key, name: p.name }));
  });
  type SearchIssue = { id: string; key: string; fields: { summary: string; issuetype: { id: string; name: string; hierarchyLevel?: number }; project: { id: string; key: string } } };
  const issues = once(async () => {
    const res = await get<{ issues: SearchIssue[] }>(
      `/rest/api/3/search/jql?jql=${encodeURIComponent('order by updated DESC')}&maxResults=100&fields=summary,issuetype,project`,
    );
    return res.issues;
  });
  return {
    describe: `Jira Cloud site ${base} as ${creds.email}`,
    siteUrl: base,
    get cloudId() {
      return cloudId;
    },
    users: async () => {
      const u = await me();
      return [{ accountId: u.accountId, displayName: u.displayName, note: `the API token's account (${creds.email})` }];
    },
    issues: async () =>
      (await issues()).map((i) => ({
        key: i.key,
        summary: i.fields.summary,
        typeName: i.fields.issuetype.name,
        level: i.fields.issuetype.hierarchyLevel ?? 0,
        projectKey: i.fields.project.key,
        children: 0,
      })),
    projects,
    versions: async () => {
      const out: PickVersion[] = [];
      for (const p of (await projects()).slice(0, 10)) {
        const vs = await get<{ name: string; released: boolean }[]>(`/rest/api/3/project/${p.key}/versions`).catch(() => []);
        out.push(...vs.map((v) => ({ projectKey: p.key, name: v.name, released: v.released })));
      }
      return out;
    },
    spaces: async () => DEMO_SPACES,
    facts: async (sel) => {
      await tenant();
      let issue: SiteFacts['issue'];
      if (sel.issueKey) {
        const i = await get<SearchIssue>(`/rest/api/3/issue/${encodeURIComponent(sel.issueKey)}?fields=issuetype,project,summary`).catch(() => undefined);
        if (i) issue = { id: i.id, key: i.key, typeName: i.fields.issuetype.name, typeId: i.fields.issuetype.id, projectId: i.fields.project.id, projectKey: i.fields.project.key };
      }
      const project = (await projects().catch(() => [])).find((p) => p.key === (issue?.projectKey ?? sel.projectKey));
      const space = DEMO_SPACES.find((s) => s.key === sel.spaceKey);
      return { siteUrl: base, cloudId, issue, project: project && { id: project.id, key: project.key }, space };
    },
  };
}
