/** Questions tests and benchmarks ask of a dataset directly (what the site should answer), without a server. */
import type { Dataset, DemoIssue, DemoVersion } from './model';

/** Issues of the dataset, optionally narrowed to a project and/or a fix version name. */
export function issuesOf(ds: Dataset, filter: { project?: string; fixVersion?: string; level?: number } = {}): DemoIssue[] {
  const versionIds = filter.fixVersion
    ? new Set(ds.versions.filter((v) => v.name === filter.fixVersion && (!filter.project || v.projectKey === filter.project)).map((v) => v.id))
    : null;
  return ds.issues.filter(
    (i) =>
      (!filter.project || i.projectKey === filter.project) &&
      (!versionIds || i.fixVersionIds.some((id) => versionIds.has(id))) &&
      (filter.level === undefined || levelOf(ds, i) === filter.level),
  );
}

export function issueByKey(ds: Dataset, key: string): DemoIssue | undefined {
  return ds.issues.find((i) => i.key === key);
}

export function versionByName(ds: Dataset, projectKey: string, name: string): DemoVersion | undefined {
  return ds.versions.find((v) => v.projectKey === projectKey && v.name === name);
}

export function levelOf(ds: Dataset, issue: DemoIssue): number {
  return ds.issueTypes.find((t) => t.id === issue.issueTypeId)?.hierarchyLevel ?? 0;
}

export function statusCategoryKeyOf(ds: Dataset, issue: DemoIssue): string {
  const status = ds.statuses.find((s) => s.id === issue.statusId);
  return ds.statusCategories.find((c) => c.id === status?.categoryId)?.key ?? 'undefined';
}

export function childrenOf(ds: Dataset, key: string): DemoIssue[] {
  return ds.issues.filter((i) => i.parentKey === key);
}
