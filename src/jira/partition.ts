/**
 * Reading one big flat query in parallel without listing its keys first (a key listing reads
 * every issue twice, in points): the query is split into `created` ranges, counted (1 point
 * each), ranges with too many issues halved again, and the ranges read page by page, several at
 * once. The first and last ranges are open (`created < …`, `created >= …`), so the ranges cover
 * every issue whatever timezone Jira reads the boundaries in.
 */
import { inLanes } from './lanes';
import { Stopped, type ReadMeter } from './read-meter';
import type { RawIssue, RawSearchPage } from './types';

/** Counts go through the meter like pages (each is a request, and the budget may refuse it). */
export interface PartitionIo {
  page(jql: string, fields: readonly string[], token?: string, maxResults?: number): Promise<RawSearchPage>;
  count(jql: string): Promise<number>;
}

const MINUTE = 60_000;

/** A JQL datetime literal at minute precision. */
export function jqlMinute(ms: number): string {
  return `"${new Date(Math.floor(ms / MINUTE) * MINUTE).toISOString().slice(0, 16).replace('T', ' ')}"`;
}

/** Jira's `2026-11-20T10:15:00.000+0000` → epoch ms, or null. */
export function timestampMs(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? null : ms;
}

interface Range {
  from: number | null;
  to: number | null;
  count: number;
}

const clause = (r: Range): string =>
  [r.from !== null ? `created >= ${jqlMinute(r.from)}` : '', r.to !== null ? `created < ${jqlMinute(r.to)}` : ''].filter(Boolean).join(' AND ');

/**
 * Every issue of `jql` (no ORDER BY in it), read by created ranges `concurrency` at a time. `now`
 * bounds the ranges (issues created later fall in the open last range).
 */
export async function readByCreated(
  io: PartitionIo,
  jql: string,
  fields: readonly string[],
  concurrency: number,
  meter: ReadMeter,
  now: number,
  /** The query's count, when the caller has just counted it. */
  counted?: number,
): Promise<PartitionRead> {
  const withCreated = fields.includes('created') ? fields : [...fields, 'created'];
  const first = await meter.page(() => io.page(`${jql} ORDER BY created ASC`, withCreated, undefined, 100));
  meter.rounds += 1;
  const firstIssues = first.issues ?? [];
  if (first.isLast === true || !first.nextPageToken) return { issues: firstIssues, complete: true };
  try {
    const read = await readRest(io, jql, withCreated, concurrency, meter, now, firstIssues, counted);
    // The ranges read the first page again; when they stopped, it may hold issues they did not reach.
    return read.complete ? read : { issues: [...read.issues, ...firstIssues], complete: false };
  } catch (err) {
    if (!(err instanceof Stopped)) throw err;
    return { issues: firstIssues, complete: false }; // stopped while counting: the first page is what there is
  }
}

/** What a read by created ranges got; `complete` false when the budget stopped it (what was read is kept). */
export interface PartitionRead {
  issues: RawIssue[];
  complete: boolean;
}

async function readRest(
  io: PartitionIo,
  jql: string,
  withCreated: readonly string[],
  concurrency: number,
  meter: ReadMeter,
  now: number,
  firstIssues: RawIssue[],
  counted: number | undefined,
): Promise<PartitionRead> {
  const start = timestampMs(firstIssues[0]?.fields?.created);
  let total = counted;
  if (total === undefined) {
    total = await meter.page(() => io.count(jql));
    meter.rounds += 1;
  }
  if (start === null || now - start < 2 * MINUTE) return readRanges(io, jql, withCreated, [{ from: null, to: null, count: total }], concurrency, meter);

  // Ranges of a page or more: two per lane for a big query, fewer for a small one.
  const n = Math.max(1, Math.min(2 * concurrency, Math.ceil(total / 100)));
  const target = Math.max(100, Math.ceil(total / n));
  const step = Math.max(MINUTE, Math.ceil((now - start) / n / MINUTE) * MINUTE);
  const bounds: number[] = [];
  for (let t = start + step; t < now && bounds.length < n - 1; t += step) bounds.push(t);
  let ranges: Range[] = [null, ...bounds].map((from, i) => ({ from, to: bounds[i] ?? null, count: -1 }));
  // Count, then halve what is too big (a few rounds at most; minute precision stops it).
  for (let round = 0; round < 4; round++) {
    const unknown = ranges.filter((r) => r.count < 0);
    if (unknown.length === 0) break;
    await Promise.all(unknown.map(async (r) => (r.count = await meter.page(() => io.count(`${jql} AND ${clause(r)}`)))));
    meter.rounds += 1;
    let room = 3 * n - ranges.length; // at most 3n ranges: the request bound stays ⌈V/100⌉ + 3n pages
    ranges = ranges.flatMap((r) => {
      if (r.count <= target || r.from === null || r.to === null || r.to - r.from < 2 * MINUTE || round === 3 || room <= 0) return [r];
      room -= 1;
      const mid = r.from + Math.floor((r.to - r.from) / 2 / MINUTE) * MINUTE;
      return [{ from: r.from, to: mid, count: -1 }, { from: mid, to: r.to, count: -1 }];
    });
  }
  // A range counted 0 is read all the same (one request): the count is approximate, and issues
  // changed a moment ago may not be in it yet.
  return readRanges(io, jql, withCreated, ranges, concurrency, meter);
}

async function readRanges(io: PartitionIo, jql: string, fields: readonly string[], ranges: Range[], concurrency: number, meter: ReadMeter): Promise<PartitionRead> {
  // Biggest first, so no lane ends with a long range on its own.
  const ordered = [...ranges].sort((a, b) => b.count - a.count);
  const { results, lanes } = await inLanes(ordered, concurrency, async (r) => {
    const q = clause(r) ? `${jql} AND ${clause(r)}` : jql;
    const out: RawIssue[] = [];
    let token: string | undefined;
    let pages = 0;
    try {
      for (;;) {
        const p = await meter.page(() => io.page(q, fields, token));
        pages += 1;
        out.push(...(p.issues ?? []));
        if (p.isLast === true || !p.nextPageToken) return { out, pages, stopped: false };
        token = p.nextPageToken;
      }
    } catch (err) {
      if (!(err instanceof Stopped)) throw err;
      return { out, pages, stopped: true }; // the budget stopped this range: keep what it read
    }
  });
  meter.rounds += Math.max(0, ...lanes.map((lane) => lane.reduce((n, i) => n + results[i]!.pages, 0)));
  return { issues: results.flatMap((r) => r.out), complete: results.every((r) => !r.stopped) };
}
