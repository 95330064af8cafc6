/** The Jira adapter's public face. `callJira` stays private to this folder. */
export { createJiraClient, searchPageSize, SEARCH_PAGE_MAX, SEARCH_PAGE_MAX_IDS, VERSION_PAGE_SIZE } from './client';
export { USER_BULK_MAX } from './users';
export type { UserEndpoints } from './users';
export type { ProjectEndpoints } from './projects';
export type { JiraClient, JiraClientOptions, JiraUsage, ProjectVersionsOptions, VersionOrderBy, VersionStatus } from './client';
export type { HttpMethod, QueryValue, Route, Transport, HttpRequest, HttpResponse } from './transport';
export { readTree, levelOf, DEFAULT_KEYS_PER_QUERY, GROUPS_PER_STREAM } from './tree';
export type { SearchPageFn, TreeRead, TreeReadOptions } from './tree';
export { createReadMeter, Stopped } from './read-meter';
export type { ReadBudget, ReadMeter, StopKind } from './read-meter';
export { inLanes, chunksOf } from './lanes';
export { ISSUE_KEY, ISSUE_KEY_OR_ID, projectKeyOf } from '../domain/issue-key';
export { missingIssueKeys } from './issue-messages';
export { jiraPorts } from './ports';
export { ALL_ISSUE_FIELDS } from './issue-fields';
export type { IssueField } from './issue-fields';
export type * from './port-types';
export { ISSUE_FIELDS, issueFieldsWith, toCalendarDate, toIssue, toStatusCategory, toUtcDate, toVersionInfo } from './mappers';
export { discoverStoryPointsField, STORY_POINT_ESTIMATE_TYPE } from './story-points';
export { collect, paginateByStartAt, paginateByToken } from './pagination';
export type * from './types';
// forgeTransport is not re-exported: it calls Forge's product API, which only src/forge wires in.
