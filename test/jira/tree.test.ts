/** The one tree reader: request counts, sub-task handling, chunking, cycles, the unknown-level rule, lanes. */
import { createJiraClient, inLanes, jiraPorts, readTree, type TreeReadOptions } from '../../src/jira';
import type { RawIssue } from '../../src/jira/types';
import { issueProgress } from '../../src/services/issue-progress';
import { roadmapReport } from '../../src/services/roadmap';
import { BadInputError } from '../../src/errors';
import { fakeTransport, reply } from '../fixtures/fake-transport';
import { aRawIssue } from '../fixtures/jira-builders';

/** A fake /search/jql that understands `parent in ("K", …)` and pages like Jira (token, ≤ maxResults). */
function siteWith(issues: RawIssue[]) {
  const fake = fakeTransport((req) => {
    if (req.path !== '/rest/api/3/search/jql') return reply(404, { errorMessages: ['unexpected'] });
    const body = req.body as {
      jql: string;
      maxResults: number;
      nextPageToken?: string;
      fields: string[];
    };
    const m = /^(parent|key) in \(([^)]*)\)/.exec(body.jql);
    if (!m) return reply(400, { errorMessages: [`cannot parse ${body.jql}`] });
    const wanted = new Set((m[2] ?? '').split(',').map((s) => s.trim().replace(/^"|"$/g, '')));
    const matched = issues.filter((i) => (m[1] === 'key' ? wanted.has(i.key) : i.fields?.parent?.key && wanted.has(i.fields.parent.key)));
    const offset = body.nextPageToken ? Number(body.nextPageToken) : 0;
    const end = offset + Math.min(body.maxResults, 100);
    return reply(200, {
      issues: matched.slice(offset, end),
      ...(end < matched.length ? { nextPageToken: String(end), isLast: false } : { isLast: true }),
    });
  });
  const client = createJiraClient({
    transport: fake.transport,
    sleep: () => Promise.resolve(),
  });
  const search = (jql: string, fields: readonly string[], token?: string) => client.searchPage(jql, fields, token);
  return {
    client,
    transport: fake.transport,
    read: async (roots: string[], fields: string[], opts: Omit<TreeReadOptions, 'fields'> = {}) => (await readTree(search, roots, { fields, ...opts })).issues,
    requests: fake.requests,
    jqls: () => fake.requests.map((r) => (r.body as { jql: string }).jql),
  };
}

/** PO-1 (initiative) → 3 epics → 150 stories each → 2 sub-tasks each. */
function bigTree(): RawIssue[] {
  const out: RawIssue[] = [aRawIssue({ key: 'PO-1', type: 'Initiative' })];
  let n = 2;
  for (let e = 0; e < 3; e++) {
    const epic = `PO-${n++}`;
    out.push(aRawIssue({ key: epic, type: 'Epic', parent: 'PO-1' }));
    for (let s = 0; s < 150; s++) {
      const story = `PO-${n++}`;
      out.push(aRawIssue({ key: story, type: 'Story', parent: epic }));
      for (let t = 0; t < 2; t++) out.push(aRawIssue({ key: `PO-${n++}`, type: 'Sub-task', parent: story }));
    }
  }
  return out;
}

describe('readTree', () => {
  it('reads 453 descendants in 1 + ceil(450/100) requests, not one per parent', async () => {
    const site = siteWith(bigTree());
    const got = await site.read(['PO-1'], ['summary']);
    expect(got).toHaveLength(3 + 450);
    expect(got.every((i) => i.fields?.issuetype?.hierarchyLevel !== -1)).toBe(true);
    expect(site.requests).toHaveLength(1 + 5);
    expect(site.jqls()[0]).toBe('parent in ("PO-1") ORDER BY rank ASC');
    expect(site.jqls()[1]).toBe('parent in ("PO-2", "PO-453", "PO-904") ORDER BY rank ASC');
    expect((site.requests[0]?.body as { fields: string[] }).fields).toEqual(['summary', 'parent', 'issuetype']);
  });

  it('with includeSubtasks, reads sub-tasks in ceil(900/100) more requests and stops there', async () => {
    const site = siteWith(bigTree());
    const got = await site.read(['PO-1'], ['summary'], {
      includeSubtasks: true,
    });
    expect(got).toHaveLength(3 + 450 + 900);
    expect(site.requests).toHaveLength(1 + 5 + 9);
  });

  it('returns parents before children and each issue once, even for overlapping roots', async () => {
    const site = siteWith(bigTree());
    const got = await site.read(['PO-1', 'po-2', 'PO-1'], ['summary']);
    const keys = got.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('PO-1');
    expect(keys).not.toContain('PO-2'); // a root, even though PO-1 is its parent
    expect(keys).toContain('PO-454');
    expect(keys.indexOf('PO-453')).toBeLessThan(keys.indexOf('PO-454'));
    expect(site.jqls()[0]).toBe('parent in ("PO-1", "PO-2") ORDER BY rank ASC');
  });

  it('chunks many parents into queries of at most chunkSize keys', async () => {
    const epics = Array.from({ length: 1200 }, (_, i) => `PO-${i + 1}`);
    const site = siteWith(epics.map((k, i) => aRawIssue({ key: `PO-${5000 + i}`, type: 'Story', parent: k })));
    const got = await site.read(epics, ['summary'], {
      keysPerQuery: 500,
    });
    expect(got).toHaveLength(1200);
    const keysPerQuery = [...new Set(site.jqls())].map((q) => (q.match(/"/g) ?? []).length / 2);
    expect(keysPerQuery).toEqual([500, 500, 200]);
    expect(site.requests).toHaveLength(5 + 5 + 2); // ceil(1200/100) + at most one partial page per chunk
  });

  it('survives a parent cycle in corrupted data', async () => {
    const a: RawIssue = {
      id: '1',
      key: 'X-1',
      fields: { parent: { key: 'X-2' }, issuetype: { name: 'Thing', hierarchyLevel: 1 } },
    };
    const b: RawIssue = {
      id: '2',
      key: 'X-2',
      fields: { parent: { key: 'X-1' }, issuetype: { name: 'Thing', hierarchyLevel: 1 } },
    };
    const site = siteWith([a, b]);
    const got = await site.read(['X-1'], []);
    expect(got.map((i) => i.key)).toEqual(['X-2']);
    expect(site.requests).toHaveLength(2);
  });

  it('an issue of unknown level (no hierarchyLevel, not a sub-task) is level 0: its children are not read', async () => {
    const site = siteWith(unknownLevelTree());
    const got = await site.read(['PO-1'], ['summary']);
    expect(got.map((i) => i.key)).toEqual(['PO-2', 'PO-3']);
    expect(site.requests).toHaveLength(1); // PO-1's children; like the story PO-2, PO-3 is never asked for children
  });

  it('makes no request for no roots, and refuses anything that is not a key', async () => {
    const site = siteWith([]);
    await expect(site.read([], ['summary'])).resolves.toEqual([]);
    expect(site.requests).toHaveLength(0);
    await expect(site.read(['PO-1") OR project = SECRET OR key in ("x'], [])).rejects.toBeInstanceOf(BadInputError);
  });
});

/** PO-1 (epic) → PO-2 (story) and PO-3 (a type Jira gives no level, as on Data Center) → PO-4 (story). */
function unknownLevelTree(): RawIssue[] {
  return [
    aRawIssue({ key: 'PO-1', type: 'Epic' }),
    aRawIssue({ key: 'PO-2', type: 'Story', parent: 'PO-1', status: 'done' }),
    { id: '3', key: 'PO-3', fields: { ...aRawIssue({ parent: 'PO-1' }).fields, summary: 'Unknown level', issuetype: { name: 'Thing' } } },
    aRawIssue({ key: 'PO-4', type: 'Story', parent: 'PO-3' }),
  ];
}

describe('the unknown-level rule is one rule', () => {
  it('the issue panel and the roadmap macro read the same tree and show the same numbers', async () => {
    const tree = unknownLevelTree();
    const site = siteWith(tree);
    const withIssueReads = fakeTransport((req) => {
      const m = /^\/rest\/api\/3\/issue\/(.+)$/.exec(req.path);
      if (m) return reply(200, tree.find((i) => i.key === m[1]) ?? {});
      if (req.path === '/rest/api/3/field') return reply(200, []);
      return site.transport(req);
    });
    const ports = jiraPorts(createJiraClient({ transport: withIssueReads.transport, sleep: () => Promise.resolve() }));
    const panel = await issueProgress({ jira: ports, siteUrl: '' }, { issueKey: 'PO-1', weight: 'count', asOf: '2026-11-20' });
    const { report } = await roadmapReport({ jira: ports }, { jql: 'key in ("PO-1")', weight: 'count', asOf: '2026-11-20' });
    const item = report.items[0]!;
    expect(panel.units).toBe(2); // PO-2 and PO-3 (level 0); PO-4 beneath PO-3 is never read
    expect(item.units).toBe(panel.units);
    expect(item.work).toEqual(panel.work);
    expect(item.percentDone).toBe(panel.percentDone);
  });
});

describe('inLanes', () => {
  it('runs at most `concurrency` tasks at once, keeps the order of results, and reports each lane', async () => {
    let running = 0;
    let most = 0;
    const { results, lanes } = await inLanes([5, 1, 4, 2, 3], 2, async (x) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, x));
      running--;
      return x * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
    expect(lanes).toHaveLength(2);
    expect(lanes.flat().sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('runs nothing for no tasks', async () => {
    await expect(inLanes([], 4, async () => 1)).resolves.toEqual({ results: [], lanes: [] });
  });
});
