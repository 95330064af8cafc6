/** Level-by-level descendant reads: request counts, sub-task handling, chunking, cycles. */
import { createJiraClient, fetchDescendants } from '../../src/jira';
import type { RawIssue } from '../../src/jira/types';
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
    const m = /^parent in \(([^)]*)\)/.exec(body.jql);
    if (!m) return reply(400, { errorMessages: [`cannot parse ${body.jql}`] });
    const parents = new Set((m[1] ?? '').split(',').map((s) => s.trim().replace(/^"|"$/g, '')));
    const matched = issues.filter((i) => i.fields?.parent?.key && parents.has(i.fields.parent.key));
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
  return {
    client,
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

describe('fetchDescendants', () => {
  it('reads 453 descendants in 1 + ceil(450/100) requests, not one per parent', async () => {
    const site = siteWith(bigTree());
    const got = await fetchDescendants(site.client, ['PO-1'], ['summary']);
    expect(got).toHaveLength(3 + 450);
    expect(got.every((i) => i.fields?.issuetype?.hierarchyLevel !== -1)).toBe(true);
    expect(site.requests).toHaveLength(1 + 5);
    expect(site.jqls()[0]).toBe('parent in ("PO-1") ORDER BY rank ASC');
    expect(site.jqls()[1]).toBe('parent in ("PO-2", "PO-453", "PO-904") ORDER BY rank ASC');
    expect((site.requests[0]?.body as { fields: string[] }).fields).toEqual(['summary', 'parent', 'issuetype']);
  });

  it('with includeSubtasks, reads sub-tasks in ceil(900/100) more requests and stops there', async () => {
    const site = siteWith(bigTree());
    const got = await fetchDescendants(site.client, ['PO-1'], ['summary'], {
      includeSubtasks: true,
    });
    expect(got).toHaveLength(3 + 450 + 900);
    expect(site.requests).toHaveLength(1 + 5 + 9);
  });

  it('returns parents before children and each issue once, even for overlapping roots', async () => {
    const site = siteWith(bigTree());
    const got = await fetchDescendants(site.client, ['PO-1', 'po-2', 'PO-1'], ['summary']);
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
    const got = await fetchDescendants(site.client, epics, ['summary'], {
      chunkSize: 500,
    });
    expect(got).toHaveLength(1200);
    const keysPerQuery = [...new Set(site.jqls())].map((q) => (q.match(/"/g) ?? []).length / 2);
    expect(keysPerQuery).toEqual([500, 500, 200]);
    expect(site.requests).toHaveLength(5 + 5 + 2); // ceil(1200/100) + at most one partial page per chunk
  });

  it('survives a parent cycle in corrupted data (levels unknown, as on Data Center)', async () => {
    const a: RawIssue = {
      id: '1',
      key: 'X-1',
      fields: { parent: { key: 'X-2' }, issuetype: { name: 'Thing' } },
    };
    const b: RawIssue = {
      id: '2',
      key: 'X-2',
      fields: { parent: { key: 'X-1' }, issuetype: { name: 'Thing' } },
    };
    const site = siteWith([a, b]);
    const got = await fetchDescendants(site.client, ['X-1'], []);
    expect(got.map((i) => i.key)).toEqual(['X-2']);
    expect(site.requests).toHaveLength(2);
  });

  it('makes no request for no roots, and refuses anything that is not a key', async () => {
    const site = siteWith([]);
    await expect(fetchDescendants(site.client, [], ['summary'])).resolves.toEqual([]);
    expect(site.requests).toHaveLength(0);
    await expect(fetchDescendants(site.client, ['PO-1") OR project = SECRET OR key in ("x'], [])).rejects.toBeInstanceOf(BadInputError);
  });
});
