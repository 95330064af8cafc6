/** Public API of the demo Jira site (workbench, CLI demo mode, e2e tests and benchmarks). */
export { startDemoSite } from './server';
export { SEARCH_PAGE_LIMIT, SEARCH_PAGE_LIMIT_IDS } from './routes/search';
export type { DemoSite, DemoSiteOptions, DemoSiteStats, FaultPlan } from './server';
export { addDays, jiraTimestamp } from './days';
export type { DemoMutations, NewIssueSpec } from './mutations';
export { createDataset, createLargeDataset } from './dataset';
export type { DatasetOptions } from './dataset';
export { DEFAULT_LARGE_SCALE } from './large-project';
export type { LargeScale } from './large-project';
export { DEMO_VERSIONS } from './plans';
export { childrenOf, issueByKey, issuesOf, levelOf, statusCategoryKeyOf, versionByName } from './dataset-queries';
export {
  allUsers,
  DEMO_API_TOKEN,
  DEMO_USERS,
  ISSUE_TYPE,
  PRIORITY,
  STATUS,
  STORY_POINTS_FIELD_ID,
  TEAM_USERS,
} from './model';
export type { Dataset, DemoIssue, DemoProject, DemoUser, DemoVersion } from './model';
export { JqlError, parseJql } from './jql';
export { searchJql, UNBOUNDED_MESSAGE } from './jql-eval';
export { SiteIndex } from './site-index';
export { todayUtc } from './clock';
export { basicAuthHeader } from './credentials';
export { startFaultProxy } from './fault-proxy';
export type { FaultKind, FaultProxy, FaultRule } from './fault-proxy';
