/**
 * Jira Cloud REST v3 JSON shapes for the demo site's entities. Only properties the OpenAPI
 * schemas allow (several have `additionalProperties: false`), named as Jira names them.
 */
import type { DemoField, DemoIssueType, DemoPriority, DemoProject, DemoResolution, DemoStatus, DemoStatusCategory, DemoUser, DemoVersion } from './model';
import type { SiteIndex } from './site-index';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Jira's `userReleaseDate`: `20/Mar/15`. */
function userDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d}/${MONTHS[m - 1]}/${String(y).slice(2)}`;
}

export class Renderer {
  constructor(
    readonly index: SiteIndex,
    readonly baseUrl: string,
  ) {}

  api(path: string): string {
    return `${this.baseUrl}/rest/api/3/${path}`;
  }

  /** `self` and `id`, the first two properties of most of Jira's entity shapes. */
  private ref(path: string, id: string | number): { self: string; id: string | number } {
    return { self: this.api(`${path}/${id}`), id };
  }

  private avatars(kind: 'user' | 'project', id: string): JsonObject {
    const base =
      kind === 'user'
        ? `${this.baseUrl}/avatars/${id}`
        : `${this.baseUrl}/secure/projectavatar?pid=${id}`;
    const sep = base.includes('?') ? '&' : '?';
    return Object.fromEntries(
      ['48x48', '24x24', '16x16', '32x32'].map((s) => [s, `${base}${sep}size=${s}`]),
    );
  }

  /** A user as issue fields show it (Jira hides e-mail addresses there). */
  user(u: DemoUser, withEmail = false): JsonObject {
    return {
      self: this.api(`user?accountId=${u.accountId}`),
      accountId: u.accountId,
      ...(withEmail ? { emailAddress: u.email } : {}),
      avatarUrls: this.avatars('user', u.accountId),
      displayName: u.displayName,
      active: u.active,
      timeZone: 'Etc/UTC',
      accountType: 'atlassian',
    };
  }

  /** UserPickerUser: the match in `html` in bold, as Jira marks it. */
  pickerUser(u: DemoUser, query: string): JsonObject {
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const at = u.displayName.toLowerCase().indexOf(query);
    const name =
      at < 0
        ? escape(u.displayName)
        : `${escape(u.displayName.slice(0, at))}<strong>${escape(u.displayName.slice(at, at + query.length))}</strong>${escape(u.displayName.slice(at + query.length))}`;
    return {
      accountId: u.accountId,
      accountType: 'atlassian',
      displayName: u.displayName,
      html: name,
      avatarUrl: `${this.baseUrl}/avatars/${u.accountId}?size=24x24`,
    };
  }

  myself(u: DemoUser): JsonObject {
    return {
      ...this.user(u, true),
      locale: 'en_US',
      expand: 'groups,applicationRoles',
    };
  }

  statusCategory(c: DemoStatusCategory): JsonObject {
    return { ...this.ref('statuscategory', c.id), key: c.key, colorName: c.colorName, name: c.name };
  }

  status(s: DemoStatus): JsonObject {
    const cat = this.index.categoryById.get(s.categoryId) as DemoStatusCategory;
    return {
      self: this.api(`status/${s.id}`),
      description: s.description,
      iconUrl: `${this.baseUrl}/images/icons/statuses/generic.png`,
      name: s.name,
      id: s.id,
      statusCategory: this.statusCategory(cat),
    };
  }

  issueType(t: DemoIssueType): JsonObject {
    return {
      ...this.ref('issuetype', t.id),
      description: t.description,
      iconUrl: `${this.baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${t.avatarId}?size=medium`,
      name: t.name,
      subtask: t.subtask,
      avatarId: t.avatarId,
      hierarchyLevel: t.hierarchyLevel,
    };
  }

  priority(p: DemoPriority, full = true): JsonObject {
    const base = {
      self: this.api(`priority/${p.id}`),
      iconUrl: `${this.baseUrl}/images/icons/priorities/${p.icon}`,
      name: p.name,
      id: p.id,
    };
    return full ? { ...base, statusColor: p.statusColor, description: p.description } : base;
  }

  resolution(r: DemoResolution): JsonObject {
    return { ...this.ref('resolution', r.id), description: r.description, name: r.name };
  }

  field(f: DemoField): JsonObject {
    return {
      ...f,
      clauseNames: [...f.clauseNames],
      ...(f.schema ? { schema: { ...f.schema } } : {}),
    } as JsonObject;
  }

  /** The short project shape of an issue's `project` field. */
  projectRef(p: DemoProject): JsonObject {
    return {
      ...this.ref('project', p.id),
      key: p.key,
      name: p.name,
      projectTypeKey: 'software',
      simplified: false,
      avatarUrls: this.avatars('project', p.id),
    };
  }

  project(p: DemoProject, today: string): JsonObject {
    const lead = this.index.userById.get(p.leadAccountId) as DemoUser;
    const versions = this.index.ds.versions
      .filter((v) => v.projectKey === p.key)
      .sort((a, b) => a.sequence - b.sequence);
    return {
      expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
      ...this.ref('project', p.id),
      key: p.key,
      description: p.description,
      lead: this.user(lead),
      components: [],
      issueTypes: this.index.ds.issueTypes.map((t) => this.issueType(t)),
      assigneeType: 'UNASSIGNED',
      versions: versions.map((v) => this.version(v, today)),
      name: p.name,
      roles: {},
      avatarUrls: this.avatars('project', p.id),
      projectTypeKey: 'software',
      simplified: false,
      style: 'classic',
      isPrivate: false,
      properties: {},
    };
  }

  /** A version; `issuesStatus` adds Jira's `issuesStatusForFixVersion` (expand=issuesstatus). */
  version(v: DemoVersion, today: string, issuesStatus = false): JsonObject {
    const out = this.versionHead(v);
    if (v.startDate) {
      out.startDate = v.startDate;
      out.userStartDate = userDate(v.startDate);
    }
    if (v.releaseDate) {
      out.releaseDate = v.releaseDate;
      out.userReleaseDate = userDate(v.releaseDate);
    }
    out.overdue = !v.released && !!v.releaseDate && v.releaseDate < today;
    out.projectId = Number(v.projectId);
    if (issuesStatus) {
      const counts = { unmapped: 0, toDo: 0, inProgress: 0, done: 0 };
      for (const i of this.index.issuesOfVersion(v.id)) {
        const key = this.index.category(i).key;
        if (key === 'new') counts.toDo++;
        else if (key === 'indeterminate') counts.inProgress++;
        else if (key === 'done') counts.done++;
        else counts.unmapped++;
      }
      out.issuesStatusForFixVersion = counts;
    }
    return out;
  }

  /** The short version shape inside an issue's `fixVersions`. */
  versionRef(v: DemoVersion): JsonObject {
    return { ...this.versionHead(v), ...(v.releaseDate ? { releaseDate: v.releaseDate } : {}) };
  }

  private versionHead(v: DemoVersion): JsonObject {
    return { ...this.ref('version', v.id), description: v.description, name: v.name, archived: v.archived, released: v.released };
  }
}
