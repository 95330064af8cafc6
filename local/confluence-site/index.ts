/** Public API of the Confluence v2 stand-in (workbench and tests). */
export { startConfluenceSite, DEMO_SPACES, DUPLICATE_TITLE_MESSAGE, confluenceError } from './server';
export type { ConfluenceSite, ConfluenceSiteOptions, ConfluenceFaultPlan, PageSnapshot, SiteSpace } from './server';
export { xhtmlProblem } from './xhtml';
export { standInConfluenceFor } from './clients';
