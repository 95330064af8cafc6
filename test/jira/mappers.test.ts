/**
 * Mappers against responses nobody here wrote: Atlassian's own spec examples and real
 * issues.apache.org captures (test/fixtures/jira-captured), plus builder-made issues.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createJiraClient,
  ISSUE_FIELDS,
  issueFieldsWith,
  toCalendarDate,
  toIssue,
  toStatusCategory,
  toUtcDate,
  toVersionInfo,
} from '../../src/jira';
import type {
  RawIssue,
  RawProject,
  RawSearchPage,
  RawStatusCategory,
  RawVersion,
  RawVersionIssueCounts,
} from '../../src/jira/types';
import { fakeTransport, reply } from '../fixtures/fake-transport';
import { aRawIssue, POINTS_FIELD } from '../fixtures/jira-builders';

const CAPTURED = join(__dirname, '..', 'fixtures', 'jira-captured');
const load = <T>(rel: string): T => JSON.parse(readFileSync(join(CAPTURED, rel), 'utf8')) as T;

describe('status category (SPEC §1)', () => {
  it('maps new/indeterminate/done, and anything else to todo', () => {
    expect(toStatusCategory('new')).toBe('todo');
    expect(toStatusCategory('indeterminate')).toBe('inprogress');
    expect(toStatusCategory('done')).toBe('done');
    expect(toStatusCategory('undefined')).toBe('todo');
    expect(toStatusCategory(undefined)).toBe('todo');
    expect(toStatusCategory('Done')).toBe('todo'); // keys are exact; names never decide
  });

  it("covers every category of a real Jira's /statuscategory", () => {
    const categories = load<RawStatusCategory[]>('real-data/go-jira-apache/all_statuscategories.json');
    const byName = Object.fromEntries(categories.map((c) => [c.name, toStatusCategory(c.key)]));
    expect(byName).toEqual({
      'No Category': 'todo',
      'To Do': 'todo',
      'In Progress': 'inprogress',
      Done: 'done',
    });
  });
});

describe('dates (SPEC §1)', () => {
  it.each([
    ['2026-11-20T23:30:00.000-0500', '2026-11-21'],
    ['2026-11-21T01:30:00.000+0200', '2026-11-20'],
    ['2026-11-20T20:00:00.000+05:30', '2026-11-20'],
    ['2026-12-31T19:00:00.000-0500', '2027-01-01'],
    ['2023-06-24T19:24:50.000+0000', '2023-06-24'],
    ['2026-03-01T00:00:00Z', '2026-03-01'],
    ['2026-03-01T23:59', '2026-03-01'],
    ['2026-03-01', '2026-03-01'],
  ])('timestamp %s counts as %s (UTC)', (input, expected) => {
    expect(toUtcDate(input)).toBe(expected);
  });

  it.each([null, undefined, '', 'yesterday', '2026-02-30T10:00:00.000+0000', '2026-13-01', 42.5e99])('%p is no date', (input) => {
    expect(toUtcDate(input)).toBeNull();
  });

  it('takes calendar dates as Jira gives them, and nothing else', () => {
    expect(toCalendarDate('2026-11-20')).toBe('2026-11-20');
    expect(toCalendarDate('2026-02-29')).toBeNull();
    expect(toCalendarDate('2026-11-20T10:00:00.000+0000')).toBeNull();
    expect(toCalendarDate(null)).toBeNull();
  });
});

describe('toIssue', () => {
  it('maps a builder issue field by field', () => {
    const raw = aRawIssue({
      id: '10042',
      key: 'PO-42',
      summary: 'Ship it',
      type: 'Story',
      status: 'inprogress',
      parent: 'PO-1',
      points: 3,
      estimateSeconds: 7200,
      priority: 'High',
      assignee: 'acc-1',
      due: '2026-12-01',
      created: '2026-11-20T23:30:00.000-0500',
      resolved: null,
      fixVersions: ['10100', '10101'],
    });
    expect(toIssue(raw, POINTS_FIELD)).toEqual({
      id: '10042',
      key: 'PO-42',
      summary: 'Ship it',
      issueType: 'Story',
      hierarchyLevel: 0,
      statusName: 'In Progress',
      statusId: '1',
      statusCategory: 'inprogress',
      parentKey: 'PO-1',
      priority: 'High',
      assigneeId: 'acc-1',
      assigneeName: 'User acc-1',
      dueDate: '2026-12-01',
      created: '2026-11-21',
      resolutionDate: null,
      points: 3,
      originalEstimateSeconds: 7200,
      fixVersionIds: ['10100', '10101'],
    });
  });

  it('keeps 0 points as an estimate, and reads no points without a field', () => {
    expect(toIssue(aRawIssue({ points: 0 }), POINTS_FIELD).points).toBe(0);
    expect(toIssue(aRawIssue({ points: 5 }), null).points).toBeNull();
    expect(toIssue(aRawIssue({ type: 'Sub-task' }), null).hierarchyLevel).toBe(-1);
    expect(
      toIssue(
        aRawIssue({
          type: 'Epic',
          status: 'done',
          resolved: '2026-11-20T23:30:00.000-0500',
        }),
        null,
      ),
    ).toMatchObject({
      hierarchyLevel: 1,
      statusCategory: 'done',
      resolutionDate: '2026-11-21',
    });
  });

  it("reads Atlassian's /search/jql example, where nearly every field we ask for is missing", () => {
    const page = load<RawSearchPage>('spec-examples/search_jql_get_200.json');
    const [issue] = (page.issues ?? []).map((i) => toIssue(i, POINTS_FIELD));
    expect(issue).toEqual({
      id: '10002',
      key: 'ED-1',
      summary: '',
      issueType: '',
      hierarchyLevel: 0,
      statusName: '',
      statusCategory: 'todo',
      parentKey: null,
      priority: null,
      assigneeId: null,
      assigneeName: null,
      dueDate: null,
      created: null,
      resolutionDate: null,
      points: null,
      originalEstimateSeconds: 600, // from timetracking, since timeoriginalestimate was not returned
      fixVersionIds: [],
    });
  });

  it("reads Atlassian's bulkfetch example (summary, assignee)", () => {
    const page = load<{ issues: RawIssue[] }>('spec-examples/bulkfetch_200.json');
    const issues = page.issues.map((i) => toIssue(i, null));
    expect(issues.map((i) => i.key)).toEqual(['EX-1', 'EX-2', 'EX-4']);
    expect(issues.every((i) => i.assigneeId === '5b10a2844c20165700ede21g')).toBe(true);
    expect(issues[0]?.summary).toBe('My first example issue');
  });

  it('reads real Data Center issues (status without category → todo, no hierarchyLevel → 0)', () => {
    const page = load<{ issues: RawIssue[] }>('real-data/apache-sling-committer-cli/search__committer-cli-1.0.0.json');
    const issues = page.issues.map((i) => toIssue(i, null));
    expect(issues).toHaveLength(9);
    expect(issues[0]).toMatchObject({
      key: 'SLING-8707',
      statusName: 'Resolved',
      statusCategory: 'todo',
      hierarchyLevel: 0,
      parentKey: null,
    });
    expect(issues.every((i) => i.summary.length > 0)).toBe(true);
  });

  it('ISSUE_FIELDS is exactly what the calculations read', () => {
    expect(ISSUE_FIELDS).toEqual([
      'summary',
      'status',
      'issuetype',
      'parent',
      'priority',
      'assignee',
      'duedate',
      'created',
      'resolutiondate',
      'fixVersions',
      'timeoriginalestimate',
    ]);
    expect(issueFieldsWith('customfield_10016')).toEqual([...ISSUE_FIELDS, 'customfield_10016']);
    expect(issueFieldsWith(null)).toEqual([...ISSUE_FIELDS]);
  });
});

describe('toVersionInfo', () => {
  it("maps Atlassian's version example", () => {
    expect(toVersionInfo(load<RawVersion>('spec-examples/version_200.json'), 'PR')).toEqual({
      id: '10000',
      name: 'New Version 1',
      projectKey: 'PR',
      releaseDate: '2010-07-06',
      released: true,
      archived: false,
    });
  });

  it('maps the paginated and the deprecated list examples (epoch-ms releaseDate → its UTC date)', () => {
    const paged = load<{ values: RawVersion[] }>('spec-examples/project_version_paginated_200.json').values.map((v) => toVersionInfo(v));
    expect(paged).toEqual([
      {
        id: '10000',
        name: 'New Version 1',
        releaseDate: '2010-07-06',
        released: true,
        archived: false,
      },
      {
        id: '10010',
        name: 'Next Version',
        releaseDate: null,
        released: false,
        archived: false,
      },
    ]);
    const listed = load<RawVersion[]>('spec-examples/project_versions_200.json').map((v) => toVersionInfo(v));
    expect(listed.map((v) => v.releaseDate)).toEqual(['2010-07-06', null]);
  });

  it('maps 201 real versions of Apache Sling (released, archived, dates as given)', () => {
    const raw = load<RawVersion[]>('real-data/apache-sling-committer-cli/versions.json');
    const versions = raw.map((v) => toVersionInfo(v, 'SLING'));
    expect(versions).toHaveLength(201);
    expect(versions.filter((v) => v.released)).toHaveLength(191);
    expect(versions.filter((v) => v.released && v.archived)).toHaveLength(31);
    expect(versions.filter((v) => !v.released)).toHaveLength(10);
    expect(versions.filter((v) => v.releaseDate !== null)).toHaveLength(191); // SOURCES.md says 192; the file has 191
    versions.forEach((v, i) => {
      expect(v.releaseDate).toBe(raw[i]?.releaseDate ?? null);
      expect(v.id).toBe(raw[i]?.id);
      expect(v.name.length).toBeGreaterThan(0);
    });
  });

  it('maps the versions embedded in a real project (ABDERA)', () => {
    const project = load<RawProject>('real-data/go-jira-apache/project.json');
    const versions = (project.versions ?? []).map((v) => toVersionInfo(v, project.key));
    expect(versions).toHaveLength(9);
    expect(versions.filter((v) => v.released && v.releaseDate !== null)).toHaveLength(7);
    expect(versions.filter((v) => !v.released).map((v) => v.releaseDate)).toEqual([null, null]);
    expect(versions.at(-1)).toEqual({
      id: '12316141',
      name: '1.2',
      projectKey: 'ABDERA',
      releaseDate: null,
      released: false,
      archived: false,
    });
  });
});

describe('typed reads of captured responses through the client', () => {
  function serving(body: unknown) {
    const fake = fakeTransport(() => reply(200, body));
    return createJiraClient({ transport: fake.transport });
  }

  it('relatedIssueCounts (spec example and real)', async () => {
    const spec = await serving(load('spec-examples/version_relatedIssueCounts_200.json')).getVersionRelatedIssueCounts('10000');
    expect(spec.issuesFixedCount).toBe(23);
    const real: RawVersionIssueCounts = await serving(
      load('real-data/apache-sling-committer-cli/relatedIssueCounts__12329667.json'),
    ).getVersionRelatedIssueCounts('12329667');
    expect(real).toMatchObject({ issuesFixedCount: 1, issuesAffectedCount: 4 });
  });
});
