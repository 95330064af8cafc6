/**
 * The one seam between the Confluence client and the network. Forge
 * (`api.asUser().requestConfluence`, in forge-transport.ts) and the workbench (fetch, in
 * local/node) differ only in the transport they pass to `createConfluenceClient`.
 */
import { productPaths, type HttpTransport } from '../http/transport';

export type { HttpMethod, HttpRequest, HttpResponse, QueryValue, Route } from '../http/transport';
/** What `createConfluenceClient` sends its requests through; every path starts with `/wiki/api/v2/`. */
export type ConfluenceTransport = HttpTransport;

/**
 * `confluenceSegment`: one id from input for route`/wiki/api/v2/pages/${confluenceSegment(id)}`;
 * `assertSafeConfluencePath` refuses any path outside /wiki/api/v2/ or not built from our own
 * templates; `toPathAndQuery` gives `path?a=1`, arrays as comma lists (v2's `keys`, `space-id`).
 */
export const {
  segment: confluenceSegment,
  assertSafe: assertSafeConfluencePath,
  toPathAndQuery,
} = productPaths({ prefix: '/wiki/api/v2/', product: 'Confluence', segment: 'Confluence id' });
