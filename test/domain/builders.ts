/**
 * Fixture builders with overrides: literal data, no mocks.
 */
import type { Issue, StatusCategory, VersionInfo } from '../../src/domain/types';
import type { Framework } from '../../src/domain/framework';

export interface IssueOverrides extends Partial<Issue> {
  /** Status category shortcut. */
  status?: StatusCategory;
  /** Hierarchy level shortcut (−1 sub-task, 0 standard, 1 epic, 2 initiative). */
  level?: number;
  /** Parent key shortcut. */
  parent?: string | null;
  /** `timeoriginalestimate` shortcut, in seconds. */
  seconds?: number | null;
  type?: string;
  due?: string | null;
  resolved?: string | null;
  assignee?: string | null;
  fixVersions?: string[];
}

const TYPE_BY_LEVEL: Record<number, string> = { [-1]: 'Sub-task', 0: 'Story', 1: 'Epic', 2: 'Initiative' };
const NAME_BY_STATUS: Record<StatusCategory, string> = { todo: 'To Do', inprogress: 'In Progress', done: 'Done' };

let nextId = 10000;

export function anIssue(o: IssueOverrides = {}): Issue {
  const { status, level, parent, seconds, type, due, resolved, assignee, fixVersions, ...rest } = o;
  const hierarchyLevel = level ?? rest.hierarchyLevel ?? 0;
  const statusCategory = status ?? rest.statusCategory ?? 'todo';
  return {
    id: String(nextId++),
    key: 'PO-1',
    summary: `Summary of ${rest.key ?? 'PO-1'}`,
    issueType: type ?? TYPE_BY_LEVEL[hierarchyLevel] ?? 'Initiative',
    statusName: NAME_BY_STATUS[statusCategory],
    parentKey: parent !== undefined ? parent : null,
    priority: 'Medium',
    assigneeId: assignee !== undefined ? assignee : 'acc-1',
    dueDate: due !== undefined ? due : null,
    created: '2026-01-01',
    resolutionDate: resolved !== undefined ? resolved : null,
    points: null,
    originalEstimateSeconds: seconds !== undefined ? seconds : null,
    fixVersionIds: fixVersions ?? [],
    ...rest,
    hierarchyLevel,
    statusCategory,
  };
}

export function aVersion(o: Partial<VersionInfo> = {}): VersionInfo {
  return { id: '10100', name: '1.0', projectKey: 'PO', releaseDate: '2026-12-01', released: false, archived: false, ...o };
}

/** A tiny two-ladder framework: IC1 (1) → IC2 (2); M5 (5). */
export function aFramework(): Framework {
  return {
    id: 'tiny',
    name: 'Tiny Framework',
    jobFamily: 'Testing',
    introduction: [],
    principles: [],
    definitions: [],
    notes: [],
    ladders: [
      { id: 'ic', name: 'Individual Contributors', role: 'IC', levels: ['IC1', 'IC2'] },
      { id: 'm', name: 'Managers', role: 'Manager', levels: ['M5'] },
    ],
    levels: [
      {
        id: 'IC1',
        rank: 1,
        ladder: 'ic',
        scope: 'Own tasks',
        reporting: 'Reports to a lead',
        categories: [
          { name: 'Product Skills', skills: [{ name: 'Tools & Initiatives', behaviours: ['Uses tools', 'Learns tools'] }] },
          { name: 'People Skills', skills: [{ name: 'Collaboration', behaviours: ['Works with others'] }] },
        ],
      },
      {
        id: 'IC2',
        rank: 2,
        ladder: 'ic',
        scope: 'Own projects',
        reporting: 'Reports to a lead',
        categories: [
          {
            name: 'Product Skills',
            skills: [
              { name: 'Tools & Initiatives', behaviours: ['Uses tools', 'Improves tools', 'Teaches tools'] },
              { name: 'Strategic Insights', behaviours: ['Reads the market'] },
            ],
          },
          { name: 'Process Skills', skills: [{ name: 'Documentation', behaviours: ['Writes docs', 'Reviews docs'] }] },
          { name: 'People Skills', skills: [{ name: 'Collaboration', behaviours: ['Works with others', 'Leads meetings'] }] },
        ],
      },
      {
        id: 'M5',
        rank: 5,
        ladder: 'm',
        scope: 'A team',
        reporting: 'Has reports',
        categories: [
          { name: 'People Skills', skills: [{ name: 'Leadership', behaviours: ['Coaches', 'Hires'] }] },
        ],
      },
    ],
  };
}
