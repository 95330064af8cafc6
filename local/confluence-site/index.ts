/** Public API of the Confluence v2 stand-in (workbench and tests). */
export { startConfluenceSite } from './server';
export type { ConfluenceSite, ConfluenceSiteOptions, ConfluenceFaultPlan } from './server';
export { DEMO_SPACES } from './wiki';
export type { PageSnapshot, SiteSpace } from './wiki';
export { DUPLICATE_TITLE_MESSAGE, confluenceError } from './replies';
export { xhtmlProblem } from './xhtml';
export { standInConfluenceFor } from './clients';
