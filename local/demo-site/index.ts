/** Public API of the demo Jira site (workbench, CLI demo mode, e2e tests and benchmarks). */
export { startDemoSite, SEARCH_PAGE_LIMIT, SEARCH_PAGE_LIMIT_IDS } from './server';
export type { DemoSite, DemoSiteOptions, DemoSiteStats, FaultPlan } from './server';
export {
  createDataset,
  createLargeDataset,
  DEFAULT_LARGE_SCALE,
  DEMO_VERSIONS,
  addDays,
  allUsers,
  childrenOf,
  issueByKey,
  issuesOf,
  levelOf,
  statusCategoryKeyOf,
  versionByName,
} from './dataset';
export type { DatasetOptions, LargeScale } from './dataset';
export {
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
