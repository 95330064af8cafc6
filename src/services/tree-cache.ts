/**
 * The per-viewer read cache: what one viewer last read for one query (items and the tree beneath
 * them, as domain issues), kept under a key made of their account id and the query, so it is
 * never served to anyone else (SPEC §1: read as the viewer). The header (small) says when it was
 * read and how many chunks hold the issues; the issues are written in chunks of ≤ 240 KiB
 * (src/store/chunked.ts) only when they changed. Every key expires (Forge KVS `ttl`), and an entry
 * whose viewer or query does not match exactly (a hash collision) is never used.
 */
import type { Issue, IssueKey } from '../domain/types';
import { deleteChunks, readChunks, writeChunks } from '../store/chunked';
import { storageKey, type KeyValueStore } from '../store/kv-store';

/** Where a viewer's cache lives: the store, whose it is, and a clock (epoch ms). */
export interface ViewerCache {
  store: KeyValueStore;
  /** The viewer's account id (Forge context), or the CLI's site + account. '' = no caching. */
  viewer: string;
  clock?: () => number;
}

export interface CachedRead {
  /** Epoch ms when the read that produced this state started. */
  readAt: number;
  /** Epoch ms of the last full read (everything re-read, nothing trusted). */
  fullAt: number;
  items: Issue[];
  descendants: Issue[];
  versionNames: Record<string, string>;
  parentSummaries: Record<IssueKey, string>;
}

interface Header {
  /** 2: each issue keeps its status id (SPEC §7 reads status history by id). */
  v: 2;
  viewer: string;
  query: string;
  readAt: number;
  fullAt: number;
  gen: string;
  chunks: number;
  versionNames: Record<string, string>;
  parentSummaries: Record<IssueKey, string>;
}

/** Added to the time since the last read: Jira's index and our clock may lag each other. */
export const SKEW_MARGIN_MINUTES = 5;
/** A full re-read after this long (the README's cost model: once a day per viewer and query). */
export const FULL_REVALIDATION_MS = 24 * 3600 * 1000;

/** True when there is nothing to build on: no entry, one due for revalidation, or one from the future (a clock jump). */
export function needsFullRead(prev: CachedRead | undefined, now: number): boolean {
  return !prev || now - prev.fullAt > FULL_REVALIDATION_MS || now < prev.readAt;
}

/**
 * The JQL restriction for "changed since the last read": relative to Jira's own clock
 * (`-Nm`), so only our elapsed time matters, plus the skew margin.
 */
export function changedSince(prev: CachedRead, now: number): string {
  return `updated >= -${Math.ceil((now - prev.readAt) / 60_000) + SKEW_MARGIN_MINUTES}m`;
}

/** Same issue, same fields, whatever order the fields come in (a stored issue's may differ from a fresh one's). */
export function sameIssue(a: Issue | undefined, b: Issue): boolean {
  if (a === undefined) return false;
  const keys = Object.keys(b) as (keyof Issue)[];
  if (Object.keys(a).length !== keys.length) return false;
  return keys.every((k) => k in a && JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** Stored entries are forgotten this long after they were last written. */
export const CACHE_TTL_SECONDS = 2 * 24 * 3600;

/** FNV-1a over the text twice (two offsets): 16 hex digits, for keys only (the header holds the real text). */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

const headerKey = (viewer: string, query: string): string => storageKey('readcache', textHash(viewer), textHash(query));
const chunkBase = (viewer: string, query: string, gen: string): string[] => ['readcache', textHash(viewer), textHash(query), gen];

/** An issue as a tuple (a third of the JSON size of the object). */
type IssueTuple = [
  string, string, string, string, number, string, Issue['statusCategory'], string | null, string | null, string | null,
  string | null, string | null, string | null, string | null, number | null, number | null, string[], string | null,
];

function pack(i: Issue): IssueTuple {
  return [
    i.id, i.key, i.summary, i.issueType, i.hierarchyLevel, i.statusName, i.statusCategory, i.parentKey, i.priority, i.assigneeId,
    i.assigneeName ?? null, i.dueDate, i.created, i.resolutionDate, i.points, i.originalEstimateSeconds, i.fixVersionIds,
    i.statusId ?? null,
  ];
}

function unpack(t: IssueTuple): Issue {
  const [id, key, summary, issueType, hierarchyLevel, statusName, statusCategory, parentKey, priority, assigneeId, assigneeName, dueDate, created, resolutionDate, points, originalEstimateSeconds, fixVersionIds, statusId] = t;
  return { id, key, summary, issueType, hierarchyLevel, statusName, statusCategory, parentKey, priority, assigneeId, assigneeName, dueDate, created, resolutionDate, points, originalEstimateSeconds, fixVersionIds, statusId };
}

/** The viewer's entry for this query, or undefined (none, expired, incomplete, or not theirs). */
export async function loadCached(cache: ViewerCache, query: string): Promise<(CachedRead & { gen: string; chunks: number }) | undefined> {
  if (cache.viewer === '') return undefined;
  const header = await cache.store.get<Header>(headerKey(cache.viewer, query));
  if (!header || header.v !== 2 || header.viewer !== cache.viewer || header.query !== query) return undefined;
  const text = await readChunks(cache.store, chunkBase(cache.viewer, query, header.gen), header.chunks);
  if (text === undefined) return undefined;
  let body: { items: IssueTuple[]; descendants: IssueTuple[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return undefined;
  }
  return {
    readAt: header.readAt,
    fullAt: header.fullAt,
    items: body.items.map(unpack),
    descendants: body.descendants.map(unpack),
    versionNames: header.versionNames,
    parentSummaries: header.parentSummaries,
    gen: header.gen,
    chunks: header.chunks,
  };
}

/**
 * Stores the viewer's state for the query. The issues are rewritten only when `changed` (new
 * generation of chunks, then the header, then the old chunks go); otherwise only the header moves
 * `readAt` on.
 */
export async function saveCached(cache: ViewerCache, query: string, read: CachedRead, previous: { gen: string; chunks: number } | undefined, changed: boolean): Promise<void> {
  if (cache.viewer === '') return;
  const ttl = { ttlSeconds: CACHE_TTL_SECONDS };
  let gen = previous?.gen ?? '';
  let chunks = previous?.chunks ?? 0;
  if (changed || !previous) {
    gen = `g${read.readAt.toString(36)}`;
    const body = JSON.stringify({ items: read.items.map(pack), descendants: read.descendants.map(pack) });
    chunks = await writeChunks(cache.store, chunkBase(cache.viewer, query, gen), body, ttl);
  }
  const header: Header = {
    v: 2,
    viewer: cache.viewer,
    query,
    readAt: read.readAt,
    fullAt: read.fullAt,
    gen,
    chunks,
    versionNames: read.versionNames,
    parentSummaries: read.parentSummaries,
  };
  await cache.store.set(headerKey(cache.viewer, query), header, ttl);
  if (previous && previous.gen !== gen) await deleteChunks(cache.store, chunkBase(cache.viewer, query, previous.gen), previous.chunks);
}
