/**
 * Jira Cloud REST v3 JSON shapes for the demo site's entities. Only properties the OpenAPI
 * schemas allow (several have `additionalProperties: false`), named as Jira names them.
 */
import type {
  DemoField,
  DemoIssue,
  DemoIssueType,
  DemoPriority,
  DemoProject,
  DemoResolution,
  DemoStatus,
  DemoStatusCategory,
  DemoUser,
  DemoVersion,
} from './model';
import type { SiteIndex } from './site-index';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Which fields an issue answer carries, from Jira's `fields` parameter. */
export interface FieldSelection {
  /** Field ids to put in `fields`; empty = none (an id-only answer). */
  ids: Set<string>;
  /** True when only `id`/`key` (or nothing) was asked: Jira then pages up to 5,000. */
  idsOnly: boolean;
  /** `key` was asked (answers carry key and self even with no fields). */
  key: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Jira's `userReleaseDate`: `20/Mar/15`. */
function userDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d}/${MONTHS[m - 1]}/${String(y).slice(2)}`;
}

/**
 * Parses Jira's `fields` list (comma-separated, repeatable): `*all`, `*navigable`, field ids,
 * `-id` to exclude. `fallback` is what an empty list means (search: id only; issue: all).
 */
export function selectFields(
  requested: readonly string[],
  allIds: readonly string[],
  fallback: 'none' | 'all',
): FieldSelection {
  const items = requested
    .flatMap((r) => r.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0)
    return fallback === 'all'
      ? { ids: new Set(allIds), idsOnly: false, key: true }
      : { ids: new Set(), idsOnly: true, key: false };
  const byLower = new Map(allIds.map((id) => [id.toLowerCase(), id]));
  const ids = new Set<string>();
  const excluded = new Set<string>();
  let onlyExclusions = true;
  let key = false;
  for (const item of items) {
    const lower = item.toLowerCase();
    if (lower === 'id' || lower === 'key' || lower === 'issuekey') {
      key ||= lower !== 'id';
      onlyExclusions = false;
      continue;
    }
    if (item.startsWith('-')) {
      const id = byLower.get(item.slice(1).toLowerCase());
      if (id) excluded.add(id);
      continue;
    }
    onlyExclusions = false;
    if (item === '*all' || item === '*navigable') allIds.forEach((id) => ids.add(id));
    else {
      const id = byLower.get(item.toLowerCase());
      if (id) ids.add(id);
    }
  }
  // `-description` alone means "navigable fields except description".
  if (onlyExclusions) allIds.forEach((id) => ids.add(id));
  excluded.forEach((id) => ids.delete(id));
  return { ids, idsOnly: ids.size === 0, key: key || ids.size > 0 };
}

export class Renderer {
  constructor(
    private readonly index: SiteIndex,
    readonly baseUrl: string,
  ) {}

  private api(path: string): string {
    return `${this.baseUrl}/rest/api/3/${path}`;
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
    return {
      self: this.api(`statuscategory/${c.id}`),
      id: c.id,
      key: c.key,
      colorName: c.colorName,
      name: c.name,
    };
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
      self: this.api(`issuetype/${t.id}`),
      id: t.id,
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
    return {
      self: this.api(`resolution/${r.id}`),
      id: r.id,
      description: r.description,
      name: r.name,
    };
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
      self: this.api(`project/${p.id}`),
      id: p.id,
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
      self: this.api(`project/${p.id}`),
      id: p.id,
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
    const out: JsonObject = {
      self: this.api(`version/${v.id}`),
      id: v.id,
      description: v.description,
      name: v.name,
      archived: v.archived,
      released: v.released,
    };
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
    return {
      self: this.api(`version/${v.id}`),
      id: v.id,
      description: v.description,
      name: v.name,
      archived: v.archived,
      released: v.released,
      ...(v.releaseDate ? { releaseDate: v.releaseDate } : {}),
    };
  }

  /** An issue with the selected fields. An id-only selection answers `{ id }` as Jira does. */
  issue(issue: DemoIssue, sel: FieldSelection): JsonObject {
    if (!sel.key) return { id: issue.id };
    if (sel.ids.size === 0)
      return {
        expand: '',
        id: issue.id,
        self: this.api(`issue/${issue.id}`),
        key: issue.key,
      };
    const fields: JsonObject = {};
    for (const id of sel.ids) {
      const value = this.fieldValue(issue, id);
      if (value !== undefined) fields[id] = value;
    }
    return {
      expand: '',
      id: issue.id,
      self: this.api(`issue/${issue.id}`),
      key: issue.key,
      fields,
    };
  }

  /** One field's value; undefined = Jira omits the key (e.g. `parent` of a top-level issue). */
  fieldValue(issue: DemoIssue, id: string): Json | undefined {
    const ix = this.index;
    switch (id) {
      case 'summary':
        return issue.summary;
      case 'status':
        return this.status(ix.status(issue));
      case 'issuetype':
        return this.issueType(ix.type(issue));
      case 'parent': {
        if (!issue.parentKey) return undefined;
        const p = ix.issueByKey.get(issue.parentKey) as DemoIssue;
        return {
          id: p.id,
          key: p.key,
          self: this.api(`issue/${p.id}`),
          fields: {
            summary: p.summary,
            status: this.status(ix.status(p)),
            priority: this.priority(ix.priorityById.get(p.priorityId) as DemoPriority, false),
            issuetype: this.issueType(ix.type(p)),
          },
        };
      }
      case 'project':
        return this.projectRef(ix.project(issue));
      case 'priority':
        return this.priority(ix.priorityById.get(issue.priorityId) as DemoPriority, false);
      case 'assignee':
        return issue.assigneeId ? this.user(ix.userById.get(issue.assigneeId) as DemoUser) : null;
      case 'reporter':
        return this.user(ix.userById.get(issue.reporterId) as DemoUser);
      case 'fixVersions':
        return issue.fixVersionIds.map((v) =>
          this.versionRef(ix.versionById.get(v) as DemoVersion),
        );
      case 'labels':
        return [...issue.labels];
      case 'duedate':
        return issue.dueDate;
      case 'created':
        return issue.created;
      case 'updated':
        return issue.updated;
      case 'resolutiondate':
        return issue.resolutionDate;
      case 'resolution':
        return issue.resolutionId
          ? this.resolution(ix.resolutionById.get(issue.resolutionId) as DemoResolution)
          : null;
      case 'timeoriginalestimate':
        return issue.originalEstimateSeconds;
      case 'customfield_10016':
        return issue.points;
      case 'customfield_10028':
        return null;
      default:
        return undefined;
    }
  }
}
