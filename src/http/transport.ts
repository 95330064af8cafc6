/**
 * The shape every product client (Jira, Confluence) talks to the network through, and the path
 * helpers they share: each product's transport.ts names its own path prefix and wording.
 */
import { route, type Route } from '@forge/api';
import { BadInputError } from '../errors';
import { quote } from '../domain/input';
import type { Shape } from './shape';

export type { Route };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A parameter sent once per value (`accountId=a&accountId=b`), as Jira's bulk endpoints take ids. */
export interface RepeatedParam {
  repeat: readonly string[];
}

export type QueryValue = string | number | boolean | readonly string[] | RepeatedParam | undefined;

export interface HttpRequest {
  method: HttpMethod;
  /**
   * The REST path as the endpoint function wrote it, a `route` template from @forge/api (what
   * Forge's `requestJira`/`requestConfluence` take); every segment from input went through the
   * product's segment check first.
   */
  route: Route;
  /** `route.value`: for messages, logs and the transports that are not Forge. */
  path: string;
  /** Raw values: each transport encodes them with `searchParams`. */
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

/** What an endpoint function says of its call: the method (GET unless said), query, JSON body, and the shape it reads of the answer. */
export interface EndpointCall<T> {
  method?: HttpMethod;
  query?: Record<string, QueryValue>;
  body?: unknown;
  shape: Shape<T>;
}

/** The request that `requestJira(route`…`, call)` or `requestConfluence(…)` sends. */
export function requestOf(path: Route, call: Omit<EndpointCall<unknown>, 'shape'>): HttpRequest {
  return {
    method: call.method ?? 'GET',
    route: path,
    path: path.value,
    ...(call.query ? { query: call.query } : {}),
    ...(call.body !== undefined ? { body: call.body } : {}),
  };
}

/**
 * One path segment from input, for a `route` template: never empty, `.` or anything with `..`, and
 * percent-encoded, so `/`, `?`, `#` stay inside the segment and input cannot change which resource
 * we hit. (`route` itself refuses those characters with a bare Error; this says what was wrong.)
 * `what` names a bad segment.
 */
export function segment(what: string): (value: string | number) => string {
  return (value) => {
    const raw = String(value);
    if (raw === '' || raw === '.' || raw.includes('..')) throw new BadInputError(`${quote(raw)} is not a valid ${what}.`);
    return encodeURIComponent(raw);
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
    if (!safe.test(path) || traversal) throw new Error(`Refusing to call an unsafe ${product} path: ${quote(path)}`);
  };
}

/**
 * Query values as URLSearchParams: arrays become a comma-separated list (how Jira takes `fields`
 * and Confluence `space-id`), a `RepeatedParam` repeats the name per value, undefined values are
 * left out.
 */
export function searchParams(query: Record<string, QueryValue> | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (typeof value === 'object' && 'repeat' in value) {
      for (const v of value.repeat) params.append(name, v);
      continue;
    }
    params.append(name, Array.isArray(value) ? (value as readonly string[]).join(',') : String(value));
  }
  return params;
}

/** `path?a=1&b=x+y` after `assertSafe(path)`, for transports that send a URL string (fetch). */
export function pathAndQuery(assertSafe: (path: string) => void): (path: string, query?: Record<string, QueryValue>) => string {
  return (path, query) => {
    assertSafe(path);
    const params = searchParams(query).toString();
    return params ? `${path}?${params}` : path;
  };
}

/** One product's path helpers, from its path prefix and how it names itself and a bad segment. */
export function productPaths(opts: { prefix: string; product: string; segment: string }): {
  segment: (value: string | number) => string;
  assertSafe: (path: string) => void;
  toPathAndQuery: (path: string, query?: Record<string, QueryValue>) => string;
} {
  const assertSafe = safePathCheck(opts.prefix, opts.product);
  return { segment: segment(opts.segment), assertSafe, toPathAndQuery: pathAndQuery(assertSafe) };
}

/**
 * The request's route with its query, still a `Route` (for Forge): `route` passes a Route through
 * in the path and encodes URLSearchParams after the `?`, so no string is ever trusted blindly.
 */
export function routeWithQuery(req: Pick<HttpRequest, 'route' | 'path' | 'query'>, assertSafe: (path: string) => void): Route {
  assertSafe(req.route.value);
  const params = searchParams(req.query);
  return params.size > 0 ? route`${req.route}?${params}` : req.route;
}
