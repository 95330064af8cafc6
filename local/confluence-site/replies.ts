/** The stand-in's answers and refusals in Confluence v2's words, and the request rules every list shares (limit, ids, cursor). */
import { xhtmlProblem } from './xhtml';
import type { Json } from './wiki';

export interface Reply {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
  html?: string;
}

/** Confluence v2's error body. */
export function confluenceError(status: number, code: string, title: string, detail: string | null = null): Reply {
  return { status, body: { errors: [{ status, code, title, detail }] } };
}

export const DUPLICATE_TITLE_MESSAGE = 'A page with this title already exists: A page already exists with the same TITLE in this space';

/** Thrown from inside a handler; the server answers its reply. */
export class Refusal extends Error {
  constructor(readonly reply: Reply) {
    super(String(reply.status));
  }
}

export const refuse = (status: number, code: string, title: string): never => {
  throw new Refusal(confluenceError(status, code, title));
};
export const badRequest = (title: string): never => refuse(400, 'BAD_REQUEST', title);
export const notFound = (): never => refuse(404, 'NOT_FOUND', 'Not Found');

function limitOf(q: URLSearchParams): number {
  const raw = q.get('limit');
  if (raw === null) return 25;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 250) badRequest(`Invalid value for limit: ${raw}; it must be between 1 and 250.`);
  return n;
}

export function idList(q: URLSearchParams, name: string): string[] | undefined {
  const raw = q.get(name);
  if (raw === null || raw === '') return undefined;
  const ids = raw.split(',').map((s) => s.trim());
  if (ids.some((s) => !/^\d+$/.test(s))) badRequest(`Invalid value for ${name}: each id must be a number.`);
  return ids;
}

/** One page of a list, with an opaque cursor (`_links.next` and a `Link` header) when there is more. */
export function paged(base: string, path: string, q: URLSearchParams, all: Json[]): Reply {
  const limit = limitOf(q);
  const cursor = q.get('cursor');
  let offset = 0;
  if (cursor) {
    const decoded = Number(Buffer.from(cursor, 'base64url').toString('utf8').replace(/^offset:/, ''));
    if (!Number.isInteger(decoded) || decoded < 0) badRequest('Invalid cursor.');
    offset = decoded;
  }
  const results = all.slice(offset, offset + limit);
  const links: { [k: string]: Json } = { base: `${base}/wiki` };
  const headers: Record<string, string> = {};
  if (offset + limit < all.length) {
    const next = new URLSearchParams(q);
    next.set('cursor', Buffer.from(`offset:${offset + limit}`).toString('base64url'));
    links.next = `${path}?${next.toString()}`;
    headers.Link = `<${links.next}>; rel="next", <${base}/wiki>; rel="base"`;
  }
  return { status: 200, body: { results, _links: links }, headers };
}

/** A page body in storage format (well formed, or Confluence's parse error). */
export function bodyOf(raw: Json | undefined): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw !== 'object' || Array.isArray(raw)) return badRequest('body must be an object.');
  const rep = (raw as { storage?: Json }).storage !== undefined ? ((raw as { storage: Json }).storage as { [k: string]: Json }) : (raw as { [k: string]: Json });
  if (rep === null || typeof rep !== 'object') return badRequest('body must be an object.');
  if (rep.representation !== 'storage') return badRequest(`Unsupported body representation: ${String(rep.representation)} (this stand-in takes storage).`);
  if (typeof rep.value !== 'string') return badRequest('body.value must be a string.');
  const problem = xhtmlProblem(rep.value);
  if (problem) badRequest(`Error parsing xhtml: ${problem}`);
  return rep.value;
}
