/**
 * Changing the demo site's issues while it runs, as people do in Jira between two views: each
 * change bumps the issue's `updated` to the site's clock (Jira does the same), except `hideFrom`,
 * which changes a permission and leaves `updated` alone (a project permission change does).
 */
import { jiraTimestamp } from './days';
import type { DemoIssue, DemoUser } from './model';
import type { SiteIndex } from './site-index';

export interface NewIssueSpec {
  projectKey: string;
  /** Issue type name, e.g. `Story`. */
  type: string;
  parentKey: string | null;
  summary: string;
  points?: number | null;
  estimateSeconds?: number | null;
  fixVersionIds?: string[];
}

export interface DemoMutations {
  /** Moves the issue to a status of this category (`new`, `indeterminate`, `done`); done sets a resolution date. */
  setStatus(key: string, category: 'new' | 'indeterminate' | 'done'): void;
  setPoints(key: string, points: number | null): void;
  setEstimate(key: string, seconds: number | null): void;
  setParent(key: string, parentKey: string | null): void;
  setFixVersions(key: string, versionIds: string[]): void;
  /** Creates an issue; answers its key. */
  add(spec: NewIssueSpec): string;
  /** Deletes the issue (its sub-tasks go with it, as in Jira). */
  remove(key: string): void;
  /** The user may no longer see the issue (an issue security level they are not in). */
  hideFrom(key: string, user: Pick<DemoUser, 'accountId'>): void;
}

export function demoMutations(index: SiteIndex, now: () => Date): DemoMutations {
  const ds = index.ds;
  const issue = (key: string): DemoIssue => {
    const found = index.issueByKey.get(key.toUpperCase());
    if (!found) throw new Error(`No demo issue ${key}`);
    return found;
  };
  const touch = (i: DemoIssue): void => {
    i.updated = jiraTimestamp(now());
  };
  const unlink = (i: DemoIssue): void => {
    if (!i.parentKey) return;
    const siblings = index.childrenByKey.get(i.parentKey);
    if (siblings) index.childrenByKey.set(i.parentKey, siblings.filter((s) => s !== i));
  };
  const link = (i: DemoIssue): void => {
    if (!i.parentKey) return;
    index.childrenByKey.set(i.parentKey, [...(index.childrenByKey.get(i.parentKey) ?? []), i]);
  };

  return {
    setStatus(key, category) {
      const i = issue(key);
      const cat = ds.statusCategories.find((c) => c.key === category);
      const status = ds.statuses.find((s) => s.categoryId === cat?.id);
      if (!status) throw new Error(`No demo status in category ${category}`);
      i.statusId = status.id;
      if (category === 'done') {
        i.resolutionDate = jiraTimestamp(now());
        i.resolutionId = ds.resolutions[0]?.id ?? null;
      } else {
        i.resolutionDate = null;
        i.resolutionId = null;
      }
      touch(i);
    },
    setPoints(key, points) {
      const i = issue(key);
      i.points = points;
      touch(i);
    },
    setEstimate(key, seconds) {
      const i = issue(key);
      i.originalEstimateSeconds = seconds;
      touch(i);
    },
    setParent(key, parentKey) {
      const i = issue(key);
      unlink(i);
      i.parentKey = parentKey ? issue(parentKey).key : null;
      link(i);
      touch(i);
    },
    setFixVersions(key, versionIds) {
      const i = issue(key);
      i.fixVersionIds = [...versionIds];
      touch(i);
    },
    add(spec) {
      const type = ds.issueTypes.find((t) => t.name === spec.type);
      if (!type) throw new Error(`No demo issue type ${spec.type}`);
      const inProject = ds.issues.filter((i) => i.projectKey === spec.projectKey);
      const number = Math.max(0, ...inProject.map((i) => Number(i.key.split('-')[1]))) + 1;
      const id = String(Math.max(0, ...ds.issues.map((i) => Number(i.id))) + 1);
      const todo = ds.statuses.find((s) => ds.statusCategories.find((c) => c.id === s.categoryId)?.key === 'new')!;
      const at = jiraTimestamp(now());
      const created: DemoIssue = {
        id,
        key: `${spec.projectKey}-${number}`,
        projectKey: spec.projectKey,
        summary: spec.summary,
        issueTypeId: type.id,
        statusId: todo.id,
        priorityId: ds.priorities[Math.floor(ds.priorities.length / 2)]!.id,
        assigneeId: null,
        reporterId: ds.users[0]!.accountId,
        parentKey: spec.parentKey ? issue(spec.parentKey).key : null,
        labels: [],
        dueDate: null,
        created: at,
        updated: at,
        resolutionDate: null,
        resolutionId: null,
        points: spec.points ?? null,
        originalEstimateSeconds: spec.estimateSeconds ?? null,
        fixVersionIds: [...(spec.fixVersionIds ?? [])],
        rank: Math.max(0, ...ds.issues.map((i) => i.rank)) + 1,
      };
      ds.issues.push(created);
      index.issueByKey.set(created.key, created);
      index.issueById.set(created.id, created);
      link(created);
      return created.key;
    },
    remove(key) {
      const i = issue(key);
      const gone = new Set([i, ...(index.childrenByKey.get(i.key) ?? []).filter((c) => index.type(c).hierarchyLevel === -1)]);
      for (const g of gone) {
        unlink(g);
        index.issueByKey.delete(g.key);
        index.issueById.delete(g.id);
      }
      ds.issues.splice(0, ds.issues.length, ...ds.issues.filter((x) => !gone.has(x)));
    },
    hideFrom(key, user) {
      index.hide(issue(key).key, user.accountId);
    },
  };
}
