/**
 * JQL evaluation over the demo dataset: clause validation with Jira's messages, matching with
 * Jira's semantics (`!=` and `NOT IN` never match an empty field; a date without a time is
 * midnight UTC), visibility, and ORDER BY.
 */
import {
  JqlError,
  parseJql,
  type Clause,
  type Operand,
  type Query,
  type SortKey,
  type Term,
} from './jql';
import type { DemoIssue, DemoUser } from './model';
import type { SiteIndex } from './site-index';

export interface JqlContext {
  index: SiteIndex;
  user: DemoUser;
  /** What `now()` and relative dates (`-14d`) are measured from. */
  now: Date;
}

type Predicate = (issue: DemoIssue) => boolean;
type Scalar = string | number;

/** How a field reads from an issue and how JQL values name its values. */
interface FieldKind {
  /** Canonical values of the issue for this field; [] = empty. */
  read(issue: DemoIssue, ctx: JqlContext): Scalar[];
  /** Canonical values a JQL operand names; pushes an error when a value does not exist. */
  resolve?(operand: Operand, name: string, ctx: JqlContext, errors: string[]): Scalar[];
  /** Ordered fields (dates, numbers, keys) support `<`, `<=`, `>`, `>=`. */
  ordered?: boolean;
  /** Text fields support only `~` and `!~` (plus IS EMPTY). */
  text?: boolean;
  /** Sort value for ORDER BY; null sorts last ascending. */
  sort?(issue: DemoIssue, ctx: JqlContext): Scalar | null;
}

const DAY = 86_400_000;

export function valueDoesNotExist(value: string, field: string): string {
  return `The value '${value}' does not exist for the field '${field}'.`;
}

// ---------------------------------------------------------------------------------------------
// Value resolution helpers

/** The literal values of an operand; functions go through `fn`. */
function literals(
  operand: Operand,
  name: string,
  ctx: JqlContext,
  errors: string[],
  one: (text: string) => Scalar[] | null,
  fn?: (fname: string, args: string[]) => Scalar[] | null,
): Scalar[] {
  const out: Scalar[] = [];
  const visit = (o: Operand): void => {
    if (o.kind === 'list') o.items.forEach(visit);
    else if (o.kind === 'value') {
      const r = one(o.text);
      if (r === null) errors.push(valueDoesNotExist(o.text, name));
      else out.push(...r);
    } else if (o.kind === 'function') {
      const r = fn?.(o.name.toLowerCase(), o.args) ?? null;
      if (r === null) errors.push(functionError(o.name, name, ctx));
      else out.push(...r);
    }
  };
  visit(operand);
  return out;
}

const KNOWN_FUNCTIONS = new Set([
  'currentuser',
  'now',
  'startofday',
  'endofday',
  'startofweek',
  'endofweek',
  'startofmonth',
  'endofmonth',
  'startofyear',
  'endofyear',
  'releasedversions',
  'unreleasedversions',
  'earliestunreleasedversion',
  'latestreleasedversion',
  'standardissuetypes',
  'subtaskissuetypes',
]);

function functionError(fname: string, field: string, _ctx: JqlContext): string {
  if (!KNOWN_FUNCTIONS.has(fname.toLowerCase())) return `Unable to find JQL function '${fname}()'.`;
  return `Function '${fname}' is not supported for the field '${field}'.`;
}

const ci = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function issueKey(key: string): { project: string; number: number } | null {
  const m = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/.exec(key.trim());
  return m ? { project: (m[1] as string).toUpperCase(), number: Number(m[2]) } : null;
}

function keyOrder(key: string): string {
  // Project key alphabetically, then number: PO-6 before PO-40.
  const k = issueKey(key) as { project: string; number: number };
  return `${k.project.padEnd(16, ' ')}${String(k.number).padStart(12, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Jira timestamp `2026-01-02T10:15:00.000+0000` → epoch ms. */
export function parseJiraTimestamp(ts: string): number {
  return Date.parse(ts.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

function startOf(
  unit: 'day' | 'week' | 'month' | 'year',
  now: Date,
  inc: string | undefined,
  end: boolean,
): number {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (unit === 'week') d.setUTCDate(d.getUTCDate() - d.getUTCDay()); // Jira weeks start on Sunday
  if (unit === 'month') d.setUTCDate(1);
  if (unit === 'year') d.setUTCMonth(0, 1);
  if (inc) {
    const m = /^([+-]?\d+)([dwMy])?$/.exec(inc.trim());
    if (m) {
      const n = Number(m[1]);
      const u = m[2] ?? { day: 'd', week: 'w', month: 'M', year: 'y' }[unit];
      if (u === 'd') d.setUTCDate(d.getUTCDate() + n);
      if (u === 'w') d.setUTCDate(d.getUTCDate() + 7 * n);
      if (u === 'M') d.setUTCMonth(d.getUTCMonth() + n);
      if (u === 'y') d.setUTCFullYear(d.getUTCFullYear() + n);
    }
  }
  if (!end) return d.getTime();
  const e = new Date(d);
  if (unit === 'day') e.setUTCDate(e.getUTCDate() + 1);
  if (unit === 'week') e.setUTCDate(e.getUTCDate() + 7);
  if (unit === 'month') e.setUTCMonth(e.getUTCMonth() + 1);
  if (unit === 'year') e.setUTCFullYear(e.getUTCFullYear() + 1);
  return e.getTime() - 1;
}

/** A JQL date literal → epoch ms (UTC), or null when Jira would call it invalid. */
export function parseDateLiteral(text: string, now: Date): number | null {
  const t = text.trim();
  const abs = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(t);
  if (abs) {
    const [y, mo, d, h, mi] = abs
      .slice(1)
      .map((x) => (x === undefined ? 0 : Number(x))) as number[];
    const ms = Date.UTC(y as number, (mo as number) - 1, d, h, mi);
    const check = new Date(ms);
    if (check.getUTCMonth() !== (mo as number) - 1 || check.getUTCDate() !== d) return null;
    return ms;
  }
  // Period format: `-14d`, `4w 2d`, `-1h 30m`; the sign applies to the whole period.
  const per = /^([+-])?\s*((?:\d+\s*[wdhm]\s*)+)$/.exec(t);
  if (per) {
    const sign = per[1] === '-' ? -1 : 1;
    let ms = 0;
    for (const m of (per[2] as string).matchAll(/(\d+)\s*([wdhm])/g)) {
      const n = Number(m[1]);
      ms += n * { w: 7 * DAY, d: DAY, h: 3_600_000, m: 60_000 }[m[2] as 'w' | 'd' | 'h' | 'm'];
    }
    return now.getTime() + sign * ms;
  }
  return null;
}

function dateFunction(fname: string, args: string[], now: Date): number | null {
  const inc = args[0];
  switch (fname) {
    case 'now':
      return now.getTime();
    case 'startofday':
      return startOf('day', now, inc, false);
    case 'endofday':
      return startOf('day', now, inc, true);
    case 'startofweek':
      return startOf('week', now, inc, false);
    case 'endofweek':
      return startOf('week', now, inc, true);
    case 'startofmonth':
      return startOf('month', now, inc, false);
    case 'endofmonth':
      return startOf('month', now, inc, true);
    case 'startofyear':
      return startOf('year', now, inc, false);
    case 'endofyear':
      return startOf('year', now, inc, true);
    default:
      return null;
  }
}

function dateResolver(dayPrecision: boolean): NonNullable<FieldKind['resolve']> {
  return (operand, name, ctx, errors) => {
    const out: Scalar[] = [];
    const visit = (o: Operand): void => {
      if (o.kind === 'list') return o.items.forEach(visit);
      if (o.kind === 'empty') return;
      const ms =
        o.kind === 'function'
          ? dateFunction(o.name.toLowerCase(), o.args, ctx.now)
          : parseDateLiteral(o.text, ctx.now);
      if (ms === null) {
        if (o.kind === 'function') errors.push(functionError(o.name, name, ctx));
        else
          errors.push(
            `Date value '${o.text}' for field '${name}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
          );
        return;
      }
      // A date field compares calendar days: the literal's UTC day.
      out.push(dayPrecision ? Math.floor(ms / DAY) * DAY : ms);
    };
    visit(operand);
    return out;
  };
}

const dayOf = (date: string | null): Scalar[] => (date ? [Date.parse(`${date}T00:00:00Z`)] : []);
const instantOf = (ts: string | null): Scalar[] => (ts ? [parseJiraTimestamp(ts)] : []);

// ---------------------------------------------------------------------------------------------
// Fields

function versionFunction(ctx: JqlContext, fname: string, args: string[]): Scalar[] | null {
  const { index, user } = ctx;
  const projectArg = args[0];
  let versions = index.ds.versions.filter((v) => index.canBrowse(user, v.projectKey));
  if (projectArg) {
    const p = index.ds.projects.find(
      (x) => ci(x.key, projectArg) || x.id === projectArg || ci(x.name, projectArg),
    );
    versions = versions.filter((v) => v.projectKey === p?.key);
  }
  const unreleased = versions
    .filter((v) => !v.released && !v.archived)
    .sort((a, b) => a.sequence - b.sequence);
  const released = versions
    .filter((v) => v.released && !v.archived)
    .sort((a, b) => a.sequence - b.sequence);
  switch (fname) {
    case 'releasedversions':
      return released.map((v) => v.id);
    case 'unreleasedversions':
      return unreleased.map((v) => v.id);
    case 'earliestunreleasedversion':
      return unreleased.slice(0, 1).map((v) => v.id);
    case 'latestreleasedversion':
      return released.slice(-1).map((v) => v.id);
    default:
      return null;
  }
}

function issueResolver(
  operand: Operand,
  name: string,
  ctx: JqlContext,
  errors: string[],
): Scalar[] {
  return literals(operand, name, ctx, errors, (text) => {
    const issue = ctx.index.findIssue(ctx.user, text);
    if (!issue) {
      errors.push(`An issue with key '${text}' does not exist for field '${name}'.`);
      return [];
    }
    return [issue.id];
  });
}

function userResolver(operand: Operand, name: string, ctx: JqlContext, errors: string[]): Scalar[] {
  return literals(
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
}

function numberResolver(
  operand: Operand,
  name: string,
  ctx: JqlContext,
  errors: string[],
): Scalar[] {
  return literals(operand, name, ctx, errors, (text) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) {
      errors.push(`The value '${text}' for field '${name}' is invalid, must be a number.`);
      return [];
    }
    return [n];
  });
}

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

const FIELD_KINDS: Record<string, FieldKind> = {
  project: {
    read: (i, { index }) => [index.project(i).id],
    resolve: (o, name, ctx, errors) =>
      literals(o, name, ctx, errors, (text) => {
        const p = ctx.index
          .visibleProjects(ctx.user)
          .find((x) => ci(x.key, text) || x.id === text.trim() || ci(x.name, text));
        return p ? [p.id] : null;
      }),
    sort: (i) => i.projectKey,
  },
  key: {
    read: (i) => [i.id],
    resolve: issueResolver,
    ordered: true,
    sort: (i) => keyOrder(i.key),
  },
  issuetype: {
    read: (i) => [i.issueTypeId],
    resolve: (o, name, ctx, errors) =>
      literals(
        o,
        name,
        ctx,
        errors,
        (text) => {
          const t = ctx.index.ds.issueTypes.find((x) => ci(x.name, text) || x.id === text.trim());
          return t ? [t.id] : null;
        },
        (fname) =>
          fname === 'standardissuetypes'
            ? ctx.index.ds.issueTypes.filter((t) => !t.subtask).map((t) => t.id)
            : fname === 'subtaskissuetypes'
              ? ctx.index.ds.issueTypes.filter((t) => t.subtask).map((t) => t.id)
              : null,
      ),
    sort: (i, { index }) => index.type(i).name.toLowerCase(),
  },
  parent: {
    read: (i, { index }) =>
      i.parentKey ? [(index.issueByKey.get(i.parentKey) as DemoIssue).id] : [],
    resolve: issueResolver,
  },
  fixversion: {
    read: (i) => i.fixVersionIds,
    resolve: (o, name, ctx, errors) =>
      literals(
        o,
        name,
        ctx,
        errors,
        (text) => {
          const vs = ctx.index.ds.versions.filter(
            (v) =>
              ctx.index.canBrowse(ctx.user, v.projectKey) &&
              (ci(v.name, text) || v.id === text.trim()),
          );
          return vs.length ? vs.map((v) => v.id) : null;
        },
        (fname, args) => versionFunction(ctx, fname, args),
      ),
    sort: (i, { index }) => {
      const seq = i.fixVersionIds.map((id) => index.versionById.get(id)?.sequence ?? 0);
      return seq.length ? Math.min(...seq) : null;
    },
  },
  status: {
    read: (i) => [i.statusId],
    resolve: (o, name, ctx, errors) =>
      literals(o, name, ctx, errors, (text) => {
        const s = ctx.index.ds.statuses.find((x) => ci(x.name, text) || x.id === text.trim());
        return s ? [s.id] : null;
      }),
    sort: (i, { index }) => index.status(i).name.toLowerCase(),
  },
  statuscategory: {
    read: (i, { index }) => [index.category(i).id],
    resolve: (o, name, ctx, errors) =>
      literals(o, name, ctx, errors, (text) => {
        const c = ctx.index.ds.statusCategories.find(
          (x) => ci(x.name, text) || ci(x.key, text) || String(x.id) === text.trim(),
        );
        return c ? [c.id] : null;
      }),
    sort: (i, { index }) => index.category(i).id,
  },
  priority: {
    read: (i) => [i.priorityId],
    resolve: (o, name, ctx, errors) =>
      literals(o, name, ctx, errors, (text) => {
        const p = ctx.index.ds.priorities.find((x) => ci(x.name, text) || x.id === text.trim());
        return p ? [p.id] : null;
      }),
    sort: (i, { index }) => index.priorityWeight.get(i.priorityId) ?? 0,
  },
  labels: {
    read: (i) => i.labels.map((l) => l.toLowerCase()),
    // Labels are free text: any value is valid.
    resolve: (o, name, ctx, errors) =>
      literals(o, name, ctx, errors, (text) => [text.toLowerCase()]),
  },
  assignee: {
    read: (i) => (i.assigneeId ? [i.assigneeId] : []),
    resolve: userResolver,
    sort: (i, { index }) =>
      i.assigneeId ? (index.userById.get(i.assigneeId)?.displayName.toLowerCase() ?? '') : null,
  },
  reporter: {
    read: (i) => [i.reporterId],
    resolve: userResolver,
    sort: (i, { index }) => index.userById.get(i.reporterId)?.displayName.toLowerCase() ?? '',
  },
  resolution: {
    read: (i) => (i.resolutionId ? [i.resolutionId] : []),
    resolve: (o, name, ctx, errors) =>
      literals(o, name, ctx, errors, (text) => {
        if (ci(text, 'unresolved')) return ['__unresolved'];
        const r = ctx.index.ds.resolutions.find((x) => ci(x.name, text) || x.id === text.trim());
        return r ? [r.id] : null;
      }),
    sort: (i, { index }) =>
      i.resolutionId ? (index.resolutionById.get(i.resolutionId)?.name.toLowerCase() ?? '') : null,
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

function fieldKind(name: string): FieldKind | undefined {
  const k = CLAUSE_NAMES[name.trim().toLowerCase()];
  return k ? FIELD_KINDS[k] : undefined;
}

function fieldMissing(name: string): string {
  return `Field '${name}' does not exist or you do not have permission to view it.`;
}

// ---------------------------------------------------------------------------------------------
// Compilation

function compileTerm(term: Term, ctx: JqlContext, errors: string[]): Predicate {
  const name = term.field;
  const kind = fieldKind(name);
  // `rank` only sorts; Jira has no search clause for it.
  if (!kind || name.toLowerCase() === 'rank') {
    errors.push(fieldMissing(name));
    return () => false;
  }
  const op = term.operator;
  const operand = term.operand;
  const unsupported = (): Predicate => {
    errors.push(`The operator '${op}' is not supported by the '${name}' field.`);
    return () => false;
  };
  if (op.startsWith('was')) return wasTerm(term, kind, ctx, errors, unsupported);
  if (kind.text) {
    if (op === '~' || op === '!~') {
      if (operand.kind !== 'value') return unsupported();
      const words = operand.text
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => w.replace(/\*$/, ''));
      const has = (i: DemoIssue): boolean =>
        kind.read(i, ctx).some((v) => words.every((w) => String(v).toLowerCase().includes(w)));
      return op === '~' ? has : (i) => !has(i);
    }
    if (op !== 'is' && op !== 'is not') return unsupported();
  } else if (op === '~' || op === '!~') return unsupported();
  if ((op === '<' || op === '<=' || op === '>' || op === '>=') && !kind.ordered)
    return unsupported();

  if (op === 'is' || op === 'is not') {
    if (operand.kind !== 'empty') {
      errors.push(`The operator '${op}' only supports the values 'EMPTY' or 'null'.`);
      return () => false;
    }
    return op === 'is'
      ? (i) => kind.read(i, ctx).length === 0
      : (i) => kind.read(i, ctx).length > 0;
  }
  const isList = operand.kind === 'list';
  if ((op === 'in' || op === 'not in') && !isList && operand.kind !== 'function') {
    errors.push(
      `Operator '${op}' does not support the non-list value '${operandText(operand)}' for field '${name}'.`,
    );
    return () => false;
  }
  if (op !== 'in' && op !== 'not in' && isList) {
    errors.push(
      `Operator '${op}' does not support the list value '${operandText(operand)}' for field '${name}'.`,
    );
    return () => false;
  }

  const hasEmpty =
    operand.kind === 'empty' ||
    (operand.kind === 'list' && operand.items.some((x) => x.kind === 'empty'));
  const before = errors.length;
  if (
    name.toLowerCase() === 'key' ||
    name.toLowerCase() === 'issuekey' ||
    name.toLowerCase() === 'id' ||
    name.toLowerCase() === 'issue'
  ) {
    if (op === '<' || op === '<=' || op === '>' || op === '>=')
      return keyComparison(term, ctx, errors);
  }
  let wanted: Scalar[] = kind.resolve ? kind.resolve(operand, name, ctx, errors) : [];
  if (errors.length > before) return () => false;
  // `resolution = Unresolved` means the field is empty.
  const unresolved = wanted.includes('__unresolved');
  if (unresolved) wanted = wanted.filter((w) => w !== '__unresolved');
  const set = new Set(wanted);
  const matchesEmpty = hasEmpty || unresolved;

  const read = (i: DemoIssue): Scalar[] => kind.read(i, ctx);
  switch (op) {
    case '=':
    case 'in':
      return (i) => {
        const vs = read(i);
        return vs.length === 0 ? matchesEmpty : vs.some((v) => set.has(v));
      };
    case '!=':
    case 'not in':
      // Jira: an empty field never matches `!=` / `NOT IN` (unless EMPTY is excluded explicitly).
      return (i) => {
        const vs = read(i);
        if (vs.length === 0) return false;
        return !vs.some((v) => set.has(v));
      };
    default: {
      const bound = wanted[0];
      if (bound === undefined) {
        errors.push(`The operator '${op}' does not support the value EMPTY for field '${name}'.`);
        return () => false;
      }
      const cmp = (v: Scalar): boolean =>
        op === '<' ? v < bound : op === '<=' ? v <= bound : op === '>' ? v > bound : v >= bound;
      return (i) => read(i).some(cmp);
    }
  }
}

/** Fields whose history JQL `WAS` searches (Jira also has assignee, reporter, priority, resolution). */
const HISTORY_FIELDS: Record<string, 'status' | 'fixVersions'> = { status: 'status', fixversion: 'fixVersions' };

/**
 * `WAS`, `WAS IN`, `WAS NOT`, `WAS NOT IN` for status and fixVersion: a value the issue holds now
 * or held at any time in its changelog (Jira: "was in the past, or is now").
 */
function wasTerm(term: Term, kind: FieldKind, ctx: JqlContext, errors: string[], unsupported: () => Predicate): Predicate {
  const fieldId = HISTORY_FIELDS[CLAUSE_NAMES[term.field.trim().toLowerCase()] ?? ''];
  if (!fieldId || !kind.resolve) return unsupported();
  const op = term.operator;
  const isList = term.operand.kind === 'list' || term.operand.kind === 'function';
  if ((op === 'was in' || op === 'was not in') !== isList) {
    errors.push(`Operator '${op}' does not support the ${isList ? '' : 'non-'}list value '${operandText(term.operand)}' for field '${term.field}'.`);
    return () => false;
  }
  const before = errors.length;
  const wanted = new Set(kind.resolve(term.operand, term.field, ctx, errors).map(String));
  if (errors.length > before) return () => false;
  const had = (i: DemoIssue): boolean => {
    const ever = ctx.index.valuesEver(i, fieldId, kind.read(i, ctx).map(String));
    for (const v of wanted) if (ever.has(v)) return true;
    return false;
  };
  return op === 'was' || op === 'was in' ? had : (i) => !had(i);
}

function keyComparison(term: Term, ctx: JqlContext, errors: string[]): Predicate {
  const operand = term.operand;
  const text = operand.kind === 'value' ? operand.text : '';
  const ref = issueKey(text);
  if (!ref || !ctx.index.findProject(ctx.user, ref.project)) {
    errors.push(`An issue with key '${text}' does not exist for field '${term.field}'.`);
    return () => false;
  }
  const op = term.operator;
  return (i) => {
    const k = issueKey(i.key) as { project: string; number: number };
    if (k.project !== ref.project) return false;
    const n = k.number;
    return op === '<'
      ? n < ref.number
      : op === '<='
        ? n <= ref.number
        : op === '>'
          ? n > ref.number
          : n >= ref.number;
  };
}

function operandText(o: Operand): string {
  if (o.kind === 'list') return `(${o.items.map(operandText).join(', ')})`;
  if (o.kind === 'empty') return 'EMPTY';
  if (o.kind === 'function') return `${o.name}(${o.args.join(', ')})`;
  return o.text;
}

function compile(clause: Clause, ctx: JqlContext, errors: string[]): Predicate {
  switch (clause.kind) {
    case 'term':
      return compileTerm(clause, ctx, errors);
    case 'not': {
      const p = compile(clause.clause, ctx, errors);
      return (i) => !p(i);
    }
    case 'and': {
      const ps = clause.clauses.map((c) => compile(c, ctx, errors));
      return (i) => ps.every((p) => p(i));
    }
    case 'or': {
      const ps = clause.clauses.map((c) => compile(c, ctx, errors));
      return (i) => ps.some((p) => p(i));
    }
  }
}

type Comparator = (a: DemoIssue, b: DemoIssue) => number;

function compileOrder(keys: SortKey[], ctx: JqlContext, errors: string[]): Comparator {
  const parts: Comparator[] = [];
  for (const key of keys) {
    const kind = fieldKind(key.field);
    if (!kind) {
      errors.push(fieldMissing(key.field));
      continue;
    }
    const sortOf = kind.sort;
    if (!sortOf) {
      errors.push(`Field '${key.field}' does not support sorting.`);
      continue;
    }
    const sign = key.direction === 'desc' ? -1 : 1;
    parts.push((a, b) => {
      const va = sortOf(a, ctx);
      const vb = sortOf(b, ctx);
      if (va === vb) return 0;
      // Jira: empty values last ascending, first descending.
      if (va === null) return sign;
      if (vb === null) return -sign;
      return (va < vb ? -1 : 1) * sign;
    });
  }
  return (a, b) => {
    for (const p of parts) {
      const r = p(a, b);
      if (r !== 0) return r;
    }
    return a.rank - b.rank;
  };
}

export interface SearchOptions {
  /** /search/jql refuses queries with no restriction (Jira: "Unbounded JQL queries …"). */
  requireBounded?: boolean;
}

export const UNBOUNDED_MESSAGE =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

/** Runs a query as `ctx.user`: matching visible issues, sorted. Throws JqlError. */
export function searchJql(jql: string, ctx: JqlContext, opts: SearchOptions = {}): DemoIssue[] {
  const query: Query = parseJql(jql);
  const errors: string[] = [];
  const predicate = query.where ? compile(query.where, ctx, errors) : null;
  const comparator = compileOrder(query.orderBy, ctx, errors);
  if (errors.length) throw new JqlError(errors);
  if (!predicate && opts.requireBounded) throw new JqlError([UNBOUNDED_MESSAGE]);
  const { index, user } = ctx;
  const visible = index.ds.issues.filter((i) => index.canBrowse(user, i.projectKey));
  const matched = predicate ? visible.filter(predicate) : visible;
  return query.orderBy.length ? matched.sort(comparator) : matched;
}
