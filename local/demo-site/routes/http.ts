/**
 * The demo site's request and answer shapes, its router, and the parameter and paging rules
 * every REST area shares (Jira's messages for bad integers, page tokens, `PageBean` pages).
 */
import { createHash } from 'node:crypto';
import type { Dataset, DemoUser } from '../model';
import type { Json, JsonObject, Renderer } from '../render';
import type { SiteIndex } from '../site-index';

/** An HTTP answer: status, JSON (or text) body and extra headers. */
export interface Reply {
  status: number;
  body: Json;
  headers?: Record<string, string>;
  text?: boolean;
}

export const ok = (body: Json): Reply => ({ status: 200, body });

/** Jira's ErrorCollection. */
export const errorBody = (status: number, ...messages: string[]): Reply => ({
  status,
  body: { errorMessages: messages, errors: {} },
});

/** Thrown from deep inside a handler; the server answers its reply. */
export class HttpError extends Error {
  constructor(readonly reply: Reply) {
    super(String(reply.status));
  }
}

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  body: JsonObject;
  user: DemoUser;
}

export type Handler = (req: Request, params: string[]) => Reply;

export interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

/** Registers a handler for `METHOD /rest/api/3<path>`; `{name}` in the path is a parameter. */
export type On = (method: string, path: string, handler: Handler) => void;

/** What every REST area reads: the site's index, its renderer (its base URL is known once listening) and clock. */
export interface Site {
  index: SiteIndex;
  ds: Dataset;
  r: () => Renderer;
  now: () => Date;
}

export function router(): { routes: Route[]; on: On } {
  const routes: Route[] = [];
  const on: On = (method, path, handler) => {
    const pattern = new RegExp(`^/rest/api/3${path.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
    routes.push({ method, pattern, handler });
  };
  return { routes, on };
}

/** Query values of a repeatable, comma-separable parameter (`fields=a,b&fields=c`). */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query.getAll(name).flatMap((v) => v.split(','));
}

export function intParam(value: Json | string | null | undefined, name: string, fallback: number): number {
  if (value === null || value === undefined || value === '') return fallback;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n)) throw new HttpError(errorBody(400, `The ${name} parameter must be an integer.`));
  return n;
}

/** `maxResults` from 1 to `cap`; `fallback` when absent. */
export function maxResultsParam(query: URLSearchParams, fallback: number, cap: number): number {
  return Math.max(1, Math.min(intParam(query.get('maxResults'), 'maxResults', fallback), cap));
}

/** `startAt` (≥ 0) and `maxResults` of an offset-paged list. */
export function pageParams(query: URLSearchParams, fallback: number, cap: number): { startAt: number; maxResults: number } {
  const startAt = Math.max(0, intParam(query.get('startAt'), 'startAt', 0));
  return { startAt, maxResults: maxResultsParam(query, fallback, cap) };
}

/**
 * Jira's `PageBean`: one page of `all` from `startAt`, with `nextPage` while there is more
 * (`withNext: false` for the endpoints whose pages carry no `nextPage`, e.g. /user/bulk).
 */
export function pageBean<T>(
  all: readonly T[],
  { startAt, maxResults }: { startAt: number; maxResults: number },
  self: (at: number) => string,
  render: (item: T) => Json,
  withNext = true,
): JsonObject {
  const isLast = startAt + maxResults >= all.length;
  return {
    self: self(startAt),
    ...(isLast || !withNext ? {} : { nextPage: self(startAt + maxResults) }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values: all.slice(startAt, startAt + maxResults).map(render),
  };
}

/** A page's own URL: the request's query with this page's `startAt` and `maxResults`. */
export function pageUrl(base: string, path: string, query: URLSearchParams, maxResults: number): (at: number) => string {
  return (at) => {
    const q = new URLSearchParams(query);
    q.set('startAt', String(at));
    q.set('maxResults', String(maxResults));
    return `${base}${path}?${q.toString()}`;
  };
}

/** An opaque token for the page at `offset` of the answer to `key` (a query, or a request's identity). */
export function pageToken(key: string, offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, q: keyHash(key) })).toString('base64url');
}

function keyHash(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 12);
}

/** The offset a token names, if it was made for `key`; otherwise Jira's 400. */
export function readPageToken(token: string, key: string): number {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; q?: unknown };
    if (typeof t.o === 'number' && Number.isInteger(t.o) && t.o >= 0 && t.q === keyHash(key)) return t.o;
  } catch {
    // fall through
  }
  throw new HttpError(errorBody(400, 'The provided next page token is invalid or expired.'));
}
