/** The Jira adapter's public face. `callJira` stays private to this folder. */
export { createJiraClient, searchPageSize, SEARCH_PAGE_MAX, SEARCH_PAGE_MAX_IDS, VERSION_PAGE_SIZE } from './client';
export { USER_BULK_MAX } from './users';
export type { UserEndpoints } from './users';
export type { ProjectEndpoints } from './projects';
export type { JiraClient, JiraClientOptions, ProjectVersionsOptions, VersionOrderBy, VersionStatus } from './client';
export type { HttpMethod, QueryValue, Transport, TransportRequest, TransportResponse } from './transport';
export { fetchDescendants } from './hierarchy';
export type { FetchDescendantsOptions } from './hierarchy';
export { ISSUE_FIELDS, issueFieldsWith, toCalendarDate, toIssue, toStatusCategory, toUtcDate, toVersionInfo } from './mappers';
export { discoverStoryPointsField, STORY_POINT_ESTIMATE_TYPE } from './story-points';
export { collect, paginateByStartAt, paginateByToken } from './pagination';
export type * from './types';
// forgeTransport is not re-exported: importing it pulls in @forge/api, which only src/forge needs.
