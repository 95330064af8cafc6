/** The demo site's fixed catalog: status categories, statuses, issue types, priorities, resolutions (Jira Cloud defaults). */
import type { DemoIssueType, DemoPriority, DemoResolution, DemoStatus, DemoStatusCategory } from './entities';

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
