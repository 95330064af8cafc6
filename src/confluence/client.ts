/**
 * A typed Confluence Cloud REST API v2 client: one function per endpoint, all on `callConfluence`
 * (errors, retries) and one cursor-pagination helper. Shapes from confluence-v2-openapi.json:
 * `GET /spaces?keys=`, `GET /pages?space-id=&title=`, `GET /pages/{id}`, `POST /pages`,
 * `PUT /pages/{id}`.
 */
import { route } from '@forge/api';
import { callConfluence, type CallOptions, type CallResult } from './call';
import * as S from './schemas';
import { requestOf, type EndpointCall } from '../http/transport';
import { confluenceSegment as seg, type ConfluenceTransport, type Route } from './transport';

export type { RawLinks, RawMulti, RawPage, RawSpace } from './types';
import type { RawMulti, RawPage, RawSpace } from './types';

// ---------------------------------------------------------------------------------------------
// What callers get

export interface ConfluenceSpace {
  id: string;
  key: string;
  name: string;
  homepageId: string | null;
  /** Absolute link to the space, when Confluence gave one. */
  url: string | null;
}

export interface ConfluencePage {
  id: string;
  title: string;
  spaceId: string;
  status: string;
  parentId: string | null;
  /** Current version number (1 after create). */
  version: number;
  /** Absolute link to the page (`_links.base` + `_links.webui`), when Confluence gave one. */
  url: string | null;
  /** Storage-format body, when asked for. */
  storage?: string;
}

export interface CreatePageInput {
  spaceId: string;
  title: string;
  /** Parent page id; Confluence uses the space homepage when omitted. */
  parentId?: string;
  /** Confluence storage format (XHTML). */
  storage: string;
}

export interface UpdatePageInput {
  id: string;
  title: string;
  storage: string;
  /** The new version number: the current one plus one. */
  version: number;
  message?: string;
}

export interface ConfluenceClient {
  /** The space with this key, or null when there is none (or the user cannot see it). */
  getSpaceByKey(key: string): Promise<ConfluenceSpace | null>;
  /**
   * The current spaces the user can see (`GET /wiki/api/v2/spaces`, 250 a page, up to the client's
   * page limit). v2 has no name search, so pickers filter this list.
   */
  listSpaces(): Promise<ConfluenceSpace[]>;
  /** Current and archived pages of a space with exactly this title (Confluence allows one). */
  findPagesByTitle(spaceId: string, title: string): Promise<ConfluencePage[]>;
  /** A page by id; throws a NOT_FOUND `ConfluenceError` when there is none. */
  getPage(id: string, opts?: { body?: boolean }): Promise<ConfluencePage>;
  createPage(input: CreatePageInput): Promise<ConfluencePage>;
  updatePage(input: UpdatePageInput): Promise<ConfluencePage>;
}

export interface ConfluenceClientOptions extends CallOptions {
  /** Site base for links when a response has no `_links.base`, e.g. `https://acme.atlassian.net/wiki`. */
  wikiBaseUrl?: string;
  /** Safety stop for pagination (default 20 pages). */
  maxPages?: number;
}

function absolute(base: string | undefined, webui: string | undefined): string | null {
  if (!webui) return null;
  if (/^https?:\/\//i.test(webui)) return webui;
  if (!base) return null;
  return `${base.replace(/\/+$/, '')}${webui.startsWith('/') ? '' : '/'}${webui}`;
}

function toPage(raw: RawPage, base: string | undefined): ConfluencePage {
  const page: ConfluencePage = {
    id: String(raw.id),
    title: raw.title,
    spaceId: String(raw.spaceId),
    status: raw.status,
    parentId: raw.parentId == null ? null : String(raw.parentId),
    version: raw.version?.number ?? 1,
    url: absolute(raw._links?.base ?? base, raw._links?.webui),
  };
  const storage = raw.body?.storage?.value;
  if (typeof storage === 'string') page.storage = storage;
  return page;
}

/** The `cursor` of a `_links.next` (or `Link: <…>; rel="next"`) URL, or undefined. */
export function nextCursor(next: string | undefined | null): string | undefined {
  if (!next) return undefined;
  const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(next);
  const url = m ? m[1]! : next;
  try {
    return new URL(url, 'http://x.invalid').searchParams.get('cursor') ?? undefined;
  } catch {
    return undefined;
  }
}

export function createConfluenceClient(transport: ConfluenceTransport, opts: ConfluenceClientOptions = {}): ConfluenceClient {
  const maxPages = opts.maxPages ?? 20;

  /**
   * Every Confluence call goes through this, written `requestConfluence(route`…`, { method: '…' })`
   * like @forge/api's own, so Atlassian's linter reads each endpoint's path and method here and
   * checks the manifest's scopes against them.
   */
  const requestConfluence = <T>(path: Route, init: EndpointCall<T>): Promise<CallResult<T>> =>
    callConfluence<T>(transport, requestOf(path, init), init.shape, opts);

  /** One cursor-pagination helper for every v2 list endpoint: `page(cursor)` asks for one page. */
  async function listAll<T>(page: (cursor: string | undefined) => Promise<CallResult<RawMulti<T>>>): Promise<{ results: T[]; base?: string }> {
    const results: T[] = [];
    let base: string | undefined;
    let cursor: string | undefined;
    for (let n = 0; n < maxPages; n++) {
      const { data, headers } = await page(cursor);
      results.push(...(data?.results ?? []));
      base = base ?? data?._links?.base;
      cursor = nextCursor(data?._links?.next) ?? nextCursor(headers.get('link'));
      if (!cursor) break;
    }
    return { results, base };
  }

  const toSpace = (raw: RawSpace, base: string | undefined): ConfluenceSpace => ({
    id: String(raw.id),
    key: raw.key,
    name: raw.name,
    homepageId: raw.homepageId == null ? null : String(raw.homepageId),
    url: absolute(base ?? opts.wikiBaseUrl, raw._links?.webui),
  });

  return {
    async getSpaceByKey(key) {
      const { results, base } = await listAll<RawSpace>((cursor) =>
        requestConfluence(route`/wiki/api/v2/spaces`, { query: { keys: [key], limit: 25, cursor }, shape: S.spaces }),
      );
      const raw = results.find((s) => s.key === key) ?? results.find((s) => s.key.toLowerCase() === key.toLowerCase());
      return raw ? toSpace(raw, base) : null;
    },

    async listSpaces() {
      const { results, base } = await listAll<RawSpace>((cursor) =>
        requestConfluence(route`/wiki/api/v2/spaces`, { query: { status: 'current', limit: 250, cursor }, shape: S.spaces }),
      );
      return results.map((raw) => toSpace(raw, base));
    },

    async findPagesByTitle(spaceId, title) {
      const { results, base } = await listAll<RawPage>((cursor) =>
        requestConfluence(route`/wiki/api/v2/pages`, {
          query: { 'space-id': [spaceId], title, status: ['current', 'archived'], limit: 25, cursor },
          shape: S.pages,
        }),
      );
      // The filter is Confluence's; keep only exact matches in case a site matches loosely.
      return results.filter((p) => p.title === title && String(p.spaceId) === spaceId).map((p) => toPage(p, base ?? opts.wikiBaseUrl));
    },

    async getPage(id, o = {}) {
      const { data } = await requestConfluence(route`/wiki/api/v2/pages/${seg(id)}`, {
        shape: S.singlePage,
        ...(o.body ? { query: { 'body-format': 'storage' } } : {}),
      });
      return toPage(data, opts.wikiBaseUrl);
    },

    async createPage(input) {
      const { data } = await requestConfluence(route`/wiki/api/v2/pages`, {
        method: 'POST',
        shape: S.singlePage,
        body: {
          spaceId: input.spaceId,
          status: 'current',
          title: input.title,
          ...(input.parentId ? { parentId: input.parentId } : {}),
          body: { representation: 'storage', value: input.storage },
        },
      });
      return toPage(data, opts.wikiBaseUrl);
    },

    async updatePage(input) {
      const { data } = await requestConfluence(route`/wiki/api/v2/pages/${seg(input.id)}`, {
        method: 'PUT',
        shape: S.singlePage,
        body: {
          id: input.id,
          status: 'current',
          title: input.title,
          body: { representation: 'storage', value: input.storage },
          version: { number: input.version, ...(input.message ? { message: input.message } : {}) },
        },
      });
      return toPage(data, opts.wikiBaseUrl);
    },
  };
}
