/**
 * The shape every product client (Jira, Confluence) talks to the network through, and the path
 * helpers they share: each product's transport.ts names its own path prefix and wording.
 */
import { BadInputError } from '../errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A parameter sent once per value (`accountId=a&accountId=b`), as Jira's bulk endpoints take ids. */
export interface RepeatedParam {
  repeat: readonly string[];
}

export type QueryValue = string | number | boolean | readonly string[] | RepeatedParam | undefined;

export interface HttpRequest {
  method: HttpMethod;
  /** The product's REST path; every segment taken from input already encoded (see `segmentPath`). */
  path: string;
  /** Raw values: each transport encodes them with the product's `toPathAndQuery`. */
  query?: Record<string, QueryValue>;
  /** Sent as JSON when present. */
  body?: unknown;
  /**
   * Time left before the caller gives up, in ms. A transport that can abort a request should stop
   * waiting after this, so one hung connection cannot eat the whole retry budget.
   */
  timeoutMs?: number;
  /** Aborted when the caller stops waiting for this attempt; a transport that can cancel should. */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type HttpTransport = (req: HttpRequest) => Promise<HttpResponse>;

/**
 * A tagged template that builds a path from literal parts and encoded dynamic segments, like
 * `route` in @forge/api. A segment is never `.`/`..` or empty, and `/`, `?`, `#` in it are
 * percent-encoded, so input cannot change which resource we hit. `what` names a bad segment.
 */
export function segmentPath(what: string): (template: TemplateStringsArray, ...segments: Array<string | number>) => string {
  return (template, ...segments) => {
    let out = template[0] ?? '';
    segments.forEach((segment, i) => {
      const raw = String(segment);
      if (raw === '' || raw === '.' || raw === '..') throw new BadInputError(`"${raw}" is not a valid ${what}.`);
      out += encodeURIComponent(raw) + (template[i + 1] ?? '');
    });
    return out;
  };
}

/**
 * A check that refuses any path not built by `segmentPath` from our own templates under `prefix`
 * (defence in depth for Forge's `assumeTrustedRoute`): unreserved characters, `/` and escapes only.
 */
export function safePathCheck(prefix: string, product: string): (path: string) => void {
  const safe = new RegExp(`^${prefix.replace(/[/.]/g, '\\$&')}[A-Za-z0-9\\-._~%/]*$`);
  return (path) => {
    const traversal = path.split('/').some((s) => s === '.' || s === '..' || /^(\.|%2e){1,2}$/i.test(s));
    if (!safe.test(path) || traversal) throw new Error(`Refusing to call an unsafe ${product} path: ${path}`);
  };
}

/**
 * `path?a=1&b=x%20y` after `assertSafe(path)`: each query value is percent-encoded (arrays become a
 * comma-separated list, which is how Jira takes `fields` and Confluence `space-id`; a `RepeatedParam`
 * repeats the name per value); undefined
 * values are left out.
 */
export function pathAndQuery(assertSafe: (path: string) => void): (path: string, query?: Record<string, QueryValue>) => string {
  return (path, query) => {
    assertSafe(path);
    const parts: string[] = [];
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      if (typeof value === 'object' && 'repeat' in value) {
        for (const v of value.repeat) parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(v)}`);
        continue;
      }
      const encoded = Array.isArray(value)
        ? (value as readonly string[]).map((v) => encodeURIComponent(v)).join(',')
        : encodeURIComponent(String(value));
      parts.push(`${encodeURIComponent(name)}=${encoded}`);
    }
    return parts.length ? `${path}?${parts.join('&')}` : path;
  };
}
