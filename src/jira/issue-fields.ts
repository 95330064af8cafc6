/**
 * The domain fields a service can ask Jira for, and the Jira field behind each (SPEC §1: the
 * story-point field is the site's own, discovered).
 */
import type { Issue } from '../domain/types';

/** A field of the domain `Issue` a service wants read. */
export type IssueField = Exclude<keyof Issue, 'id' | 'key'>;

/** Every field the domain knows (the issue panel's read). */
export const ALL_ISSUE_FIELDS: readonly IssueField[] = [
  'summary',
  'statusName',
  'statusCategory',
  'statusId',
  'issueType',
  'hierarchyLevel',
  'parentKey',
  'priority',
  'assigneeId',
  'assigneeName',
  'dueDate',
  'created',
  'resolutionDate',
  'fixVersionIds',
  'originalEstimateSeconds',
  'points',
];

/** The Jira field behind each domain field; `points` is the site's story-point field (SPEC §1 discovery). */
export const JIRA_FIELD: Record<Exclude<IssueField, 'points'>, string> = {
  summary: 'summary',
  statusName: 'status',
  statusCategory: 'status',
  statusId: 'status',
  issueType: 'issuetype',
  hierarchyLevel: 'issuetype',
  parentKey: 'parent',
  priority: 'priority',
  assigneeId: 'assignee',
  assigneeName: 'assignee',
  dueDate: 'duedate',
  created: 'created',
  resolutionDate: 'resolutiondate',
  fixVersionIds: 'fixVersions',
  originalEstimateSeconds: 'timeoriginalestimate',
};
