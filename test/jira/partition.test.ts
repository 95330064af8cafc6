/** Reading a flat query by created ranges: every issue once, even where Jira's approximate count says a range is empty. */
import { createReadMeter } from '../../src/jira';
import { readByCreated, type PartitionIo } from '../../src/jira/partition';
import type { RawIssue } from '../../src/jira/types';

const DAY = 24 * 3600 * 1000;
const NOW = Date.parse('2026-11-20T12:00:00Z');

/** 1,000 issues created over 100 days; a search that understands the created clauses and pages by 100. */
function fakeJira(countFor: (jql: string, matching: number) => number) {
  const issues: RawIssue[] = Array.from({ length: 1000 }, (_, i) => ({
    id: String(10_000 + i),
    key: `PO-${i + 1}`,
    fields: { created: new Date(NOW - 100 * DAY + i * (DAY / 10)).toISOString().replace('Z', '+0000') },
  }));
  const when = (q: string, op: '>=' | '<'): number | null => {
    const m = new RegExp(`created ${op} "([^"]+)"`).exec(q);
    return m ? Date.parse(`${m[1]!.replace(' ', 'T')}:00Z`) : null;
  };
  const matching = (q: string) => {
    const from = when(q, '>=');
    const to = when(q, '<');
    return issues.filter((i) => {
      const c = Date.parse(String(i.fields!.created).replace('+0000', 'Z'));
      return (from === null || c >= from) && (to === null || c < to);
    });
  };
  const io: PartitionIo = {
    page: async (q, _fields, token, maxResults = 100) => {
      const all = matching(q);
      const at = token ? Number(token) : 0;
      const end = at + Math.min(maxResults, 100);
      return { issues: all.slice(at, end), ...(end < all.length ? { nextPageToken: String(end), isLast: false } : { isLast: true }) };
    },
    count: async (q) => countFor(q, matching(q).length),
  };
  return io;
}

describe('readByCreated', () => {
  it('reads every issue once', async () => {
    const got = await readByCreated(fakeJira((_q, n) => n), 'project = PO', ['created'], 6, createReadMeter(), NOW);
    expect(new Set(got.issues.map((i) => i.key)).size).toBe(1000);
    expect(got.complete).toBe(true);
  });

  it('reads a range the approximate count calls empty (issues changed a moment ago may not be counted yet)', async () => {
    // every range count says 0; only the whole query's count is right
    const io = fakeJira((q, n) => (q.includes('created >=') || q.includes('created <') ? 0 : n));
    const got = await readByCreated(io, 'project = PO', ['created'], 6, createReadMeter(), NOW);
    expect(new Set(got.issues.map((i) => i.key)).size).toBe(1000);
    expect(got.complete).toBe(true);
  });

  it('a budget that stops it keeps what the ranges read, and says it is incomplete', async () => {
    const all = await readByCreated(fakeJira((_q, n) => n), 'project = PO', ['created'], 6, createReadMeter(), NOW);
    // the first page, the count and 10 range counts, then 6 range pages before the budget says stop
    const cut = await readByCreated(fakeJira((_q, n) => n), 'project = PO', ['created'], 6, createReadMeter({ maxRequests: 18 }), NOW);
    const distinct = new Set(cut.issues.map((i) => i.key)).size;
    expect(cut.complete).toBe(false);
    expect(distinct).toBeGreaterThan(100); // more than the first page: the ranges' pages are kept
    expect(distinct).toBeLessThan(all.issues.length);
  });
});
