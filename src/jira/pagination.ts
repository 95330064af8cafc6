/**
 * One pagination helper per Jira style. Both are async generators, so a caller
 * can stop early and only the pages it reads are fetched.
 */

export interface TokenPage<T> {
  items: T[];
  nextPageToken?: string | null;
  isLast?: boolean;
}

/**
 * Token paging (`/rest/api/3/search/jql`): the first page has no token; the next page's token
 * comes with each page and is absent on the last one. Stops on `isLast`, on a missing token, or
 * on a token seen before (a server bug must not loop us forever).
 */
export async function* paginateByToken<T>(fetchPage: (nextPageToken: string | undefined) => Promise<TokenPage<T>>): AsyncGenerator<T> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (;;) {
    const page = await fetchPage(token);
    yield* page.items;
    const next = page.nextPageToken ?? undefined;
    if (page.isLast === true || next === undefined || seen.has(next)) return;
    seen.add(next);
    token = next;
  }
}

export interface OffsetPage<T> {
  values: T[];
  isLast?: boolean;
  total?: number;
}

/**
 * `startAt` paging (PageBean: `/rest/api/3/project/{k}/version` and friends). The next offset is
 * this offset plus what actually came back (Jira may return fewer than asked). Stops on `isLast`,
 * on an empty page, or when `total` is reached.
 */
export async function* paginateByStartAt<T>(fetchPage: (startAt: number) => Promise<OffsetPage<T>>): AsyncGenerator<T> {
  let startAt = 0;
  for (;;) {
    const page = await fetchPage(startAt);
    yield* page.values;
    startAt += page.values.length;
    if (page.isLast === true || page.values.length === 0) return;
    if (page.isLast === undefined && page.total !== undefined && startAt >= page.total) return;
  }
}

/** Collects an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
