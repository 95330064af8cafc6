/**
 * What Shipshape reads of each Jira 200 answer, one shape per endpoint, from the schemas of
 * `jira-platform-openapi.json` (named beside each). The OpenAPI document marks no field required;
 * a field is required here when we cannot read the answer without it (`issues` of a search page,
 * `values` of a PageBean, an issue's `key`), and every other field we read is checked for its
 * type when present. Extra fields are fine. `callJira` applies them: a mismatch is
 * UNAVAILABLE, reason JIRA ("Jira answered in an unexpected shape: …"), never an empty report.
 */
import { arrayOf, bool, either, nullable, num, object, optional, recordOf, refine, str, type Shape } from '../http/shape';
import type {
  RawFoundUsers,
  RawAutocompleteSuggestions,
  RawField,
  RawIssue,
  RawIssueType,
  RawPageBean,
  RawPermissions,
  RawPriority,
  RawProject,
  RawProjectSummary,
  RawSearchPage,
  RawUser,
  RawUserDetails,
  RawVersion,
  RawVersionIssueCounts,
} from './types';

const maybe = <T>(shape: Shape<T>) => optional(nullable(shape));

/** `StatusCategory`. */
const statusCategory = object({ key: optional(str), name: optional(str) });
/** `StatusDetails`. */
const status = object({ name: optional(str), statusCategory: maybe(statusCategory) });

/** `IssueTypeDetails`. */
export const issueType: Shape<RawIssueType> = object({
  id: optional(str),
  name: optional(str),
  subtask: optional(bool),
  hierarchyLevel: optional(num),
});

/** `User` (assignee, `/myself`). */
export const user: Shape<RawUser> = object({ accountId: optional(str), displayName: optional(str) });

/** `Priority`. */
export const priority: Shape<RawPriority> = object({ id: optional(str), name: optional(str) });

/** `Version`. `releaseDate` is `YYYY-MM-DD`; the deprecated list's epoch ms are read too. */
export const version: Shape<RawVersion> = object({
  id: str,
  name: optional(str),
  archived: optional(bool),
  released: optional(bool),
  releaseDate: maybe(either(str, num, 'a date')),
  startDate: maybe(str),
  overdue: optional(bool),
  projectId: optional(num),
  issuesStatusForFixVersion: optional(
    object({ done: optional(num), inProgress: optional(num), toDo: optional(num), unmapped: optional(num) }),
  ),
});

/** `IssueBean.fields`: the system fields of `ISSUE_FIELDS`; custom fields are read by the mapper as anything. */
const issueFields = object({
  summary: maybe(str),
  status: maybe(status),
  issuetype: maybe(issueType),
  parent: maybe(object({ id: optional(str), key: optional(str) })),
  priority: maybe(priority),
  assignee: maybe(user),
  duedate: maybe(str),
  created: maybe(str),
  resolutiondate: maybe(str),
  fixVersions: maybe(arrayOf(object({ id: str, name: optional(str) }))),
  timeoriginalestimate: maybe(num),
  timetracking: maybe(object({ originalEstimateSeconds: maybe(num) })),
});

/** `IssueBean` (`GET /rest/api/3/issue/{key}` and each search hit). */
export const issue: Shape<RawIssue> = object({ id: str, key: str, fields: optional(issueFields) });

/**
 * `SearchAndReconcileResults` (`POST /rest/api/3/search/jql`). `issues` is required: a page
 * without it would read as "no issues match". A page that says it is not the last one must
 * carry the token of the next.
 */
export const searchPage: Shape<RawSearchPage> = refine(
  object({ issues: arrayOf(issue), nextPageToken: maybe(str), isLast: optional(bool) }),
  (page) => (page.isLast === false && !page.nextPageToken ? { path: 'nextPageToken', message: 'missing although isLast is false' } : null),
);

/** `PageBeanVersion` (`GET /rest/api/3/project/{key}/version`). */
export const versionPage: Shape<RawPageBean<RawVersion>> = object({
  values: arrayOf(version),
  isLast: optional(bool),
  startAt: optional(num),
  maxResults: optional(num),
  total: optional(num),
});

/** `FieldDetails[]` (`GET /rest/api/3/field`). */
export const fields: Shape<RawField[]> = arrayOf(
  object({
    id: str,
    name: optional(str),
    custom: optional(bool),
    schema: maybe(object({ type: optional(str), custom: optional(str) })),
  }),
);

/** `Project` (`GET /rest/api/3/project/{key}`). */
export const project: Shape<RawProject> = object({ id: str, key: str, name: optional(str) });

/** `JQLCountResultsBean` (`POST /rest/api/3/search/approximate-count`): the count is what we read. */
export const approximateCount: Shape<{ count: number }> = object({ count: num });

/** `VersionIssueCounts` (`GET /rest/api/3/version/{id}/relatedIssueCounts`). */
export const versionIssueCounts: Shape<RawVersionIssueCounts> = object({
  issuesFixedCount: optional(num),
  issuesAffectedCount: optional(num),
  issueCountWithCustomFieldsShowingVersion: optional(num),
});

/** `Priority[]` (`GET /rest/api/3/priority`). */
export const priorities: Shape<RawPriority[]> = arrayOf(priority);

/** `IssueTypeDetails[]` (`GET /rest/api/3/issuetype`). */
export const issueTypes: Shape<RawIssueType[]> = arrayOf(issueType);

/** Avatar URLs by size (`AvatarUrlsBean`). */
const avatarUrls = object({ '16x16': optional(str), '24x24': optional(str), '32x32': optional(str), '48x48': optional(str) });

/** `FoundUsers` (`GET /rest/api/3/user/picker`). */
export const foundUsers: Shape<RawFoundUsers> = object({
  users: optional(arrayOf(object({ accountId: optional(str), accountType: optional(str), avatarUrl: optional(str), displayName: optional(str), html: optional(str) }))),
  total: optional(num),
  header: optional(str),
});

/** `PageBeanUser` (`GET /rest/api/3/user/bulk`). */
export const userPage: Shape<RawPageBean<RawUserDetails>> = object({
  values: arrayOf(object({ accountId: optional(str), displayName: optional(str), accountType: optional(str), active: optional(bool), avatarUrls: optional(avatarUrls) })),
  isLast: optional(bool),
  startAt: optional(num),
  maxResults: optional(num),
  total: optional(num),
});

/** `PageBeanProject` (`GET /rest/api/3/project/search`). */
export const projectPage: Shape<RawPageBean<RawProjectSummary>> = object({
  values: arrayOf(object({ id: str, key: str, name: optional(str), avatarUrls: optional(avatarUrls), archived: optional(bool) })),
  isLast: optional(bool),
  startAt: optional(num),
  maxResults: optional(num),
  total: optional(num),
});

/** `Permissions` (`GET /rest/api/3/mypermissions`): each asked key with `havePermission`. */
export const permissions: Shape<RawPermissions> = object({
  permissions: recordOf(object({ key: optional(str), havePermission: optional(bool) })),
});

/**
 * `AutoCompleteSuggestions` (`GET /rest/api/3/jql/autocompletedata/suggestions`). `results` is
 * required: an answer without it would read as "this site has no priorities".
 */
export const autocompleteSuggestions: Shape<RawAutocompleteSuggestions> = object({
  results: arrayOf(object({ value: optional(str), displayName: optional(str) })),
});

