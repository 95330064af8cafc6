/**
 * The demo Jira site's entities (the fixed catalog, users and fields beside them in catalog.ts,
 * users.ts, fields.ts). Ids and shapes follow Jira Cloud defaults so that mappers written against the
 * demo site also work against a real site.
 */

/** A calendar date `YYYY-MM-DD`. */
export type DateString = string;

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done' | 'undefined';

export interface DemoStatusCategory {
  id: number;
  key: StatusCategoryKey;
  name: string;
  colorName: string;
}

export interface DemoStatus {
  id: string;
  name: string;
  description: string;
  categoryId: number;
}

export interface DemoIssueType {
  id: string;
  name: string;
  description: string;
  /** Jira's `hierarchyLevel`: −1 sub-task, 0 standard, 1 epic, 2 initiative. */
  hierarchyLevel: number;
  subtask: boolean;
  avatarId: number;
}

export interface DemoPriority {
  id: string;
  name: string;
  description: string;
  statusColor: string;
  icon: string;
}

export interface DemoResolution {
  id: string;
  name: string;
  description: string;
}

export interface DemoUser {
  accountId: string;
  displayName: string;
  email: string;
  active: boolean;
  /** Project keys this user may browse; `all` = every project of the site. */
  browse: 'all' | readonly string[];
  /** Holds Jira's global ADMINISTER permission (a Jira administrator). */
  admin?: boolean;
}

export interface DemoProject {
  id: string;
  key: string;
  name: string;
  description: string;
  leadAccountId: string;
}

export interface DemoVersion {
  id: string;
  projectId: string;
  projectKey: string;
  name: string;
  description: string;
  released: boolean;
  archived: boolean;
  releaseDate: DateString | null;
  startDate: DateString | null;
  /** Position in the project's version list (Jira's `sequence` order). */
  sequence: number;
}

export interface DemoIssue {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  issueTypeId: string;
  statusId: string;
  priorityId: string;
  assigneeId: string | null;
  reporterId: string;
  /** Key of the unified parent, or null. */
  parentKey: string | null;
  labels: string[];
  dueDate: DateString | null;
  /** Jira timestamp `2026-11-20T10:15:00.000+0000`. */
  created: string;
  updated: string;
  resolutionDate: string | null;
  resolutionId: string | null;
  /** Story point estimate (`customfield_10016`); null when not estimated. */
  points: number | null;
  /** `timeoriginalestimate` in seconds; null when not estimated. */
  originalEstimateSeconds: number | null;
  fixVersionIds: string[];
  /** Board rank: creation order, used when a query has no ORDER BY. */
  rank: number;
}

/** One entry of `GET /rest/api/3/field` (FieldDetails). */
export interface DemoField {
  id: string;
  key: string;
  name: string;
  custom: boolean;
  orderable: boolean;
  navigable: boolean;
  searchable: boolean;
  clauseNames: string[];
  schema?: {
    type: string;
    system?: string;
    custom?: string;
    customId?: number;
    items?: string;
  };
}

export interface Dataset {
  seed: number;
  /** As-of date the data is relative to. */
  today: DateString;
  /** What `now()` means in JQL: noon UTC of `today` (all of today's timestamps are earlier). */
  now: Date;
  projects: DemoProject[];
  versions: DemoVersion[];
  /** In creation order (= rank order). */
  issues: DemoIssue[];
  users: DemoUser[];
  statusCategories: DemoStatusCategory[];
  statuses: DemoStatus[];
  issueTypes: DemoIssueType[];
  priorities: DemoPriority[];
  resolutions: DemoResolution[];
  fields: DemoField[];
  /** Id of the "Story point estimate" field. */
  storyPointsFieldId: string;
}
