/**
 * The one seam between the Jira client and the network (DESIGN habit 4). Forge, the CLI and the
 * workbench differ only in the transport they pass to `createJiraClient`.
 */
import { BadInputError } from '../errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface TransportRequest {
  method: HttpMethod;
  /** Starts with `/rest/`; every segment taken from input already encoded (see `pathOf`). */
  path: string;
  /** Raw values: each transport encodes them with `toPathAndQuery`. */
  query?: Record<string, QueryValue>;
  /** Sent as JSON when present. */
  body?: unknown;
  /**
   * Time left before the caller gives up, in ms. A transport that can abort a request should stop
   * waiting after this, so one hung connection cannot eat the whole retry budget.
   */
  timeoutMs?: number;
}

export interface TransportResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

/**
 * Builds a path from a template's literal parts and encoded dynamic segments, like `route` in
 * @forge/api: `pathOf\`/rest/api/3/project/${key}/version\``. A segment is never `.`/`..` or
 * empty, and `/`, `?`, `#` in it are percent-encoded, so input cannot change which resource we hit.
 */
export function pathOf(template: TemplateStringsArray, ...segments: Array<string | number>): string {
  let out = template[0] ?? '';
  segments.forEach((segment, i) => {
    const raw = String(segment);
    if (raw === '' || raw === '.' || raw === '..') {
      throw new BadInputError(`"${raw}" is not a valid Jira key or id.`);
    }
    out += encodeURIComponent(raw) + (template[i + 1] ?? '');
  });
  return out;
}

/** Characters a path built by `pathOf` can contain: unreserved ones, `/` and percent escapes. */
const SAFE_PATH = /^\/rest\/[A-Za-z0-9\-._~%/]*$/;

/** Rejects any path not built by `pathOf` from our own templates (defence in depth for Forge). */
export function assertSafePath(path: string): void {
  const traversal = path.split('/').some((s) => s === '.' || s === '..' || /^(\.|%2e){1,2}$/i.test(s));
  if (!SAFE_PATH.test(path) || traversal) throw new Error(`Refusing to call an unsafe Jira path: ${path}`);
}

/**
 * `path?a=1&b=x%20y`: each query value is percent-encoded here (arrays become a comma-separated
 * list, which is how Jira takes `fields`, `status`, `expand`); undefined values are left out.
 */
export function toPathAndQuery(path: string, query?: Record<string, QueryValue>): string {
  assertSafePath(path);
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
