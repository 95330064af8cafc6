/**
 * Incremental reads of a flat query per viewer (a version's issues for readiness): the viewer's
 * last result is kept (tree-cache.ts); a repeat read asks for the issues `updated` since (minus
 * the skew margin) and for an approximate count. When the count differs from the kept set after
 * the changes (an issue left the version, was deleted or hidden; or one became visible), the
 * query's keys are listed once (ids only) and the set reconciled. A full read once a day.
 */
import type { Issue } from '../domain/types';
import type { IssueField, JiraPorts } from '../jira';
import { changedSince, loadCached, needsFullRead, sameIssue, saveCached, type ViewerCache } from './tree-cache';

export type CachedSearchPorts = Pick<JiraPorts, 'searchIssues' | 'countIssues' | 'listAllKeys' | 'issuesByKeys'>;

/** `jql` must have no ORDER BY (the result's order is not Jira's). */
export async function searchCached(
  jira: CachedSearchPorts,
  jql: string,
  fields: readonly IssueField[],
  concurrency: number,
  cache?: ViewerCache,
  fresh = false,
): Promise<{ issues: Issue[]; source: 'full' | 'incremental' }> {
  const clock = cache?.clock ?? Date.now;
  const started = clock();
  const query = `search:${fields.join(',')}:${jql}`;
  const prev = cache && !fresh ? await loadCached(cache, query) : undefined;
  const keep = async (issues: Issue[], fullAt: number, changed: boolean): Promise<void> => {
    if (cache) await saveCached(cache, query, { readAt: started, fullAt, items: issues, descendants: [], versionNames: {}, parentSummaries: {} }, prev, changed);
  };
  if (!prev || needsFullRead(prev, started)) {
    const { issues } = await jira.searchIssues(jql, { fields, concurrency, now: started });
    await keep(issues, started, true);
    return { issues, source: 'full' };
  }
  const since = changedSince(prev, started);
  const [count, delta] = await Promise.all([jira.countIssues(jql), jira.searchIssues(`${jql} AND ${since}`, { fields, concurrency, now: started })]);
  const byKey = new Map(prev.items.map((i) => [i.key, i]));
  let changed = false;
  for (const i of delta.issues) {
    if (sameIssue(byKey.get(i.key), i)) continue; // brought back by the skew margin, unchanged
    byKey.set(i.key, i);
    changed = true;
  }
  if (count !== byKey.size) {
    const keys = new Set(await jira.listAllKeys(jql));
    for (const k of [...byKey.keys()]) if (!keys.has(k)) byKey.delete(k);
    for (const i of await jira.issuesByKeys([...keys].filter((k) => !byKey.has(k)), fields)) byKey.set(i.key, i);
    changed = true;
  }
  const issues = [...byKey.values()];
  await keep(issues, prev.fullAt, changed);
  return { issues, source: 'incremental' };
}
