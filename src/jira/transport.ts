/**
 * The one seam between the Jira client and the network. Forge, the CLI and the workbench differ
 * only in the transport they pass to `createJiraClient`. Requests, answers and the path helpers
 * are shared with the Confluence client (src/http/transport.ts); only the prefix is Jira's.
 */
import { productPaths, type HttpTransport } from '../http/transport';

export type { HttpMethod, HttpRequest, HttpResponse, QueryValue, Route } from '../http/transport';
/** What `createJiraClient` sends its requests through; every path starts with `/rest/`. */
export type Transport = HttpTransport;

/**
 * `jiraSegment`: one segment from input for route`/rest/api/3/project/${jiraSegment(key)}`
 * (encoded, never empty, `.` or with `..`); `assertSafePath` refuses any path outside /rest/ or not
 * built from our own templates (defence in depth); `toPathAndQuery` gives `path?a=1&b=x+y`, arrays
 * as comma lists (Jira's `fields`, `status`).
 */
export const { segment: jiraSegment, assertSafe: assertSafePath, toPathAndQuery } = productPaths({ prefix: '/rest/', product: 'Jira', segment: 'Jira key or id' });
