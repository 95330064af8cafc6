import { createDataset, DEMO_USERS, issueByKey, issuesOf, JqlError, levelOf, parseJql, searchJql, SiteIndex, statusCategoryKeyOf, UNBOUNDED_MESSAGE, versionByName, type DemoIssue, type DemoUser } from '../../local/demo-site';

const TODAY = '2026-03-15';
const ds = createDataset({ today: TODAY });
const index = new SiteIndex(ds);

function run(jql: string, user: DemoUser = DEMO_USERS.lead): string[] {
  return searchJql(jql, { index, user, now: ds.now }, { requireBounded: true }).map((i) => i.key);
}
const keys = (issues: DemoIssue[]): string[] => issues.map((i) => i.key);
function errorOf(jql: string, user: DemoUser = DEMO_USERS.lead): string[] {
  try {
    run(jql, user);
  } catch (e) {
    if (e instanceof JqlError) return e.messages;
    throw e;
  }
  throw new Error(`expected an error for ${jql}`);
}
const po = issuesOf(ds, { project: 'PO' });
const mob = issuesOf(ds, { project: 'MOB' });
const cat = (i: DemoIssue) => statusCategoryKeyOf(ds, i);

describe('JQL parser', () => {
  it('parses precedence: NOT binds tighter than AND, AND tighter than OR', () => {
    const q = parseJql('a = 1 OR b = 2 AND NOT c = 3');
    expect(q.where).toMatchObject({
      kind: 'or',
      clauses: [{ kind: 'term' }, { kind: 'and', clauses: [{ kind: 'term' }, { kind: 'not' }] }],
    });
  });

  it('parses lists, functions, EMPTY, quoted values and ORDER BY', () => {
    const q = parseJql(
      `fixVersion in ("PO 2.0", 'PO 2.1', 10104) AND assignee = currentUser() AND due is not EMPTY order by duedate DESC, key`,
    );
    expect(q.orderBy).toEqual([
      { field: 'duedate', direction: 'desc', pos: expect.any(Object) },
      { field: 'key', direction: 'asc', pos: expect.any(Object) },
    ]);
    expect(q.where).toMatchObject({
      kind: 'and',
      clauses: [
        {
          operator: 'in',
          operand: {
            kind: 'list',
            items: [
              { text: 'PO 2.0', quoted: true },
              { text: 'PO 2.1' },
              { text: '10104', quoted: false },
            ],
          },
        },
        { operator: '=', operand: { kind: 'function', name: 'currentUser' } },
        { operator: 'is not', operand: { kind: 'empty' } },
      ],
    });
  });

  it.each([
    [
      'project = PO x',
      "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'x'. (line 1, character 14)",
    ],
    [
      'project PO',
      "Error in the JQL Query: Expecting operator but got 'PO'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    ],
    [
      'project',
      "Error in the JQL Query: Expecting operator before the end of the query. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.",
    ],
    [
      'project =',
      'Error in the JQL Query: Expecting either a value, list or function before the end of the query.',
    ],
    [
      'project = )',
      "Error in the JQL Query: Expecting either a value, list or function but got ')'. You must surround ')' in quotation marks to use it as a value. (line 1, character 11)",
    ],
    ['(project = PO', "Error in the JQL Query: Expecting ')' before the end of the query."],
    [
      'summary ~ "open',
      "Error in the JQL Query: The quoted string 'open' has not been completed. (line 1, character 11)",
    ],
    [
      'project = SET',
      "Error in the JQL Query: 'SET' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)",
    ],
    [
      'project = P@',
      "Error in the JQL Query: The character '@' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0040' instead. (line 1, character 12)",
    ],
    [
      'project = PO AND\nstatus = ',
      'Error in the JQL Query: Expecting either a value, list or function before the end of the query.',
    ],
    [
      'project = PO AND\n  x y',
      "Error in the JQL Query: Expecting operator but got 'y'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 2, character 5)",
    ],
  ])('reports %j like Jira', (jql, message) => {
    expect(errorOf(jql)).toEqual([message]);
  });
});

describe('JQL validation', () => {
  it.each([
    ['foo = bar', "Field 'foo' does not exist or you do not have permission to view it."],
    ['project = XYZ', "The value 'XYZ' does not exist for the field 'project'."],
    ['status = Doing', "The value 'Doing' does not exist for the field 'status'."],
    ['issuetype = Saga', "The value 'Saga' does not exist for the field 'issuetype'."],
    ['fixVersion = "PO 9.9"', "The value 'PO 9.9' does not exist for the field 'fixVersion'."],
    ['priority = Urgent', "The value 'Urgent' does not exist for the field 'priority'."],
    ['assignee = nobody', "The value 'nobody' does not exist for the field 'assignee'."],
    ['key = PO-9999', "An issue with key 'PO-9999' does not exist for field 'key'."],
    ['parent = MOB-9999', "An issue with key 'MOB-9999' does not exist for field 'parent'."],
    [
      'duedate < "2026-02-30"',
      "Date value '2026-02-30' for field 'duedate' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
    ['project < PO', "The operator '<' is not supported by the 'project' field."],
    [
      'project in PO',
      "Operator 'in' does not support the non-list value 'PO' for field 'project'.",
    ],
    ['project is PO', "The operator 'is' only supports the values 'EMPTY' or 'null'."],
    [
      'project = PO ORDER BY foo',
      "Field 'foo' does not exist or you do not have permission to view it.",
    ],
    ['assignee = nobodyFn()', "Unable to find JQL function 'nobodyFn()'."],
  ])('%s', (jql, message) => {
    expect(errorOf(jql)).toEqual([message]);
  });

  it('reports every invalid clause at once', () => {
    expect(errorOf('project = XYZ AND foo = 1')).toHaveLength(2);
  });

  it('refuses unbounded queries', () => {
    expect(errorOf('')).toEqual([UNBOUNDED_MESSAGE]);
    expect(errorOf('ORDER BY key')).toEqual([UNBOUNDED_MESSAGE]);
  });

  it('hides projects the user cannot browse, as Jira does', () => {
    expect(errorOf('project = PO', DEMO_USERS.mobile)).toEqual([
      "The value 'PO' does not exist for the field 'project'.",
    ]);
    expect(errorOf(`key = ${po[0]!.key}`, DEMO_USERS.mobile)).toHaveLength(1);
  });
});

describe('JQL evaluation', () => {
  it('matches by project key, id and name, case-insensitively', () => {
    expect(run('project = PO')).toEqual(keys(po));
    expect(run('PROJECT = po')).toEqual(keys(po));
    expect(run('project = 10001')).toEqual(keys(mob));
    expect(run('project = "Mobile App"')).toEqual(keys(mob));
    expect(run('project in (PO, MOB)')).toEqual(keys(ds.issues));
    expect(run('project != PO')).toEqual(keys(mob));
    expect(run('project not in (PO)')).toEqual(keys(mob));
  });

  it('matches keys, ids, issue types and hierarchy levels', () => {
    const first = po[0]!;
    expect(run(`key = ${first.key}`)).toEqual([first.key]);
    expect(run(`issuekey = ${first.key.toLowerCase()}`)).toEqual([first.key]);
    expect(run(`id = ${first.id}`)).toEqual([first.key]);
    expect(run('project = PO AND key <= PO-3')).toEqual(['PO-1', 'PO-2', 'PO-3']);
    expect(run('project = PO AND type = Epic')).toEqual(
      keys(po.filter((i) => levelOf(ds, i) === 1)),
    );
    expect(run('project = PO AND issuetype in (Story, Task, Bug)')).toEqual(
      keys(po.filter((i) => levelOf(ds, i) === 0)),
    );
    expect(run('project = PO AND issuetype in subTaskIssueTypes()')).toEqual(
      keys(po.filter((i) => levelOf(ds, i) === -1)),
    );
  });

  it('matches parents, level by level', () => {
    const epic = issuesOf(ds, { project: 'PO', level: 1 }).find((e) =>
      ds.issues.some((i) => i.parentKey === e.key),
    )!;
    const children = ds.issues.filter((i) => i.parentKey === epic.key);
    expect(run(`parent = ${epic.key}`)).toEqual(keys(children));
    expect(run(`parent in (${epic.key}, ${epic.parentKey ?? epic.key})`).length).toBeGreaterThan(
      children.length - 1,
    );
    expect(run('project = PO AND parent is EMPTY')).toEqual(
      keys(po.filter((i) => i.parentKey === null)),
    );
  });

  it('matches status, status category (names, keys, ids) and the undefined category', () => {
    const done = po.filter((i) => cat(i) === 'done');
    expect(run('project = PO AND statusCategory = Done')).toEqual(keys(done));
    expect(run('project = PO AND statusCategory = done')).toEqual(keys(done));
    expect(run('project = PO AND statusCategory = 3')).toEqual(keys(done));
    expect(run('project = PO AND statusCategory != Done')).toEqual(
      keys(po.filter((i) => cat(i) !== 'done')),
    );
    expect(run('project = PO AND statusCategory in ("To Do", "In Progress")')).toEqual(
      keys(po.filter((i) => cat(i) === 'new' || cat(i) === 'indeterminate')),
    );
    expect(run('project = PO AND status = "in review"')).toEqual(
      keys(po.filter((i) => i.statusId === '10002')),
    );
    expect(run('statusCategory = undefined')).toHaveLength(2);
  });

  it('matches fix versions by name and id, and version functions', () => {
    const v = versionByName(ds, 'PO', 'PO 2.0')!;
    const expected = keys(issuesOf(ds, { fixVersion: 'PO 2.0' }));
    expect(run('fixVersion = "PO 2.0"')).toEqual(expected);
    expect(run(`fixVersion = ${v.id}`)).toEqual(expected);
    expect(run('project = PO AND fixVersion is EMPTY')).toEqual(
      keys(po.filter((i) => i.fixVersionIds.length === 0)),
    );
    const unreleased = ds.versions
      .filter((x) => x.projectKey === 'PO' && !x.released && !x.archived)
      .map((x) => x.id);
    expect(run('fixVersion in unreleasedVersions(PO)')).toEqual(
      keys(po.filter((i) => i.fixVersionIds.some((id) => unreleased.includes(id)))),
    );
  });

  it('matches priority, labels, assignee with EMPTY and currentUser()', () => {
    expect(run('priority = Blocker')).toHaveLength(1);
    expect(run('project = PO AND labels = Backend')).toEqual(
      keys(po.filter((i) => i.labels.includes('backend'))),
    );
    expect(run('project = PO AND labels is EMPTY')).toEqual(
      keys(po.filter((i) => i.labels.length === 0)),
    );
    expect(run('project = PO AND assignee is EMPTY')).toEqual(
      keys(po.filter((i) => i.assigneeId === null)),
    );
    expect(run('project = PO AND assignee = EMPTY')).toEqual(
      keys(po.filter((i) => i.assigneeId === null)),
    );
    const lead = DEMO_USERS.lead.accountId;
    expect(run('assignee = currentUser()')).toEqual(
      keys(ds.issues.filter((i) => i.assigneeId === lead)),
    );
    expect(run(`assignee = ${lead}`)).toEqual(keys(ds.issues.filter((i) => i.assigneeId === lead)));
    // Jira: != never matches an empty field.
    expect(run(`project = PO AND assignee != ${lead}`)).toEqual(
      keys(po.filter((i) => i.assigneeId !== null && i.assigneeId !== lead)),
    );
  });

  it('matches resolution including Unresolved', () => {
    expect(run('project = PO AND resolution = Unresolved')).toEqual(
      keys(po.filter((i) => i.resolutionId === null)),
    );
    expect(run('project = PO AND resolution is not EMPTY')).toEqual(
      keys(po.filter((i) => i.resolutionId !== null)),
    );
    expect(run(`resolution = "Won't Do"`).length).toBeGreaterThan(0);
  });

  it('compares dates: due dates by day, timestamps from midnight UTC, relative periods', () => {
    expect(run('project = PO AND duedate < "2026-03-15"')).toEqual(
      keys(po.filter((i) => i.dueDate !== null && i.dueDate < TODAY)),
    );
    expect(run('project = PO AND due <= 2026/03/15')).toEqual(
      keys(po.filter((i) => i.dueDate !== null && i.dueDate <= TODAY)),
    );
    expect(run('project = PO AND duedate = "2026-03-11"')).toEqual(
      keys(po.filter((i) => i.dueDate === '2026-03-11')),
    );
    const since = (d: string) =>
      ds.issues.filter((i) => i.resolutionDate !== null && i.resolutionDate.slice(0, 10) >= d);
    expect(run('resolved >= "2026-03-02"')).toEqual(keys(since('2026-03-02')));
    expect(run('resolutiondate >= -14d')).toEqual(
      keys(
        ds.issues.filter(
          (i) =>
            i.resolutionDate !== null &&
            Date.parse(i.resolutionDate.replace('+0000', 'Z')) >=
              ds.now.getTime() - 14 * 86_400_000,
        ),
      ),
    );
    expect(run('resolved >= startOfDay(-13)')).toEqual(keys(since('2026-03-02')));
    expect(run('created > now()')).toEqual([]);
    expect(run('created <= now()')).toHaveLength(ds.issues.length);
    const overdue = po.filter((i) => i.dueDate !== null && i.dueDate < TODAY && cat(i) !== 'done');
    expect(run('project = PO AND duedate < now() AND statusCategory != Done')).toEqual(
      keys(overdue),
    );
  });

  it('matches story points and summary text', () => {
    expect(run('project = PO AND "Story point estimate" >= 8')).toEqual(
      keys(po.filter((i) => i.points !== null && i.points >= 8)),
    );
    expect(run('project = PO AND cf[10016] is EMPTY')).toEqual(
      keys(po.filter((i) => i.points === null)),
    );
    expect(run('project = PO AND summary ~ "failover"')).toEqual(
      keys(po.filter((i) => /failover/i.test(i.summary))),
    );
  });

  it('combines AND, OR, NOT and parentheses with the right precedence', () => {
    const a = run('project = MOB AND issuetype = Bug OR project = PO AND issuetype = Epic');
    const b = run('(project = MOB AND issuetype = Bug) OR (project = PO AND issuetype = Epic)');
    expect(a).toEqual(b);
    const c = run('project = MOB AND (issuetype = Bug OR issuetype = Epic)');
    expect(c).toEqual(keys(mob.filter((i) => ['Bug', 'Epic'].includes(index.type(i).name))));
    expect(run('project = MOB AND NOT issuetype = Bug')).toEqual(
      keys(mob.filter((i) => index.type(i).name !== 'Bug')),
    );
    expect(run('project = MOB && ! issuetype = Bug')).toEqual(
      run('project = MOB AND NOT issuetype = Bug'),
    );
  });

  it('orders by rank by default and by fields on request, empty values last ascending', () => {
    expect(run('project = PO')).toEqual(keys([...po].sort((x, y) => x.rank - y.rank)));
    const byKeyDesc = run('project in (PO, MOB) ORDER BY key DESC');
    expect(byKeyDesc[0]).toBe(`PO-${po.length}`);
    expect(byKeyDesc[byKeyDesc.length - 1]).toBe('MOB-1');
    const byDue = run('project = PO ORDER BY duedate ASC').map((k) => issueByKey(ds, k)!.dueDate);
    const dated = byDue.filter((d): d is string => d !== null);
    expect(byDue.slice(0, dated.length)).toEqual([...dated].sort());
    expect(byDue.slice(dated.length).every((d) => d === null)).toBe(true);
    const byDueDesc = run('project = PO ORDER BY duedate DESC').map(
      (k) => issueByKey(ds, k)!.dueDate,
    );
    expect(byDueDesc[0]).toBeNull();
    const byCreated = run('project = PO ORDER BY created DESC').map(
      (k) => issueByKey(ds, k)!.created,
    );
    expect(byCreated).toEqual([...byCreated].sort().reverse());
    expect(run('project = PO ORDER BY rank')).toEqual(keys(po));
    // Ties keep rank order.
    const byPriority = run('project = PO ORDER BY priority DESC').map((k) => issueByKey(ds, k)!);
    expect(byPriority[0]!.priorityId).toBe('10000');
  });

  it('limits every user to the projects they can browse', () => {
    expect(run('issuetype = Epic', DEMO_USERS.mobile)).toEqual(
      keys(mob.filter((i) => levelOf(ds, i) === 1)),
    );
    expect(run('issuetype = Epic', DEMO_USERS.outsider)).toEqual([]);
    expect(errorOf('project = MOB', DEMO_USERS.outsider)).toEqual([
      "The value 'MOB' does not exist for the field 'project'.",
    ]);
  });
});
