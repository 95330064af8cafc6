/**
 * The one seam between the Jira client and the network. Forge, the CLI and the
 * workbench differ only in the transport they pass to `createJiraClient`. Shapes and path helpers
 * are shared with the Confluence client (src/http/transport.ts).
 */
import { pathAndQuery, safePathCheck, segment } from '../http/transport';
import type { HttpRequest, HttpResponse, HttpTransport } from '../http/transport';

export type { HttpMethod, QueryValue, Route } from '../http/transport';
/** A Jira request: `path` starts with `/rest/`. */
export type TransportRequest = HttpRequest;
export type TransportResponse = HttpResponse;
export type Transport = HttpTransport;

/** route`/rest/api/3/project/${jiraSegment(key)}/version`: encoded, never empty, `.` or with `..`. */
export const jiraSegment = segment('Jira key or id');

/** Rejects any path outside /rest/ or not built from our own templates (defence in depth). */
export const assertSafePath = safePathCheck('/rest/', 'Jira');

/** `path?a=1&b=x+y`, each value encoded; arrays become comma lists (Jira's `fields`, `status`). */
export const toPathAndQuery = pathAndQuery(assertSafePath);
