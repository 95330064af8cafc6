/**
 * SPEC §1 hierarchy: descendants are read through the unified `parent` field level by level,
 * with one batched `parent in (…)` search per level (and per chunk of parents), never one request
 * per issue or per parent. Requests per level ≤ ceil(issues on the level / 100) + chunks.
 */
import { BadInputError } from '../errors';
import type { JiraClient } from './client';
import type { RawIssue } from './types';
import { quote } from '../domain/input';

export interface FetchDescendantsOptions {
  /** Read sub-tasks (children of level-0 issues) too. Default false: they are never work units (SPEC §2). */
  includeSubtasks?: boolean;
  /** Parents per `parent in (…)` query (default 500): JQL goes in a POST body, so length is no URL issue. */
  chunkSize?: number;
  /** JQL ORDER BY clause (default `rank ASC`, so children come in board order); null for none. */
  orderBy?: string | null;
  /** Levels to descend at most (default 10), a guard against cycles in corrupted data. */
  maxDepth?: number;
}

/** Keys (`PO-12`) or numeric ids only: anything else could change the meaning of the JQL. */
const KEY_OR_ID = /^(?:[A-Za-z][A-Za-z0-9_]*-\d+|\d+)$/;

/** The issue's hierarchy level: Cloud's `hierarchyLevel`, else −1/0 from `subtask`; null when unknown. */
function levelOf(issue: RawIssue): number | null {
  const type = issue.fields?.issuetype;
  if (typeof type?.hierarchyLevel === 'number') return type.hierarchyLevel;
  if (type?.subtask === true) return -1;
  return null;
}

/**
 * Every descendant of `rootKeys`, each once, parents before children, never the roots themselves
 * (a root that is also another root's descendant is left out: callers have it already and can
 * link it through `fields.parent`). `fields` is what to read for each issue; `parent` and
 * `issuetype` are always added because the walk needs them.
 */
export async function fetchDescendants(
  client: JiraClient,
  rootKeys: readonly string[],
  fields: readonly string[],
  opts: FetchDescendantsOptions = {},
): Promise<RawIssue[]> {
  const includeSubtasks = opts.includeSubtasks ?? false;
  const chunkSize = Math.max(1, opts.chunkSize ?? 500);
  const orderBy = opts.orderBy === undefined ? 'rank ASC' : opts.orderBy;
  const maxDepth = opts.maxDepth ?? 10;
  const wanted = [...new Set([...fields, 'parent', 'issuetype'])];

  for (const key of rootKeys) {
    if (!KEY_OR_ID.test(key)) throw new BadInputError(`${quote(key)} is not a Jira issue key.`);
  }
  // Keys match case-insensitively in Jira and come back upper-case.
  const seen = new Set(rootKeys.map((k) => k.toUpperCase()));
  let frontier = [...seen];
  const out: RawIssue[] = [];

  for (let depth = 0; frontier.length > 0 && depth < maxDepth; depth++) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += chunkSize) {
      const chunk = frontier.slice(i, i + chunkSize);
      const jql = `parent in (${chunk.map((k) => `"${k}"`).join(', ')})${orderBy ? ` ORDER BY ${orderBy}` : ''}`;
      for await (const issue of client.searchIssues(jql, wanted)) {
        const key = issue.key.toUpperCase();
        if (seen.has(key)) continue; // a cycle, or an issue reached twice
        seen.add(key);
        const level = levelOf(issue);
        if (level === -1 && !includeSubtasks) continue;
        out.push(issue);
        // Sub-tasks have no children; level-0 issues only have sub-tasks.
        if (level !== -1 && (level !== 0 || includeSubtasks)) next.push(key);
      }
    }
    frontier = next;
  }
  return out;
}
