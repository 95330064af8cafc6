/**
 * Services on literal data through their ports (no Jira, no HTTP): what the roadmap reader asks
 * the tree reader for, and how readiness explains a version of another project.
 */
import type { Issue } from '../../src/domain/types';
import type { ReadTree, SearchIssues, TreeOptions } from '../../src/jira';
import { readRoadmap } from '../../src/services/roadmap-reader';
import { findVersion } from '../../src/services/readiness';
import { NotFoundError } from '../../src/errors';

function issue(key: string, over: Partial<Issue> = {}): Issue {
  return {
    id: key,
    key,
    summary: key,
    issueType: 'Story',
    hierarchyLevel: 0,
    statusName: 'To Do',
    statusCategory: 'todo',
    parentKey: null,
    priority: null,
    assigneeId: null,
    dueDate: null,
    created: '2026-10-01',
    resolutionDate: null,
    points: null,
    originalEstimateSeconds: null,
    fixVersionIds: [],
    ...over,
  };
}

describe('readRoadmap through its ports', () => {
  it('asks the tree reader for the children of items above level 0 only, and never returns an item twice', async () => {
    const items = [issue('PO-1', { hierarchyLevel: 1, issueType: 'Epic' }), issue('PO-2')];
    const searchIssues: SearchIssues = async () => ({ issues: items, versionNames: {}, parentSummaries: {}, complete: true });
    const asked: Array<{ roots: readonly string[]; opts: TreeOptions }> = [];
    const readTree: ReadTree = async (roots, opts) => {
      asked.push({ roots, opts });
      return { issues: [issue('PO-3', { parentKey: 'PO-1' })], unfinished: new Set(), levels: 1 };
    };
    const read = await readRoadmap({ searchIssues, readTree }, { jql: 'project = PO', weight: 'points' });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.roots).toEqual(['PO-1']);
    expect([...(asked[0]!.opts.known ?? [])]).toEqual(['PO-1', 'PO-2']);
    expect(asked[0]!.opts.fields).toContain('points');
    expect(read.items.map((i) => i.key)).toEqual(['PO-1', 'PO-2']);
    expect(read.descendants.map((i) => i.key)).toEqual(['PO-3']);
    expect(read.partial).toBeNull();
  });
});

describe('findVersion through its ports', () => {
  it('a version id of another project is a NOT_FOUND that says so', async () => {
    const jira = {
      getProject: async (key: string) => ({ id: '1', key, name: 'Platform' }),
      projectVersions: async () => [{ id: '10', name: 'PO 1.0', releaseDate: null, released: false, archived: false }],
      getVersion: async (id: string) => ({ id, name: 'Mobile 5.0', releaseDate: null, released: false, archived: false }),
    };
    const err = await findVersion({ jira }, { projectKey: 'PO', versionId: '77' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as Error).message).toBe('Version Mobile 5.0 (id 77) belongs to another project, not PO.');
  });
});
