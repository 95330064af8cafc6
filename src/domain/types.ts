/**
 * Shared domain vocabulary (SPEC §1). Pure types: the domain imports nothing outside src/domain.
 */

/** A calendar date `YYYY-MM-DD` (SPEC §1: timestamps count by their UTC date). */
export type IsoDate = string;
/** An issue key such as `PO-12`. */
export type IssueKey = string;
/** A percentage with one decimal, rounded half-up (SPEC §2). */
export type Percent = number;

/** SPEC §1: `new` → todo, `indeterminate` → inprogress, `done` → done, anything else → todo. */
export type StatusCategory = 'todo' | 'inprogress' | 'done';

/** SPEC §2 weighting. */
export type Weight = 'count' | 'points' | 'time';
export const WEIGHTS: readonly Weight[] = ['count', 'points', 'time'];

/**
 * One Jira issue as the domain sees it: already mapped from Jira's JSON by src/jira/mappers.ts.
 * Every field the roadmap, readiness and panel calculations need, nothing else.
 */
export interface Issue {
  id: string;
  key: IssueKey;
  summary: string;
  /** Issue type name, e.g. `Epic`, `Story`, `Bug`. */
  issueType: string;
  /** `issuetype.hierarchyLevel`: −1 sub-task, 0 standard, 1 epic, 2+ above epic. */
  hierarchyLevel: number;
  /** Status name as Jira shows it, e.g. `In Review`. */
  statusName: string;
  statusCategory: StatusCategory;
  /** Status id (SPEC §7 changelogs name statuses by id); absent when not read. */
  statusId?: string | null;
  /** Key of the unified `parent`, or null. */
  parentKey: IssueKey | null;
  /** Priority name, or null when the field is absent. */
  priority: string | null;
  /** Assignee account id, or null when unassigned. */
  assigneeId: string | null;
  /** Assignee display name, for showing only. */
  assigneeName?: string | null;
  dueDate: IsoDate | null;
  /** UTC date of `created`. */
  created: IsoDate | null;
  /** UTC date of `resolutiondate`. */
  resolutionDate: IsoDate | null;
  /** Story points (SPEC §1 field discovery); null when missing. */
  points: number | null;
  /** `timeoriginalestimate` in seconds; null when missing. */
  originalEstimateSeconds: number | null;
  /** Ids of the issue's fix versions. */
  fixVersionIds: string[];
}

/** A Jira version as the domain sees it. */
export interface VersionInfo {
  id: string;
  name: string;
  projectKey?: string;
  releaseDate: IsoDate | null;
  /** SPEC §7: the release history's default baseline; absent when not read. */
  startDate?: IsoDate | null;
  released: boolean;
  archived: boolean;
}

/** SPEC §2: work sums by the unit's status category (not rounded). */
export interface WorkSums {
  total: number;
  done: number;
  inProgress: number;
  todo: number;
}
