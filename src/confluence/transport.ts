/**
 * The one seam between the Confluence client and the network (DESIGN habit 4, as for Jira). Forge
 * (`api.asUser().requestConfluence`, in forge-transport.ts), the workbench and the CLI (fetch, in
 * fetch-transport.ts) differ only in the transport they pass to `createConfluenceClient`.
 */
import { BadInputError } from '../errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface ConfluenceRequest {
  method: HttpMethod;
  /** Starts with `/wiki/api/v2/`; every dynamic segment already encoded by `confluencePath`. */
  path: string;
  /** Raw values; each transport encodes them with `toPathAndQuery`. */
  query?: Record<string, QueryValue>;
  /** Sent as JSON when present. */
  body?: unknown;
  /** Time left before the caller gives up, in ms (a transport that can abort should). */
  timeoutMs?: number;
}

export interface ConfluenceResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type ConfluenceTransport = (req: ConfluenceRequest) => Promise<ConfluenceResponse>;

/**
 * Builds a path from a template's literal parts and encoded dynamic segments, like `route` in
 * @forge/api: confluencePath`/wiki/api/v2/pages/${id}`. A segment is never empty, `.` or `..`, and
 * `/`, `?`, `#` in it are percent-encoded, so input cannot change which resource we hit.
 */
export function confluencePath(template: TemplateStringsArray, ...segments: Array<string | number>): string {
  let out = template[0] ?? '';
  segments.forEach((segment, i) => {
    const raw = String(segment);
    if (raw === '' || raw === '.' || raw === '..') throw new BadInputError(`"${raw}" is not a valid Confluence id.`);
    out += encodeURIComponent(raw) + (template[i + 1] ?? '');
  });
  return out;
}

const SAFE_PATH = /^\/wiki\/api\/v2\/[A-Za-z0-9\-._~%/]*$/;

/** Rejects any path not built by `confluencePath` from our own templates (defence in depth). */
export function assertSafeConfluencePath(path: string): void {
  const traversal = path.split('/').some((s) => s === '.' || s === '..' || /^(\.|%2e){1,2}$/i.test(s));
  if (!SAFE_PATH.test(path) || traversal) throw new Error(`Refusing to call an unsafe Confluence path: ${path}`);
}

/** `path?a=1&b=x%20y`; arrays become comma-separated lists (how v2 takes `keys`, `space-id`). */
export function toPathAndQuery(path: string, query?: Record<string, QueryValue>): string {
  assertSafeConfluencePath(path);
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    const encoded = Array.isArray(value)
      ? (value as readonly string[]).map((v) => encodeURIComponent(v)).join(',')
      : encodeURIComponent(String(value));
    parts.push(`${encodeURIComponent(name)}=${encoded}`);
  }
  return parts.length ? `${path}?${parts.join('&')}` : path;
}
