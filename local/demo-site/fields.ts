/** The demo site's field list, as `GET /rest/api/3/field` answers it (system fields and the story-point fields). */
import type { DemoField } from './entities';

export const STORY_POINTS_FIELD_ID = 'customfield_10016';

export const FIELDS: readonly DemoField[] = [
  sys('issuekey', 'Key', ['id', 'issue', 'issuekey', 'key'], undefined, { orderable: false, searchable: false }),
  sys('summary', 'Summary', ['summary'], { type: 'string', system: 'summary' }),
  sys('issuetype', 'Issue Type', ['issuetype', 'type'], { type: 'issuetype', system: 'issuetype' }),
  sys('parent', 'Parent', ['parent'], { type: 'issuelink', system: 'parent' }),
  sys('project', 'Project', ['project'], { type: 'project', system: 'project' }),
  sys('status', 'Status', ['status'], { type: 'status', system: 'status' }, { orderable: false }),
  sys('priority', 'Priority', ['priority'], { type: 'priority', system: 'priority' }),
  sys('assignee', 'Assignee', ['assignee'], { type: 'user', system: 'assignee' }),
  sys('reporter', 'Reporter', ['reporter'], { type: 'user', system: 'reporter' }),
  sys('fixVersions', 'Fix versions', ['fixVersion'], { type: 'array', items: 'version', system: 'fixVersions' }),
  sys('labels', 'Labels', ['labels'], { type: 'array', items: 'string', system: 'labels' }),
  sys('duedate', 'Due date', ['due', 'duedate'], { type: 'date', system: 'duedate' }),
  sys('created', 'Created', ['created', 'createdDate'], { type: 'datetime', system: 'created' }, { orderable: false }),
  sys('updated', 'Updated', ['updated', 'updatedDate'], { type: 'datetime', system: 'updated' }, { orderable: false }),
  sys('resolution', 'Resolution', ['resolution'], { type: 'resolution', system: 'resolution' }),
  sys('resolutiondate', 'Resolved', ['resolutiondate', 'resolved'], { type: 'datetime', system: 'resolutiondate' }, { orderable: false }),
  sys('timeoriginalestimate', 'Original estimate', ['originalEstimate', 'timeoriginalestimate'], { type: 'number', system: 'timeoriginalestimate' }, { orderable: false }),
  custom(10016, 'Story point estimate', 'com.pyxis.greenhopper.jira:jsw-story-points'),
  // A classic "Story Points" field nobody fills in: SPEC §1 prefers the jsw field above it.
  custom(10028, 'Story Points', 'com.atlassian.jira.plugin.system.customfieldtypes:float'),
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

/** A number custom field, searchable as `cf[N]` or by its name. */
function custom(n: number, name: string, type: string): DemoField {
  const id = `customfield_${n}`;
  return {
    id,
    key: id,
    name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${n}]`, name],
    schema: { type: 'number', custom: type, customId: n },
  };
}
