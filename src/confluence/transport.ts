/**
 * The one seam between the Confluence client and the network. Forge
 * (`api.asUser().requestConfluence`, in forge-transport.ts) and the workbench (fetch, in
 * local/node) differ only in the transport they pass to `createConfluenceClient`.
 */
import { pathAndQuery, safePathCheck, segment } from '../http/transport';
import type { HttpRequest, HttpResponse, HttpTransport } from '../http/transport';

export type { HttpMethod, QueryValue, Route } from '../http/transport';
/** A Confluence request: `path` starts with `/wiki/api/v2/`. */
export type ConfluenceRequest = HttpRequest;
export type ConfluenceResponse = HttpResponse;
export type ConfluenceTransport = HttpTransport;

/** route`/wiki/api/v2/pages/${confluenceSegment(id)}`: encoded, never empty, `.` or with `..`. */
export const confluenceSegment = segment('Confluence id');

/** Rejects any path outside /wiki/api/v2/ or not built from our own templates (defence in depth). */
export const assertSafeConfluencePath = safePathCheck('/wiki/api/v2/', 'Confluence');

/** `path?a=1&b=x+y`; arrays become comma-separated lists (how v2 takes `keys`, `space-id`). */
export const toPathAndQuery = pathAndQuery(assertSafeConfluencePath);
