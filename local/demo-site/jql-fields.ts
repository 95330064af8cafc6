/** The fields JQL can search and sort, and the clause names Jira accepts for each. */
import { dateResolver, dayOf, instantOf, versionFunction } from './jql-functions';
import { ci, keyOrder, literals, type FieldKind, type JqlContext, type Scalar } from './jql-values';
import type { DemoIssue } from './model';

type Resolve = NonNullable<FieldKind['resolve']>;

const issueResolver: Resolve = (operand, name, ctx, errors) =>
  literals(operand, name, ctx, errors, (text) => {
    const issue = ctx.index.findIssue(ctx.user, text);
    if (!issue) {
      errors.push(`An issue with key '${text}' does not exist for field '${name}'.`);
      return [];
    }
    return [issue.id];
  });

const userResolver: Resolve = (operand, name, ctx, errors) =>
  literals(
    operand,
    name,
    ctx,
    errors,
    (text) => {
      const u = ctx.index.ds.users.find(
        (x) => x.accountId === text.trim() || ci(x.email, text) || ci(x.displayName, text),
      );
      return u ? [u.accountId] : null;
    },
    (fname) => (fname === 'currentuser' ? [ctx.user.accountId] : null),
  );

const numberResolver: Resolve = (operand, name, ctx, errors) =>
  literals(operand, name, ctx, errors, (text) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) {
      errors.push(`The value '${text}' for field '${name}' is invalid, must be a number.`);
      return [];
    }
    return [n];
  });

/** A date or timestamp field: compared and sorted by its instant (a date is midnight UTC). */
function timeField(get: (i: DemoIssue) => string | null, dayPrecision: boolean): FieldKind {
  const of = dayPrecision ? dayOf : instantOf;
  return { read: (i) => of(get(i)), resolve: dateResolver(dayPrecision), ordered: true, sort: (i) => of(get(i))[0] ?? null };
}

/** A number field; an empty one matches `is EMPTY` and sorts last. */
function numberField(get: (i: DemoIssue) => number | null): FieldKind {
  return {
    read: (i) => {
      const v = get(i);
      return v === null ? [] : [v];
    },
    resolve: numberResolver,
    ordered: true,
    sort: get,
  };
}

/**
 * A field whose values a query names by name (case-insensitive) or id, from the list `of` gives;
 * `fn` answers the JQL functions the field takes.
 */
function byNameOrId<T extends { id: string; name: string }>(
  of: (ctx: JqlContext) => readonly T[],
  fn?: (fname: string, ctx: JqlContext) => Scalar[] | null,
): Resolve {
  return (o, name, ctx, errors) =>
    literals(o, name, ctx, errors, (text) => {
      const x = of(ctx).find((v) => ci(v.name, text) || v.id === text.trim());
      return x ? [x.id] : null;
    }, fn && ((fname) => fn(fname, ctx)));
}

const FIELD_KINDS: Record<string, FieldKind> = {
  project: {
    read: (i, { index }) => [index.project(i).id],
    resolve: (o, name, ctx, errors) =>
      literals(o, name, ctx, errors, (text) => {
        const p = ctx.index.visibleProjects(ctx.user).find((x) => ci(x.key, text) || x.id === text.trim() || ci(x.name, text));
        return p ? [p.id] : null;
      }),
    sort: (i) => i.projectKey,
  },
  key: { read: (i) => [i.id], resolve: issueResolver, ordered: true, sort: (i) => keyOrder(i.key) },
  issuetype: {
    read: (i) => [i.issueTypeId],
    resolve: byNameOrId(
      (ctx) => ctx.index.ds.issueTypes,
      (fname, ctx) =>
        fname === 'standardissuetypes' || fname === 'subtaskissuetypes'
          ? ctx.index.ds.issueTypes.filter((t) => t.subtask === (fname === 'subtaskissuetypes')).map((t) => t.id)
          : null,
    ),
    sort: (i, { index }) => index.type(i).name.toLowerCase(),
  },
  parent: {
    read: (i, { index }) => (i.parentKey ? [(index.issueByKey.get(i.parentKey) as DemoIssue).id] : []),
    resolve: issueResolver,
  },
  fixversion: {
    read: (i) => i.fixVersionIds,
    resolve: (o, name, ctx, errors) =>
      literals(o, name, ctx, errors, (text) => {
        const vs = ctx.index.ds.versions.filter((v) => ctx.index.canBrowse(ctx.user, v.projectKey) && (ci(v.name, text) || v.id === text.trim()));
        return vs.length ? vs.map((v) => v.id) : null;
      }, (fname, args) => versionFunction(ctx, fname, args)),
    sort: (i, { index }) => {
      const seq = i.fixVersionIds.map((id) => index.versionById.get(id)?.sequence ?? 0);
      return seq.length ? Math.min(...seq) : null;
    },
  },
  status: {
    read: (i) => [i.statusId],
    resolve: byNameOrId((ctx) => ctx.index.ds.statuses),
    sort: (i, { index }) => index.status(i).name.toLowerCase(),
  },
  statuscategory: {
    read: (i, { index }) => [index.category(i).id],
    resolve: (o, name, ctx, errors) =>
      literals(o, name, ctx, errors, (text) => {
        const c = ctx.index.ds.statusCategories.find((x) => ci(x.name, text) || ci(x.key, text) || String(x.id) === text.trim());
        return c ? [c.id] : null;
      }),
    sort: (i, { index }) => index.category(i).id,
  },
  priority: {
    read: (i) => [i.priorityId],
    resolve: byNameOrId((ctx) => ctx.index.ds.priorities),
    sort: (i, { index }) => index.priorityWeight.get(i.priorityId) ?? 0,
  },
  labels: {
    read: (i) => i.labels.map((l) => l.toLowerCase()),
    // Labels are free text: any value is valid.
    resolve: (o, name, ctx, errors) => literals(o, name, ctx, errors, (text) => [text.toLowerCase()]),
  },
  assignee: {
    read: (i) => (i.assigneeId ? [i.assigneeId] : []),
    resolve: userResolver,
    sort: (i, { index }) => (i.assigneeId ? (index.userById.get(i.assigneeId)?.displayName.toLowerCase() ?? '') : null),
  },
  reporter: {
    read: (i) => [i.reporterId],
    resolve: userResolver,
    sort: (i, { index }) => index.userById.get(i.reporterId)?.displayName.toLowerCase() ?? '',
  },
  resolution: {
    read: (i) => (i.resolutionId ? [i.resolutionId] : []),
    // `Unresolved` names the empty field (compileTerm reads the marker).
    resolve: (o, name, ctx, errors) =>
      literals(o, name, ctx, errors, (text) => {
        if (ci(text, 'unresolved')) return ['__unresolved'];
        const r = ctx.index.ds.resolutions.find((x) => ci(x.name, text) || x.id === text.trim());
        return r ? [r.id] : null;
      }),
    sort: (i, { index }) => (i.resolutionId ? (index.resolutionById.get(i.resolutionId)?.name.toLowerCase() ?? '') : null),
  },
  duedate: timeField((i) => i.dueDate, true),
  created: timeField((i) => i.created, false),
  updated: timeField((i) => i.updated, false),
  resolutiondate: timeField((i) => i.resolutionDate, false),
  storypoints: numberField((i) => i.points),
  classicpoints: numberField(() => null),
  timeoriginalestimate: numberField((i) => i.originalEstimateSeconds),
  summary: {
    read: (i) => [i.summary],
    text: true,
    sort: (i) => i.summary.toLowerCase(),
  },
  rank: { read: (i) => [i.rank], sort: (i) => i.rank },
};

/** Clause names (lower case) → field kind; the names Jira accepts for each field. */
const CLAUSE_NAMES: Record<string, keyof typeof FIELD_KINDS> = {
  project: 'project',
  key: 'key',
  issuekey: 'key',
  id: 'key',
  issue: 'key',
  issuetype: 'issuetype',
  type: 'issuetype',
  parent: 'parent',
  fixversion: 'fixversion',
  status: 'status',
  statuscategory: 'statuscategory',
  category: 'statuscategory',
  priority: 'priority',
  labels: 'labels',
  label: 'labels',
  assignee: 'assignee',
  reporter: 'reporter',
  resolution: 'resolution',
  duedate: 'duedate',
  due: 'duedate',
  created: 'created',
  createddate: 'created',
  updated: 'updated',
  updateddate: 'updated',
  resolutiondate: 'resolutiondate',
  resolved: 'resolutiondate',
  'cf[10016]': 'storypoints',
  customfield_10016: 'storypoints',
  'story point estimate': 'storypoints',
  'cf[10028]': 'classicpoints',
  customfield_10028: 'classicpoints',
  'story points': 'classicpoints',
  timeoriginalestimate: 'timeoriginalestimate',
  originalestimate: 'timeoriginalestimate',
  summary: 'summary',
  text: 'summary',
  rank: 'rank',
};

/** The canonical field a clause name means (`type` → `issuetype`), if JQL knows it. */
export function clauseField(name: string): string | undefined {
  return CLAUSE_NAMES[name.trim().toLowerCase()];
}

export function fieldKind(name: string): FieldKind | undefined {
  const k = clauseField(name);
  return k ? FIELD_KINDS[k] : undefined;
}
