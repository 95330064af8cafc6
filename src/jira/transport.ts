/**
 * The one seam between the Jira client and the network. Forge, the CLI and the
 * workbench differ only in the transport they pass to `createJiraClient`. Shapes and path helpers
 * are shared with the Confluence client (src/http/transport.ts).
 */
import { pathAndQuery, safePathCheck, segmentPath } from '../http/transport';
import type { HttpRequest, HttpResponse, HttpTransport } from '../http/transport';

export type { HttpMethod, QueryValue } from '../http/transport';
/** A Jira request: `path` starts with `/rest/`. */
export type TransportRequest = HttpRequest;
export type TransportResponse = HttpResponse;
export type Transport = HttpTransport;

/** `pathOf\`/rest/api/3/project/${key}/version\``: dynamic segments encoded, never `.`/`..`/empty. */
export const pathOf = segmentPath('Jira key or id');

/** Rejects any path not built by `pathOf` from our own templates (defence in depth for Forge). */
export const assertSafePath = safePathCheck('/rest/', 'Jira');

/** `path?a=1&b=x%20y`, each value encoded; arrays become comma lists (Jira's `fields`, `status`). */
export const toPathAndQuery = pathAndQuery(assertSafePath);
