/**
 * The demo Jira site's data model and its fixed catalog (statuses, issue types, priorities,
 * users, fields). Ids and shapes follow Jira Cloud defaults so that mappers written against the
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

// ---------------------------------------------------------------------------------------------
// Fixed catalog

export const STATUS_CATEGORIES: readonly DemoStatusCategory[] = [
  { id: 1, key: 'undefined', name: 'No Category', colorName: 'medium-gray' },
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

export const STATUS = {
  todo: '10000',
  inProgress: '3',
  inReview: '10002',
  done: '10001',
  /** Category `undefined` (Jira's "No Category"): SPEC §1 counts it as todo. */
  triage: '10003',
} as const;

export const STATUSES: readonly DemoStatus[] = [
  {
    id: STATUS.todo,
    name: 'To Do',
    description: 'Work that has not been started.',
    categoryId: 2,
  },
  {
    id: STATUS.inProgress,
    name: 'In Progress',
    description: 'Work is being done.',
    categoryId: 4,
  },
  {
    id: STATUS.inReview,
    name: 'In Review',
    description: 'Awaiting code or design review.',
    categoryId: 4,
  },
  {
    id: STATUS.done,
    name: 'Done',
    description: 'Work is finished.',
    categoryId: 3,
  },
  {
    id: STATUS.triage,
    name: 'Triage',
    description: 'Imported, not yet triaged.',
    categoryId: 1,
  },
];

export const ISSUE_TYPE = {
  epic: '10000',
  story: '10001',
  task: '10002',
  subtask: '10003',
  bug: '10004',
  initiative: '10005',
} as const;

export const ISSUE_TYPES: readonly DemoIssueType[] = [
  {
    id: ISSUE_TYPE.initiative,
    name: 'Initiative',
    description: 'A large body of work spanning several epics.',
    hierarchyLevel: 2,
    subtask: false,
    avatarId: 10549,
  },
  {
    id: ISSUE_TYPE.epic,
    name: 'Epic',
    description: 'A collection of related bugs, stories, and tasks.',
    hierarchyLevel: 1,
    subtask: false,
    avatarId: 10307,
  },
  {
    id: ISSUE_TYPE.story,
    name: 'Story',
    description: 'Functionality or a feature expressed as a user goal.',
    hierarchyLevel: 0,
    subtask: false,
    avatarId: 10315,
  },
  {
    id: ISSUE_TYPE.task,
    name: 'Task',
    description: 'A small, distinct piece of work.',
    hierarchyLevel: 0,
    subtask: false,
    avatarId: 10318,
  },
  {
    id: ISSUE_TYPE.bug,
    name: 'Bug',
    description: 'A problem or error.',
    hierarchyLevel: 0,
    subtask: false,
    avatarId: 10303,
  },
  {
    id: ISSUE_TYPE.subtask,
    name: 'Sub-task',
    description: 'A small piece of work that is part of a larger task.',
    hierarchyLevel: -1,
    subtask: true,
    avatarId: 10316,
  },
];

/** Jira Cloud's default priority ids, plus a site-defined "Blocker" as admins often add. */
export const PRIORITY = {
  highest: '1',
  high: '2',
  medium: '3',
  low: '4',
  lowest: '5',
  blocker: '10000',
} as const;

export const PRIORITIES: readonly DemoPriority[] = [
  {
    id: PRIORITY.blocker,
    name: 'Blocker',
    description: 'Blocks development and/or testing work, production could not run.',
    statusColor: '#cc0000',
    icon: 'blocker.svg',
  },
  {
    id: PRIORITY.highest,
    name: 'Highest',
    description: 'This problem will block progress.',
    statusColor: '#d04437',
    icon: 'highest.svg',
  },
  {
    id: PRIORITY.high,
    name: 'High',
    description: 'Serious problem that could block progress.',
    statusColor: '#f15C75',
    icon: 'high.svg',
  },
  {
    id: PRIORITY.medium,
    name: 'Medium',
    description: 'Has the potential to affect progress.',
    statusColor: '#f79232',
    icon: 'medium.svg',
  },
  {
    id: PRIORITY.low,
    name: 'Low',
    description: 'Minor problem or easily worked around.',
    statusColor: '#707070',
    icon: 'low.svg',
  },
  {
    id: PRIORITY.lowest,
    name: 'Lowest',
    description: 'Trivial problem with little or no impact on progress.',
    statusColor: '#999999',
    icon: 'lowest.svg',
  },
];

export const RESOLUTION = {
  done: '10000',
  wontDo: '10001',
  duplicate: '10002',
} as const;

export const RESOLUTIONS: readonly DemoResolution[] = [
  {
    id: RESOLUTION.done,
    name: 'Done',
    description: 'Work has been completed on this issue.',
  },
  {
    id: RESOLUTION.wontDo,
    name: "Won't Do",
    description: "This issue won't be actioned.",
  },
  {
    id: RESOLUTION.duplicate,
    name: 'Duplicate',
    description: 'The problem is a duplicate of an existing issue.',
  },
];

/** The API token every demo user logs in with (Basic auth `email:token`). */
export const DEMO_API_TOKEN = 'shipshape-demo-token';

/** Demo users who log in. Every other team member below can log in too (browse: all). */
export const DEMO_USERS = {
  /** Product Ops lead and the site's Jira administrator: browses every project (PO, MOB, and BIG in the large dataset). */
  lead: {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d01',
    displayName: 'Priya Raman',
    email: 'priya.raman@shipshape.example',
    active: true,
    browse: 'all',
    admin: true,
  },
  /** Mobile engineer: browses project MOB only. */
  mobile: {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d02',
    displayName: 'Marco Bianchi',
    email: 'marco.bianchi@shipshape.example',
    active: true,
    browse: ['MOB'],
  },
  /** Can log in, but has no browse permission anywhere: empty searches, 404 for projects. */
  outsider: {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d03',
    displayName: 'Olivia Guest',
    email: 'olivia.guest@partner.example',
    active: true,
    browse: [],
  },
} as const satisfies Record<string, DemoUser>;

/** Assignees who also exist on the site; one is deactivated (Jira keeps their assignments). */
export const TEAM_USERS: readonly DemoUser[] = [
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d11',
    displayName: 'Alex Kim',
    email: 'alex.kim@shipshape.example',
    active: true,
    browse: 'all',
  },
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d12',
    displayName: 'Sam Okafor',
    email: 'sam.okafor@shipshape.example',
    active: true,
    browse: 'all',
  },
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d13',
    displayName: 'Jordan Lee',
    email: 'jordan.lee@shipshape.example',
    active: true,
    browse: 'all',
  },
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d14',
    displayName: 'Chen Wei',
    email: 'chen.wei@shipshape.example',
    active: true,
    browse: 'all',
  },
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d15',
    displayName: 'Taylor Brooks',
    email: 'taylor.brooks@shipshape.example',
    active: false,
    browse: 'all',
  },
  {
    accountId: '5f8a1c2b3d4e5f6a7b8c9d16',
    displayName: 'Fatima Haddad',
    email: 'fatima.haddad@shipshape.example',
    active: true,
    browse: 'all',
  },
];

export const STORY_POINTS_FIELD_ID = 'customfield_10016';

export const FIELDS: readonly DemoField[] = [
  sys('issuekey', 'Key', ['id', 'issue', 'issuekey', 'key'], undefined, {
    orderable: false,
    searchable: false,
  }),
  sys('summary', 'Summary', ['summary'], { type: 'string', system: 'summary' }),
  sys('issuetype', 'Issue Type', ['issuetype', 'type'], {
    type: 'issuetype',
    system: 'issuetype',
  }),
  sys('parent', 'Parent', ['parent'], { type: 'issuelink', system: 'parent' }),
  sys('project', 'Project', ['project'], {
    type: 'project',
    system: 'project',
  }),
  sys('status', 'Status', ['status'], { type: 'status', system: 'status' }, { orderable: false }),
  sys('priority', 'Priority', ['priority'], {
    type: 'priority',
    system: 'priority',
  }),
  sys('assignee', 'Assignee', ['assignee'], {
    type: 'user',
    system: 'assignee',
  }),
  sys('reporter', 'Reporter', ['reporter'], {
    type: 'user',
    system: 'reporter',
  }),
  sys('fixVersions', 'Fix versions', ['fixVersion'], {
    type: 'array',
    items: 'version',
    system: 'fixVersions',
  }),
  sys('labels', 'Labels', ['labels'], {
    type: 'array',
    items: 'string',
    system: 'labels',
  }),
  sys('duedate', 'Due date', ['due', 'duedate'], {
    type: 'date',
    system: 'duedate',
  }),
  sys(
    'created',
    'Created',
    ['created', 'createdDate'],
    { type: 'datetime', system: 'created' },
    { orderable: false },
  ),
  sys(
    'updated',
    'Updated',
    ['updated', 'updatedDate'],
    { type: 'datetime', system: 'updated' },
    { orderable: false },
  ),
  sys('resolution', 'Resolution', ['resolution'], {
    type: 'resolution',
    system: 'resolution',
  }),
  sys(
    'resolutiondate',
    'Resolved',
    ['resolutiondate', 'resolved'],
    { type: 'datetime', system: 'resolutiondate' },
    { orderable: false },
  ),
  sys(
    'timeoriginalestimate',
    'Original estimate',
    ['originalEstimate', 'timeoriginalestimate'],
    { type: 'number', system: 'timeoriginalestimate' },
    { orderable: false },
  ),
  {
    id: STORY_POINTS_FIELD_ID,
    key: STORY_POINTS_FIELD_ID,
    name: 'Story point estimate',
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: ['cf[10016]', 'Story point estimate'],
    schema: {
      type: 'number',
      custom: 'com.pyxis.greenhopper.jira:jsw-story-points',
      customId: 10016,
    },
  },
  // A classic "Story Points" field nobody fills in: SPEC §1 prefers the jsw field above it.
  {
    id: 'customfield_10028',
    key: 'customfield_10028',
    name: 'Story Points',
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: ['cf[10028]', 'Story Points'],
    schema: {
      type: 'number',
      custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float',
      customId: 10028,
    },
  },
];

function sys(
  id: string,
  name: string,
  clauseNames: string[],
  schema: DemoField['schema'],
  flags: Partial<Pick<DemoField, 'orderable' | 'navigable' | 'searchable'>> = {},
): DemoField {
  return {
    id,
    key: id,
    name,
    custom: false,
    orderable: flags.orderable ?? true,
    navigable: flags.navigable ?? true,
    searchable: flags.searchable ?? true,
    clauseNames,
    ...(schema ? { schema } : {}),
  };
}
