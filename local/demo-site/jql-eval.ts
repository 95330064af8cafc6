/**
 * JQL evaluation over the demo dataset: clause validation with Jira's messages, matching with
 * Jira's semantics (`!=` and `NOT IN` never match an empty field; a date without a time is
 * midnight UTC), visibility, and ORDER BY. Fields are in jql-fields.ts, dates and functions in
 * jql-functions.ts.
 */
import { JqlError, parseJql, type Clause, type Query, type SortKey, type Term } from './jql';
import { clauseField, fieldKind } from './jql-fields';
import { fieldMissing, issueKey, operandText, type FieldKind, type JqlContext, type Predicate, type Scalar } from './jql-values';
import type { DemoIssue } from './model';

export type { JqlContext } from './jql-values';

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
  const fieldId = HISTORY_FIELDS[clauseField(term.field) ?? ''];
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
  const visible = index.ds.issues.filter((i) => index.canSee(user, i));
  const matched = predicate ? visible.filter(predicate) : visible;
  return query.orderBy.length ? matched.sort(comparator) : matched;
}
