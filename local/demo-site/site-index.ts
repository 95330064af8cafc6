/**
 * Lookups over a dataset (built once per server) and the one visibility rule: a user sees the
 * projects they may browse, and only the issues and versions of those projects.
 */
import type {
  Dataset,
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
import { createChangelogs, type DemoHistory } from './history';

export class SiteIndex {
  readonly issueByKey = new Map<string, DemoIssue>();
  readonly issueById = new Map<string, DemoIssue>();
  readonly childrenByKey = new Map<string, DemoIssue[]>();
  readonly statusById: Map<string, DemoStatus>;
  readonly categoryById: Map<number, DemoStatusCategory>;
  readonly typeById: Map<string, DemoIssueType>;
  readonly priorityById: Map<string, DemoPriority>;
  readonly resolutionById: Map<string, DemoResolution>;
  readonly versionById: Map<string, DemoVersion>;
  readonly projectByKey: Map<string, DemoProject>;
  readonly userById: Map<string, DemoUser>;
  /** Priority id → sort weight: the first priority of the list (most urgent) weighs most. */
  readonly priorityWeight: Map<string, number>;

  constructor(readonly ds: Dataset) {
    for (const issue of ds.issues) {
      this.issueByKey.set(issue.key, issue);
      this.issueById.set(issue.id, issue);
      if (issue.parentKey) {
        const list = this.childrenByKey.get(issue.parentKey);
        if (list) list.push(issue);
        else this.childrenByKey.set(issue.parentKey, [issue]);
      }
    }
    this.statusById = new Map(ds.statuses.map((s) => [s.id, s]));
    this.categoryById = new Map(ds.statusCategories.map((c) => [c.id, c]));
    this.typeById = new Map(ds.issueTypes.map((t) => [t.id, t]));
    this.priorityById = new Map(ds.priorities.map((p) => [p.id, p]));
    this.resolutionById = new Map(ds.resolutions.map((r) => [r.id, r]));
    this.versionById = new Map(ds.versions.map((v) => [v.id, v]));
    this.projectByKey = new Map(ds.projects.map((p) => [p.key, p]));
    this.userById = new Map(ds.users.map((u) => [u.accountId, u]));
    this.priorityWeight = new Map(ds.priorities.map((p, i) => [p.id, ds.priorities.length - i]));
  }

  status(issue: DemoIssue): DemoStatus {
    return this.statusById.get(issue.statusId) as DemoStatus;
  }

  category(issue: DemoIssue): DemoStatusCategory {
    return this.categoryById.get(this.status(issue).categoryId) as DemoStatusCategory;
  }

  type(issue: DemoIssue): DemoIssueType {
    return this.typeById.get(issue.issueTypeId) as DemoIssueType;
  }

  project(issue: DemoIssue): DemoProject {
    return this.projectByKey.get(issue.projectKey) as DemoProject;
  }

  canBrowse(user: DemoUser, projectKey: string): boolean {
    return user.browse === 'all' || user.browse.includes(projectKey);
  }

  visibleProjects(user: DemoUser): DemoProject[] {
    return this.ds.projects.filter((p) => this.canBrowse(user, p.key));
  }

  /** A project by key (case-insensitive, as Jira) or id, if the user may browse it. */
  findProject(user: DemoUser, keyOrId: string): DemoProject | undefined {
    const upper = keyOrId.trim().toUpperCase();
    const project = this.ds.projects.find((p) => p.key === upper || p.id === keyOrId.trim());
    return project && this.canBrowse(user, project.key) ? project : undefined;
  }

  /** An issue by key (case-insensitive) or id, if the user may browse its project. */
  findIssue(user: DemoUser, keyOrId: string): DemoIssue | undefined {
    const v = keyOrId.trim();
    const issue = this.issueByKey.get(v.toUpperCase()) ?? this.issueById.get(v);
    return issue && this.canBrowse(user, issue.projectKey) ? issue : undefined;
  }

  findVersion(user: DemoUser, id: string): DemoVersion | undefined {
    const version = this.versionById.get(id.trim());
    return version && this.canBrowse(user, version.projectKey) ? version : undefined;
  }

  /** Issues whose fixVersions include the version, in rank order. */
  issuesOfVersion(versionId: string): DemoIssue[] {
    return this.ds.issues.filter((i) => i.fixVersionIds.includes(versionId));
  }

  private changelogCache: Map<string, DemoHistory[]> | null = null;

  /** Issue id → its changelog, oldest first (built on first use). */
  get changelogs(): Map<string, DemoHistory[]> {
    this.changelogCache ??= createChangelogs(this.ds);
    return this.changelogCache;
  }

  /** Every value the issue's field ever held (current included), for JQL `WAS`. */
  valuesEver(issue: DemoIssue, fieldId: 'status' | 'fixVersions', current: readonly string[]): Set<string> {
    const out = new Set(current);
    for (const h of this.changelogs.get(issue.id) ?? []) {
      for (const item of h.items) {
        if (item.fieldId !== fieldId) continue;
        if (item.from) out.add(item.from);
        if (item.to) out.add(item.to);
      }
    }
    return out;
  }

  /** Jira's user lookup for credentials: by email, case-insensitive. */
  userByEmail(email: string): DemoUser | undefined {
    const e = email.trim().toLowerCase();
    return this.ds.users.find((u) => u.email.toLowerCase() === e);
  }
}
