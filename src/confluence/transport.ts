/**
 * The one seam between the Confluence client and the network. Forge
 * (`api.asUser().requestConfluence`, in forge-transport.ts) and the workbench (fetch, in
 * local/node/confluence-fetch-transport.ts) differ only in the transport they pass to `createConfluenceClient`.
 */
import { pathAndQuery, safePathCheck, segmentPath } from '../http/transport';
import type { HttpRequest, HttpResponse, HttpTransport } from '../http/transport';

export type { HttpMethod, QueryValue } from '../http/transport';
/** A Confluence request: `path` starts with `/wiki/api/v2/`. */
export type ConfluenceRequest = HttpRequest;
export type ConfluenceResponse = HttpResponse;
export type ConfluenceTransport = HttpTransport;

/** confluencePath`/wiki/api/v2/pages/${id}`: dynamic segments encoded, never `.`/`..`/empty. */
export const confluencePath = segmentPath('Confluence id');

/** Rejects any path not built by `confluencePath` from our own templates (defence in depth). */
export const assertSafeConfluencePath = safePathCheck('/wiki/api/v2/', 'Confluence');

/** `path?a=1&b=x%20y`; arrays become comma-separated lists (how v2 takes `keys`, `space-id`). */
export const toPathAndQuery = pathAndQuery(assertSafeConfluencePath);
