/** An issue as Jira answers it: the fields a `fields` selection names, each in its REST v3 shape. */
import type { FieldSelection } from './field-selection';
import type { DemoIssue, DemoPriority, DemoResolution, DemoUser, DemoVersion } from './model';
import type { Json, JsonObject, Renderer } from './render';

/** An issue with the selected fields. An id-only selection answers `{ id }` as Jira does. */
export function issueJson(r: Renderer, issue: DemoIssue, sel: FieldSelection): JsonObject {
  if (!sel.key) return { id: issue.id };
  const head: JsonObject = { expand: '', id: issue.id, self: r.api(`issue/${issue.id}`), key: issue.key };
  if (sel.ids.size === 0) return head;
  const fields: JsonObject = {};
  for (const id of sel.ids) {
    const value = fieldValue(r, issue, id);
    if (value !== undefined) fields[id] = value;
  }
  return { ...head, fields };
}

/** One field's value; undefined = Jira omits the key (e.g. `parent` of a top-level issue). */
function fieldValue(r: Renderer, issue: DemoIssue, id: string): Json | undefined {
  const ix = r.index;
  switch (id) {
    case 'summary':
      return issue.summary;
    case 'status':
      return r.status(ix.status(issue));
    case 'issuetype':
      return r.issueType(ix.type(issue));
    case 'parent': {
      if (!issue.parentKey) return undefined;
      const p = ix.issueByKey.get(issue.parentKey) as DemoIssue;
      return {
        id: p.id,
        key: p.key,
        self: r.api(`issue/${p.id}`),
        fields: {
          summary: p.summary,
          status: r.status(ix.status(p)),
          priority: r.priority(ix.priorityById.get(p.priorityId) as DemoPriority, false),
          issuetype: r.issueType(ix.type(p)),
        },
      };
    }
    case 'project':
      return r.projectRef(ix.project(issue));
    case 'priority':
      return r.priority(ix.priorityById.get(issue.priorityId) as DemoPriority, false);
    case 'assignee':
      return issue.assigneeId ? r.user(ix.userById.get(issue.assigneeId) as DemoUser) : null;
    case 'reporter':
      return r.user(ix.userById.get(issue.reporterId) as DemoUser);
    case 'fixVersions':
      return issue.fixVersionIds.map((v) =>
        r.versionRef(ix.versionById.get(v) as DemoVersion),
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
        ? r.resolution(ix.resolutionById.get(issue.resolutionId) as DemoResolution)
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
